import type { KazawalletRequest } from "@prisma/client";
import { db } from "@/lib/db";
import { createGiftCode } from "@/lib/providers/kazawallet/operations/gift-codes";
import { issueCard } from "@/lib/providers/kazawallet/operations/issue";
import { reconcileIssue, reconcileTopUp } from "@/lib/providers/kazawallet/operations/reconcile";
import { createPaymentRequest, type PayoutInput } from "@/lib/providers/kazawallet/operations/requests";
import { resolveRequest } from "@/lib/providers/kazawallet/operations/resolve-request";
import { topUpCard } from "@/lib/providers/kazawallet/operations/top-up";
import { control, OPERATOR, sandboxState } from "@/lib/providers/kazawallet/testing/operations-harness";
import { type LocalRecord, type MoneyStep, type ProviderRows, step } from "./step";

/*
 * Kazawallet's money-moving steps (no idempotency keys anywhere): card issue and top-up are
 * reconciled by reading Kazawallet (cards list, card transactions); transfers, withdrawals,
 * deposits and gift codes have no documented read, so a lost answer is resolved with what
 * Kazawallet says (here: the sandbox's own records), as an operator would after asking it.
 */

const USER = "matrix-user@example.com";

/** The sandbox's records, as far as the matrix reads them. */
type KazawalletView = {
  cards: { cardId: string; email: string }[];
  transactions: { cardId: string; type: number; direction: number }[];
  requests: { transactionId: string; kind: string; email: string }[];
  transfers: { id: string; email: string }[];
  giftCards: { amount: string }[];
};
const view = async () => (await sandboxState()) as unknown as KazawalletView;

const OPEN = new Set(["REQUESTED", "UNKNOWN"]);
const judged = (id: string, status: string, moved: boolean): LocalRecord => ({ id, status, moved, settled: !OPEN.has(status) });

const issue = step<Record<string, never>>({
  provider: "kazawallet",
  name: "Kazawallet card issue",
  request: { method: "POST", pathIncludes: "/wallet-cards/create-then-topup" },
  action: "kazawallet.card.issue",
  setup: async () => ({}),
  run: () => issueCard({ email: USER, cardType: "basic", amount: "25" }, OPERATOR),
  reconcile: async () => {
    for (const card of await db.kazawalletCard.findMany({ where: { status: "UNKNOWN" } })) await reconcileIssue({ id: card.id }, OPERATOR);
  },
  providerCount: async () => (await view()).cards.filter((c) => c.email === USER).length,
  localRecords: async () => (await db.kazawalletCard.findMany()).map((c) => judged(c.id, c.status, c.cardId !== null)),
});

const topUp = step<{ cardRecordId: string; cardId: string }>({
  provider: "kazawallet",
  name: "Kazawallet card top-up",
  request: { method: "PUT", pathIncludes: "/wallet-cards/topup" },
  action: "kazawallet.card.top-up",
  setup: async () => {
    const card = await issueCard({ email: USER, cardType: "basic", amount: "25" }, OPERATOR);
    return { cardRecordId: card.id, cardId: card.cardId! };
  },
  run: (ctx) => topUpCard({ id: ctx.cardRecordId, amount: "10" }, OPERATOR),
  reconcile: async () => {
    for (const t of await db.kazawalletTopUp.findMany({ where: { status: "UNKNOWN" } })) await reconcileTopUp({ topUpId: t.id }, OPERATOR);
  },
  // Every recharge of the card but its first (the issue's initial load).
  providerCount: async (ctx) => (await view()).transactions.filter((t) => t.cardId === ctx.cardId && t.type === 1 && t.direction === 1).length - 1,
  localRecords: async () => (await db.kazawalletTopUp.findMany()).map((t) => judged(t.id, t.status, t.status === "SUCCEEDED")),
});

/** What Kazawallet has for a request of ours: its id, or null when it has none. */
type Finder = (v: KazawalletView, record: KazawalletRequest) => string | null | undefined;

/** Resolves every UNKNOWN request with Kazawallet's word (`find`). */
async function resolveUnknown(find: Finder): Promise<void> {
  const v = await view();
  for (const record of await db.kazawalletRequest.findMany({ where: { status: "UNKNOWN" } })) {
    const providerId = find(v, record);
    await resolveRequest(
      providerId === null
        ? { id: record.id, kazawalletSays: "not-created", note: "Kazawallet support: no such request" }
        : { id: record.id, kazawalletSays: "created", providerId, note: "Kazawallet support: created" },
      OPERATOR,
    );
  }
}

const requestRecords = async (): Promise<LocalRecord[]> =>
  (await db.kazawalletRequest.findMany()).map((r) => judged(r.id, r.status, !OPEN.has(r.status) && r.status !== "FAILED" && r.status !== "NOT_CREATED"));

function payoutStep(name: string, path: string, input: PayoutInput, atKazawallet: (v: KazawalletView) => { id: string }[]): MoneyStep {
  return step<Record<string, never>>({
    provider: "kazawallet",
    name,
    request: { method: "POST", pathIncludes: path },
    action: "kazawallet.request.create",
    setup: async () => ({}),
    run: () => createPaymentRequest(input, OPERATOR),
    reconcile: () => resolveUnknown((v) => atKazawallet(v)[0]?.id ?? null),
    providerCount: async () => atKazawallet(await view()).length,
    localRecords: requestRecords,
  });
}

const METHOD_15 = { paymentMethod: "15" };
const requestsOf = (kind: "withdrawal" | "deposit") => (v: KazawalletView) =>
  v.requests.filter((r) => r.kind === kind && r.email === USER).map((r) => ({ id: r.transactionId }));

const giftCode = step<Record<string, never>>({
  provider: "kazawallet",
  name: "Kazawallet gift code",
  request: { method: "POST", pathIncludes: "/gift-card/create" },
  action: "kazawallet.gift-code.create",
  setup: async () => ({}),
  run: () => createGiftCode({ currency: "USD", amount: "15" }, OPERATOR),
  reconcile: () => resolveUnknown((v) => (v.giftCards.length > 0 ? undefined : null)),
  providerCount: async () => (await view()).giftCards.length,
  localRecords: requestRecords,
});

export const KAZAWALLET_ROWS: ProviderRows = {
  provider: "kazawallet",
  clear: async () => {
    await db.kazawalletTopUp.deleteMany();
    await db.kazawalletCardEvent.deleteMany();
    await db.kazawalletCard.deleteMany();
    await db.kazawalletRequest.deleteMany();
    // Its webhooks stay recorded in the sandbox, never POSTed to a console that is not running.
    await control("set-webhook-url", { url: null });
  },
  steps: [
    issue,
    topUp,
    payoutStep("Kazawallet transfer", "/transfer-from-merchant-to-user", { kind: "TRANSFER", email: USER, currency: "USD", amount: "5" }, (v) =>
      v.transfers.filter((t) => t.email === USER),
    ),
    payoutStep(
      "Kazawallet withdrawal",
      "/createWithdrawalRequest",
      { kind: "WITHDRAWAL", email: USER, currency: "USDT", amount: "10", ...METHOD_15, fields: { "usdt-trc20-address": "TX" } },
      requestsOf("withdrawal"),
    ),
    payoutStep(
      "Kazawallet deposit",
      "/createDepositRequest",
      { kind: "DEPOSIT", email: USER, currency: "USDT", amount: "10", ...METHOD_15, fields: { "usdt-trc20-txid": "0xabc" } },
      requestsOf("deposit"),
    ),
    giftCode,
  ],
};
