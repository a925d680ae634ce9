import { timingSafeEqual } from "node:crypto";
import type { Sandbox } from "@/lib/sandbox/types";
import { control } from "./control";
import { credentialsOf, fulfil, fulfilDue, refundOrder, requireOrder, voidOrder } from "./orders";
import { productJson } from "./products";
import { PRODUCTS } from "./catalogue";
import { purchase } from "./purchase";
import { badRequest, KtnSandboxError, ok, unauthorized } from "./responses";
import { SEEDED_FEE_PREFERENCE, seedState, type SandboxState } from "./state";
import { accountView, orderByIdView, orderListView, purchaseView } from "./views";

/** The sandbox's API key (an issue contract, also in lib/providers/registry.ts). */
export const KTN_SANDBOX_API_KEY = "ktn_sandbox_key";

export interface KtnSandboxOptions {
  /**
   * How long after creation a PENDING order fulfils by itself (ms); refreshOrder and the `fulfil`
   * control action fulfil at once. Default 3000; 0 fulfils on the next request; Infinity never.
   */
  fulfilmentDelayMs?: number;
  /** The sandbox clock, injectable for tests. */
  now?: () => Date;
}

type Route = (ctx: { state: SandboxState; req: Request; url: URL; now: Date }) => Promise<Response> | Response;

const PREFIX = "/api/v1/merchant";

function orderIdParam(url: URL): number {
  const raw = url.searchParams.get("orderId");
  if (raw === null) {
    throw badRequest("orderId is required", "Required request parameter 'orderId' for method parameter type Long is not present");
  }
  if (!/^\d{1,15}$/.test(raw)) throw badRequest("invalid orderId", `orderId '${raw}' is not an integer`);
  return Number(raw);
}

/** Source: each endpoint section of the documentation (method, path, example message and data). */
const ROUTES: Record<string, { method: "GET" | "POST"; run: Route }> = {
  [`${PREFIX}/getAccountDetails`]: {
    method: "GET",
    run: ({ state }) => ok("fetched merchant api profile", accountView(state.account)),
  },
  [`${PREFIX}/giftCard/getActiveFeePreference`]: {
    method: "GET",
    run: () => ok("successfully fetched", SEEDED_FEE_PREFERENCE),
  },
  [`${PREFIX}/giftCard/listGiftCards`]: {
    method: "GET",
    run: () => ok("cards fetched successfully", PRODUCTS.map(productJson)),
  },
  [`${PREFIX}/giftCard/purchaseGiftCard`]: {
    method: "POST",
    run: async ({ state, req, now }) => ok("gift card order created!", purchaseView(await purchase(state, req, now))),
  },
  [`${PREFIX}/giftCard/listAllGiftCardOrders`]: {
    method: "GET",
    run: ({ state }) => {
      const newestFirst = [...state.orders.values()].sort((a, b) => b.id - a.id);
      return ok("gift card order list fetched successfully", newestFirst.map(orderListView));
    },
  },
  [`${PREFIX}/giftCard/getGiftCardOrderById`]: {
    method: "GET",
    run: ({ state, url }) => ok("gift card fetched successfully", orderByIdView(requireOrder(state, orderIdParam(url)))),
  },
  [`${PREFIX}/giftCard/getGiftCardCredentials`]: {
    method: "GET",
    run: ({ state, url }) => {
      const credentials = credentialsOf(requireOrder(state, orderIdParam(url)));
      return ok(credentials.length ? "credentials fetched successfully" : "credentials are not available yet, refresh the order", credentials);
    },
  },
  [`${PREFIX}/giftCard/refreshOrder`]: {
    method: "POST",
    run: ({ state, url, now }) => {
      const order = requireOrder(state, orderIdParam(url));
      if (order.giftCardStatus === "PENDING") fulfil(state, order, now);
      return ok("gift card order initiated!", "");
    },
  },
  [`${PREFIX}/giftCard/refundOrderPayment`]: {
    method: "POST",
    run: ({ state, url, now }) => {
      refundOrder(state, requireOrder(state, orderIdParam(url)), now);
      return ok("refunded successfully", "refunded");
    },
  },
  [`${PREFIX}/giftCard/voidOrderPayment`]: {
    method: "POST",
    run: ({ state, url, now }) => {
      voidOrder(state, requireOrder(state, orderIdParam(url)), now);
      return ok("voided successfully", "void");
    },
  },
};

/** Source: "Authentication" — `Authorization: Bearer <API key>` (scheme case-insensitive, RFC 9110); anything else is the documented 401. */
function authorized(req: Request): boolean {
  const match = /^Bearer (.+)$/i.exec(req.headers.get("authorization") ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(KTN_SANDBOX_API_KEY);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The KTN Gift Card simulator: the documented endpoints, envelopes and errors over an in-memory
 * merchant profile (balance $25 000.00, CHARGE_ACCOUNT_BALANCE), the catalogue of ./catalogue.ts and its
 * orders. Control actions: `fulfil` {orderId}, `set-account` {balance?, chargeType?}, `orders`.
 * Source: KTN Gift Card API Documentation (shared/seeds/002_b2cf5ea77bc89c28.txt).
 */
export function createKtnSandbox(options: KtnSandboxOptions = {}): Sandbox {
  const delayMs = options.fulfilmentDelayMs ?? 3_000;
  const now = options.now ?? (() => new Date());
  let state = seedState();

  return {
    async handle(req) {
      const url = new URL(req.url);
      try {
        if (!authorized(req)) throw unauthorized();
        const route = ROUTES[url.pathname];
        if (!route) throw new KtnSandboxError(404, `No endpoint ${req.method} ${url.pathname}.`, "NoHandlerFoundException");
        if (route.method !== req.method) {
          throw new KtnSandboxError(405, `Request method '${req.method}' is not supported`, "HttpRequestMethodNotSupportedException");
        }
        const at = now();
        fulfilDue(state, at, delayMs);
        return await route.run({ state, req, url, now: at });
      } catch (error) {
        if (error instanceof KtnSandboxError) return error.toResponse();
        throw error;
      }
    },
    reset() {
      state = seedState();
    },
    async control(action, body) {
      const at = now();
      fulfilDue(state, at, delayMs);
      return control(state, action, body, at);
    },
  };
}
