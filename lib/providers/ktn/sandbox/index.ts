import { timingSafeEqual } from "node:crypto";
import { sandboxRouter, type SandboxRoute } from "@/lib/sandbox/router";
import { decodeState, encodeState } from "@/lib/sandbox/state-codec";
import type { Sandbox } from "@/lib/sandbox/types";
import { control } from "./control";
import { credentialsOf, fulfil, fulfilDue, refundOrder, requireOrder, voidOrder } from "./orders";
import { productJson } from "./products";
import { PRODUCTS } from "./catalogue";
import { purchase } from "./purchase";
import { badRequest, ktnRefusal, ok, unauthorized } from "./responses";
import { SEEDED_FEE_PREFERENCE, seedState, type SandboxState } from "./state";
import { accountView, orderByIdView, orderListView, purchaseView } from "./views";

/**
 * The sandbox's API key (an issue contract). lib/providers/ktn/provider.ts names it too, as the
 * sandbox credential: the simulator is written from the documentation and imports nothing of
 * the client side, so the two copies are kept equal by client-faults.test.ts.
 */
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

/** What every KTN handler gets besides the request: the merchant profile's state and the request's instant. */
type KtnContext = { state: SandboxState; now: Date };

const PREFIX = "/api/v1/merchant";

function orderIdParam(url: URL): number {
  const raw = url.searchParams.get("orderId");
  if (raw === null) {
    throw badRequest("orderId is required", "Required request parameter 'orderId' for method parameter type Long is not present");
  }
  if (!/^\d{1,15}$/.test(raw)) throw badRequest("invalid orderId", `orderId '${raw}' is not an integer`);
  return Number(raw);
}

/**
 * The documented endpoints, each named by its section title.
 * Source: each endpoint section of the documentation (method, path, example message and data).
 */
const ROUTES: SandboxRoute<KtnContext>[] = [
  {
    operation: "Get Account Details",
    method: "GET",
    path: `${PREFIX}/getAccountDetails`,
    handler: ({ state }) => ok("fetched merchant api profile", accountView(state.account)),
  },
  {
    operation: "Get Active Fee Preference",
    method: "GET",
    path: `${PREFIX}/giftCard/getActiveFeePreference`,
    handler: ({ state }) => ok("successfully fetched", state.feePreference),
  },
  {
    operation: "List Gift Cards",
    method: "GET",
    path: `${PREFIX}/giftCard/listGiftCards`,
    handler: () => ok("cards fetched successfully", PRODUCTS.map(productJson)),
  },
  {
    operation: "Purchase Gift Card",
    method: "POST",
    path: `${PREFIX}/giftCard/purchaseGiftCard`,
    handler: async ({ state, req, now }) => ok("gift card order created!", purchaseView(await purchase(state, req, now))),
  },
  {
    operation: "List All Orders",
    method: "GET",
    path: `${PREFIX}/giftCard/listAllGiftCardOrders`,
    handler: ({ state }) => {
      const newestFirst = [...state.orders.values()].sort((a, b) => b.id - a.id);
      return ok("gift card order list fetched successfully", newestFirst.map(orderListView));
    },
  },
  {
    operation: "Get Order By ID",
    method: "GET",
    path: `${PREFIX}/giftCard/getGiftCardOrderById`,
    handler: ({ state, url }) => ok("gift card fetched successfully", orderByIdView(requireOrder(state, orderIdParam(url)))),
  },
  {
    operation: "Get Gift Card Credentials",
    method: "GET",
    path: `${PREFIX}/giftCard/getGiftCardCredentials`,
    handler: ({ state, url }) => {
      const credentials = credentialsOf(requireOrder(state, orderIdParam(url)));
      return ok(credentials.length ? "credentials fetched successfully" : "credentials are not available yet, refresh the order", credentials);
    },
  },
  {
    operation: "Refresh Order",
    method: "POST",
    path: `${PREFIX}/giftCard/refreshOrder`,
    handler: ({ state, url, now }) => {
      const order = requireOrder(state, orderIdParam(url));
      if (order.giftCardStatus === "PENDING") fulfil(state, order, now);
      return ok("gift card order initiated!", "");
    },
  },
  {
    operation: "Refund Order Payment",
    method: "POST",
    path: `${PREFIX}/giftCard/refundOrderPayment`,
    handler: ({ state, url, now }) => {
      refundOrder(state, requireOrder(state, orderIdParam(url)), now);
      return ok("refunded successfully", "refunded");
    },
  },
  {
    operation: "Void Order Payment",
    method: "POST",
    path: `${PREFIX}/giftCard/voidOrderPayment`,
    handler: ({ state, url, now }) => {
      voidOrder(state, requireOrder(state, orderIdParam(url)), now);
      return ok("voided successfully", "void");
    },
  },
];

/** Unknown paths and wrong methods answer as Spring (which KTN runs on) does by default, in KTN's envelope. */
const router = sandboxRouter(
  ROUTES,
  {
    notFound: (req, url) => ktnRefusal(404, `No endpoint ${req.method} ${url.pathname}.`, "NoHandlerFoundException").response,
    methodNotAllowed: (req, _url, allowed) =>
      ktnRefusal(405, `Request method '${req.method}' is not supported`, "HttpRequestMethodNotSupportedException", { allow: allowed.join(", ") })
        .response,
  },
  { exactPaths: true },
);

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
 * orders. The bearer token is checked before routing (an unknown path without it is a 401).
 * Control actions: `fulfil` {orderId}, `set-account` {balance?, chargeType?}, `set-fee-preference`
 * {feeFor1To99?, …, feePercentageFor1000To5000?} (KTN changes a profile's fees on its side; the API only reads them), `orders`.
 * `snapshot`/`restore` carry the whole state (orders, account, fee preference, the next order id;
 * a snapshot saved before the fee preference was state restores the documented one); a reset keeps
 * the next order id.
 * Source: KTN Gift Card API Documentation (shared/seeds/002_b2cf5ea77bc89c28.txt).
 */
export function createKtnSandbox(options: KtnSandboxOptions = {}): Sandbox {
  const delayMs = options.fulfilmentDelayMs ?? 3_000;
  const clock = options.now ?? (() => new Date());
  let state = seedState();

  return {
    async handle(req) {
      if (!authorized(req)) return unauthorized().response;
      const now = clock();
      fulfilDue(state, now, delayMs);
      return router.handle(req, { state, now });
    },
    reset() {
      // Order ids go on from where they were: a new order never takes an old order's id.
      const { nextOrderId } = state;
      state = seedState();
      state.nextOrderId = Math.max(state.nextOrderId, nextOrderId);
    },
    async control(action, body) {
      const now = clock();
      fulfilDue(state, now, delayMs);
      return control(state, action, body, now);
    },
    snapshot: () => encodeState(state),
    restore(snapshot) {
      const restored = decodeState<SandboxState>(snapshot);
      restored.feePreference ??= { ...SEEDED_FEE_PREFERENCE };
      state = restored;
    },
  };
}
