import { z } from "zod";
import { sandboxRouter, type RouteContext, type SandboxRoute } from "@/lib/sandbox/router";
import type { Sandbox } from "@/lib/sandbox/types";
import { seededCards, type SandboxCard } from "./cards";
import { SANDBOX_CLIENT, signMatches, tokenMatches } from "./credentials";
import { createLedger, type Ledger, MID, PAYWIZARD_ID, type SandboxTransaction } from "./ledger";
import {
  activateRequest,
  describeIssues,
  inquiryRequest,
  issuanceRequest,
  payRequest,
  pointsRequest,
  tipRequest,
  voidRequest,
} from "./requests";
import { jsonResponse, refusal, success } from "./responses";

interface Context {
  ledger: Ledger;
  now: () => number;
}

/** Inquiry/activate `data`. `balances[].amount` is a JSON number, as in the documentation's example. */
function cardData(card: SandboxCard) {
  return {
    accountId: card.accountId,
    balances: [
      { valueCode: card.currency, amount: card.balance.toNumber(), difference: 0 },
      { valueCode: "Points", amount: card.points.toNumber(), difference: 0 },
    ],
    customerInfo: card.customerInfo ?? {},
  };
}

/** Transaction `data`; `amount` a decimal string (money with two decimals, points whole). */
function transactionData(tx: SandboxTransaction) {
  const points = tx.kind === "POINTS_ISSUE" || tx.kind === "POINTS_REDEEM";
  const base = {
    mid: MID,
    paywizardId: PAYWIZARD_ID,
    checkoutId: tx.checkoutId,
    transIndexCode: tx.transIndexCode,
    amount: points ? tx.amount.toFixed(0) : tx.amount.toFixed(2),
    result: tx.result,
  };
  return tx.kind === "VOID" ? { ...base, oriCheckoutId: tx.originalCheckoutId, oriTransIndexCode: tx.originalTransIndexCode } : base;
}

/**
 * Every endpoint's gate, in order: `jwt-token` (INVALID_TOKEN), a JSON object body
 * (INVALID_REQUEST), `clientId` and `sign` over the raw body (INVALID_SIGN), `loyaltyChannel`
 * where the endpoint has one (CARD_NOT_FOUND on another channel), then the endpoint's fields.
 */
function endpoint<S extends z.ZodType>(name: string, schema: S, run: (ctx: Context, p: z.output<S>, fingerprint: string) => unknown): SandboxRoute<Context> {
  return {
    operation: name,
    method: "POST",
    path: `/ovstrade/openLoyaltyPay/${name}`,
    handler: async ({ req, ledger, now }: RouteContext<Context>) => {
      if (!tokenMatches(req.headers.get("jwt-token"))) throw refusal("INVALID_TOKEN", "jwt-token is missing or not valid.", now());
      const raw = await req.text();
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw refusal("INVALID_REQUEST", "The body is not JSON.", now());
      }
      if (!body || typeof body !== "object" || Array.isArray(body)) throw refusal("INVALID_REQUEST", "The body must be a JSON object.", now());
      const { clientId, ...fields } = body as Record<string, unknown>;
      if (clientId !== SANDBOX_CLIENT.clientId || !signMatches(raw, req.headers.get("sign"))) {
        throw refusal("INVALID_SIGN", "sign is missing or does not match the request.", now());
      }
      const parsed = schema.safeParse(fields);
      if (!parsed.success) throw refusal("INVALID_REQUEST", describeIssues(parsed.error), now());
      const channel = (parsed.data as { loyaltyChannel?: string }).loyaltyChannel;
      if (channel !== undefined && channel !== SANDBOX_CLIENT.loyaltyChannel) throw refusal("CARD_NOT_FOUND", `No such card on channel ${channel}.`, now());
      return success(run({ ledger, now }, parsed.data, `${name}:${JSON.stringify(fields)}`), now());
    },
  };
}

