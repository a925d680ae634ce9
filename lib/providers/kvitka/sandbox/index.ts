import Decimal from "decimal.js";
import { z } from "zod";
import { isSandboxRefusal, sandboxRouter, type RouteContext, type SandboxRoute } from "@/lib/sandbox/router";
import { decodeState, encodeState, type JsonValue } from "@/lib/sandbox/state-codec";
import type { Sandbox } from "@/lib/sandbox/types";
import { kvitkaCoinsToPoints } from "../conversion";
import { businessByKey, businessByToken, type SandboxBusiness } from "./businesses";
import { jsonResponse, kvitkaRefusal } from "./errors";
import { createJournal, type JournalEntry } from "./journal";
import { createOperationBook, type OperationBook } from "./operations";
import { createRequestLog } from "./request-log";
import {
  depositConfirmRequest,
  depositInitRequest,
  depositRejectRequest,
  describeIssues,
  withdrawConfirmRequest,
  withdrawInitRequest,
} from "./requests";

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
  if (!parsed.success) throw kvitkaRefusal("INVALID_REQUEST", describeIssues(parsed.error));
  return parsed.data;
}

async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  if (!(req.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    throw kvitkaRefusal("INVALID_REQUEST", "Content-Type must be application/json.");
  }
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    throw kvitkaRefusal("INVALID_REQUEST", "Request body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw kvitkaRefusal("INVALID_REQUEST", "Request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}

/** What every endpoint shares: the operations, the per-token request log and the journal. */
interface KvitkaContext {
  book: OperationBook;
  requests: ReturnType<typeof createRequestLog>;
  journal: ReturnType<typeof createJournal>;
}

/**
 * One documented endpoint: a JSON body with `api_token` (checked before anything else, then
 * counted against that token's 60 requests per 60 s), its parameters checked against `schema`
 * (the endpoint's "Request" table, ./requests.ts), then `run` answers the success body.
 */
function endpoint<S extends z.ZodType>(
  path: string,
  schema: S,
  run: (book: OperationBook, business: SandboxBusiness, p: z.output<S>) => unknown,
): SandboxRoute<KvitkaContext> {
  return {
    operation: path.slice(1),
    method: "POST",
    path,
    handler: async ({ req, book, requests, journal }: RouteContext<KvitkaContext>) => {
      const body = await readJsonObject(req);
      const business = businessByToken(body.api_token);
      journal.record(path, business, body);
      if (!business) throw kvitkaRefusal("INVALID_TOKEN", "Invalid or missing api_token.");
      requests.admit(business.apiToken);
      return jsonResponse(run(book, business, params(schema, body)));
    },
  };
}

/** Source: KvitkaCard API v1.0 — the five POST endpoints relative to https://www.kvitkacard.com/api/v1. */
const router = sandboxRouter<KvitkaContext>(
  [
    endpoint("/withdraw/init.php", withdrawInitRequest, (book, business, p) => book.withdrawInit(business, p)),
    endpoint("/withdraw/confirm.php", withdrawConfirmRequest, (book, business, p) => book.withdrawConfirm(business, p.operation_id)),
    endpoint("/deposit/init.php", depositInitRequest, (book, business, p) => book.depositInit(business, p.transaction_code)),
    endpoint("/deposit/confirm.php", depositConfirmRequest, (book, business, p) =>
      book.depositConfirm(business, p.operation_id, p.transaction_code),
    ),
    endpoint("/deposit/reject.php", depositRejectRequest, (book, business, p) =>
      book.depositReject(business, p.operation_id, p.transaction_code, p.reason),
    ),
  ],
  {
    notFound: (_req, url) => kvitkaRefusal("ENDPOINT_NOT_FOUND", `No endpoint ${url.pathname}.`).response,
    methodNotAllowed: (_req, url) => kvitkaRefusal("METHOD_NOT_ALLOWED", `${url.pathname} accepts POST only.`, { allow: "POST" }).response,
  },
  { exactPaths: true },
);

/**
 * The KvitkaCard simulator: the five documented POST endpoints relative to the base URL
 * https://www.kvitkacard.com/api/v1, `api_token` in the JSON body, the 1–1000 KvitkaCoin
 * limits, 60 requests per 60 s per token (429 + Retry-After beyond), and the operation state
 * machine across two businesses (kvitka_sandbox_token, kvitka_partner_token). Errors are
 * `{success:false, error_code, message}` with the statuses in ../error-codes.ts.
 *
 * Control actions: `mint-partner-code` `{amount_kc? | points_amount?, user_id?}` — the partner
 * business withdraws and confirms (not counted against any token's rate limit) and the answer
 * carries the code, so staff can practise a deposit; `operations` — every operation's state;
 * `requests` — the journal of requests received (./journal.ts), tokens left out.
 * `snapshot`/`restore` carry the operations, the next operation id (kept by a reset too) and the journal.
 * Source: KvitkaCard API v1.0 (../shared/seeds/000_96fa4d3ae701ce69.txt), whole document.
 */
export function createKvitkaSandbox({ now = () => Date.now() }: { now?: () => number } = {}): Sandbox {
  const context: KvitkaContext = { book: createOperationBook(now), requests: createRequestLog(now), journal: createJournal(now) };
  const { book } = context;

  function mint(body: unknown): Response {
    const parsed = mintSchema.safeParse(body ?? {});
    if (!parsed.success) return kvitkaRefusal("INVALID_REQUEST", describeIssues(parsed.error)).response;
    const partner = businessByKey("partner");
    const points = parsed.data.points_amount ?? kvitkaCoinsToPoints(parsed.data.amount_kc ?? DEFAULT_MINT_KC, partner);
    try {
      const initiated = book.withdrawInit(partner, { user_id: parsed.data.user_id ?? "partner-customer", points_amount: points });
      const held = book.withdrawConfirm(partner, initiated.operation_id);
      return jsonResponse({ ...held, business: partner.key, points_amount: initiated.points_amount });
    } catch (error) {
      if (isSandboxRefusal(error)) return error.response;
      throw error;
    }
  }

  return {
    handle: (req) => router.handle(req, context),

    reset() {
      book.clear();
      context.requests.clear();
      context.journal.clear();
    },

    // The rate-limit windows are left out: they last 60 s, and they are keyed by API token.
    snapshot: () => ({ operations: book.snapshot(), journal: encodeState(context.journal.list()) }),

    restore(snapshot) {
      const saved = snapshot as { operations: JsonValue; journal: JsonValue };
      book.restore(saved.operations);
      context.journal.restore(decodeState<JournalEntry[]>(saved.journal));
    },

    async control(action, body) {
      switch (action) {
        case "operations":
          return jsonResponse({ operations: book.list() });
        case "requests":
          return jsonResponse({ requests: context.journal.list() });
        case "mint-partner-code":
          return mint(body);
        default:
          return jsonResponse({ message: `unknown action ${action} (mint-partner-code, operations, requests)` }, 404);
      }
    },
  };
}
