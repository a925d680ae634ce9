import Decimal from "decimal.js";
import { z } from "zod";
import type { Sandbox } from "@/lib/sandbox/types";
import { kvitkaCoinsToPoints } from "../conversion";
import { businessByKey, businessByToken, type SandboxBusiness } from "./businesses";
import { errorResponse, jsonResponse, KvitkaSandboxError } from "./errors";
import { createOperationBook, type OperationBook } from "./operations";
import { createRequestLog } from "./request-log";
import { describeIssues, isSandboxPath, SANDBOX_REQUESTS, type SandboxPath } from "./requests";

/** The documentation's example amount, minted when the control call names none. */
const DEFAULT_MINT_KC = "176.32";

const decimalInput = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    try {
      return new Decimal(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "not a number" });
      return z.NEVER;
    }
  })
  .refine((d) => d.isFinite() && d.gt(0) && d.decimalPlaces() <= 2, "a positive amount with at most two decimals");

const mintSchema = z
  .object({ amount_kc: decimalInput.optional(), points_amount: decimalInput.optional(), user_id: z.string().min(1).optional() })
  .refine((b) => !(b.amount_kc && b.points_amount), "give amount_kc or points_amount, not both");

function params<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new KvitkaSandboxError("INVALID_REQUEST", describeIssues(parsed.error));
  return parsed.data;
}

function route(book: OperationBook, business: SandboxBusiness, path: SandboxPath, body: unknown) {
  switch (path) {
    case "/withdraw/init.php":
      return book.withdrawInit(business, params(SANDBOX_REQUESTS[path], body));
    case "/withdraw/confirm.php":
      return book.withdrawConfirm(business, params(SANDBOX_REQUESTS[path], body).operation_id);
    case "/deposit/init.php":
      return book.depositInit(business, params(SANDBOX_REQUESTS[path], body).transaction_code);
    case "/deposit/confirm.php": {
      const p = params(SANDBOX_REQUESTS[path], body);
      return book.depositConfirm(business, p.operation_id, p.transaction_code);
    }
    case "/deposit/reject.php": {
      const p = params(SANDBOX_REQUESTS[path], body);
      return book.depositReject(business, p.operation_id, p.transaction_code, p.reason);
    }
  }
}

async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  if (!(req.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    throw new KvitkaSandboxError("INVALID_REQUEST", "Content-Type must be application/json.");
  }
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    throw new KvitkaSandboxError("INVALID_REQUEST", "Request body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new KvitkaSandboxError("INVALID_REQUEST", "Request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

/**
 * The KvitkaCard simulator: the five documented POST endpoints relative to the base URL
 * https://www.kvitkacard.com/api/v1, `api_token` in the JSON body, the 1–1000 KvitkaCoin
 * limits, 60 requests per 60 s per token (429 + Retry-After beyond), and the operation state
 * machine across two businesses (kvitka_sandbox_token, kvitka_partner_token). Errors are
 * `{success:false, error_code, message}` with the statuses in ../error-codes.ts.
 *
 * Control actions: `mint-partner-code` `{amount_kc? | points_amount?, user_id?}` — the partner
 * business withdraws and confirms (not counted against any token's rate limit) and the answer
 * carries the code, so staff can practise a deposit; `operations` — every operation's state.
 * Source: KvitkaCard API v1.0 (../shared/seeds/000_96fa4d3ae701ce69.txt), whole document.
 */
export function createKvitkaSandbox({ now = () => Date.now() }: { now?: () => number } = {}): Sandbox {
  const book = createOperationBook(now);
  const requests = createRequestLog(now);

  return {
    async handle(req) {
      try {
        const path = new URL(req.url).pathname;
        if (!isSandboxPath(path)) throw new KvitkaSandboxError("ENDPOINT_NOT_FOUND", `No endpoint ${path}.`);
        if (req.method !== "POST") {
          throw new KvitkaSandboxError("METHOD_NOT_ALLOWED", `${path} accepts POST only.`, { allow: "POST" });
        }
        const body = await readJsonObject(req);
        const business = businessByToken(body.api_token);
        if (!business) throw new KvitkaSandboxError("INVALID_TOKEN", "Invalid or missing api_token.");
        requests.admit(business.apiToken);
        return jsonResponse(route(book, business, path, body));
      } catch (error) {
        if (error instanceof KvitkaSandboxError) return errorResponse(error);
        throw error;
      }
    },

    reset() {
      book.clear();
      requests.clear();
    },

    async control(action, body) {
      if (action === "operations") return jsonResponse({ operations: book.list() });
      if (action !== "mint-partner-code") return jsonResponse({ message: `unknown action ${action}` }, 404);
      const parsed = mintSchema.safeParse(body ?? {});
      if (!parsed.success) {
        return errorResponse(new KvitkaSandboxError("INVALID_REQUEST", describeIssues(parsed.error)));
      }
      const partner = businessByKey("partner");
      const points = parsed.data.points_amount ?? kvitkaCoinsToPoints(parsed.data.amount_kc ?? DEFAULT_MINT_KC, partner);
      try {
        const initiated = book.withdrawInit(partner, {
          user_id: parsed.data.user_id ?? "partner-customer",
          points_amount: points,
        });
        const held = book.withdrawConfirm(partner, initiated.operation_id);
        return jsonResponse({ ...held, business: partner.key, points_amount: initiated.points_amount });
      } catch (error) {
        if (error instanceof KvitkaSandboxError) return errorResponse(error);
        throw error;
      }
    },
  };
}