/** Source: seed and recovered spec §5–6 — all eight POST endpoints under /ovstrade/openLoyaltyPay/ (redemption included). */
const routes = (now: () => number) =>
  sandboxRouter<Context>(
    [
      endpoint("giftActivate", activateRequest, ({ ledger }, p) => cardData(ledger.activate(p.accountId, p.activating, p.customerInfo))),
      endpoint("giftInquiry", inquiryRequest, ({ ledger }, p) => {
        ledger.settlePending(p.accountId);
        return cardData(ledger.activeCard(p.accountId));
      }),
      endpoint("giftIssuance", issuanceRequest, ({ ledger }, p, f) => transactionData(ledger.topUp(p, f))),
      endpoint("giftTransaction", payRequest, ({ ledger }, p, f) => transactionData(ledger.pay(p, f))),
      endpoint("giftVoid", voidRequest, ({ ledger }, p, f) => transactionData(ledger.void(p, f))),
      endpoint("loyaltyIssuance", pointsRequest, ({ ledger }, p, f) => transactionData(ledger.points("POINTS_ISSUE", p, f))),
      endpoint("loyaltyRedemption", pointsRequest, ({ ledger }, p, f) => transactionData(ledger.points("POINTS_REDEEM", p, f))),
      endpoint("giftTip", tipRequest, ({ ledger }, p, f) => transactionData(ledger.tip(p, f))),
    ],
    {
      notFound: (_req, url) => refusal("ENDPOINT_NOT_FOUND", `No endpoint ${url.pathname}.`, now(), 404).response,
      methodNotAllowed: (_req, url) => refusal("METHOD_NOT_ALLOWED", `${url.pathname} accepts POST only.`, now(), 405, { allow: "POST" }).response,
    },
    { exactPaths: true },
  );

const nextResultSchema = z.object({ result: z.union([z.literal(1), z.literal(2)]), count: z.number().int().min(1).max(100).default(1) });

/**
 * The Open Loyalty Pay simulator: the eight documented endpoints, `jwt-token` + `sign` checked
 * on every request (credentials in ./credentials.ts), the seeded cards of ./cards.ts and the
 * money rules of ./ledger.ts; refusals are the envelope with the codes of ../error-codes.ts.
 *
 * Control actions: `cards` — every card's state; `transactions` — every transaction;
 * `next-result` `{result: 1 | 2, count?}` — the next money transactions answer `result` 1
 * (failure, nothing moves) or 2 (pending: applied when the card is next inquired).
 * Source: ../shared/seeds/003_4f16c7c692592474.txt; ../shared/specs/open-loyalty-pay-recovered.md.
 */
export function createOpenLoyaltySandbox({ now = () => Date.now() }: { now?: () => number } = {}): Sandbox {
  const ledger = createLedger(seededCards, now);
  const router = routes(now);
  return {
    handle: (req) => router.handle(req, { ledger, now }),
    reset: () => ledger.reset(),
    snapshot: () => ledger.snapshot(),
    restore: (snapshot) => ledger.restore(snapshot),
    async control(action, body) {
      switch (action) {
        case "cards":
          return jsonResponse({ cards: ledger.cards().map((c) => ({ ...c, balance: c.balance.toFixed(2), points: c.points.toFixed(0) })) });
        case "transactions":
          return jsonResponse({ transactions: ledger.transactions().map((t) => ({ ...t, amount: t.amount.toString(), delta: t.delta.toString() })) });
        case "next-result": {
          const parsed = nextResultSchema.safeParse(body ?? {});
          if (!parsed.success) return jsonResponse({ message: parsed.error.issues[0]?.message ?? "invalid" }, 400);
          ledger.force(parsed.data.result, parsed.data.count);
          return jsonResponse({ ok: true });
        }
        default:
          return jsonResponse({ message: `unknown action ${action} (cards, transactions, next-result)` }, 404);
      }
    },
  };
}
