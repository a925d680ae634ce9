import type { OpenLoyaltyTransaction } from "@prisma/client";
import { db } from "@/lib/db";
import { OPEN_STATUSES, type TransactionKind, type TransactionStatus } from "@/lib/providers/open-loyalty/operations/kinds";
import { addTip, issuePoints, pay, redeemPoints, topUp, voidTransaction } from "@/lib/providers/open-loyalty/operations/money-moves";
import { reconcileTransaction } from "@/lib/providers/open-loyalty/operations/reconcile";
import { OPERATOR } from "@/lib/providers/open-loyalty/testing/operations-harness";
import { sandboxControl } from "@/lib/providers/open-loyalty/testing/sandbox-client";
import { type LocalRecord, type MoneyStep, type ProviderRows, step } from "./step";

/*
 * Open Loyalty Pay's money-moving steps (the /prepaid pages): top-up, payment, tip, void of a
 * payment, points issue and redemption, each one tranOrderNo stored before it is sent.
 * Reconciliation (reconcileTransaction) reads the card and, when the move shows or nothing moved,
 * sends the same request again under the same tranOrderNo, audited as
 * openloyalty.transaction.reconcile. Activation is not a row: it moves no money and keeps no
 * local record (docs/providers/open-loyalty.md, "Console decisions").
 * The card is the documentation's (USD 1534.10, 53 Points).
 */

const CARD = { accountId: "914639258868515", entryType: "K" as const };

type SandboxTransactionView = { kind: TransactionKind; accountId: string; result: 0 | 1 | 2 };

/** How many `kind` transactions the sandbox applied on the card (result 1 moves nothing). */
async function appliedAtProvider(kind: TransactionKind): Promise<number> {
  const { transactions } = await sandboxControl<{ transactions: SandboxTransactionView[] }>("transactions");
  return transactions.filter((t) => t.kind === kind && t.accountId === CARD.accountId && t.result !== 1).length;
}

/** The console's records of the step's kind (not the setup's), judged. */
async function recordsOf(kind: TransactionKind): Promise<LocalRecord[]> {
  return (await db.openLoyaltyTransaction.findMany({ where: { kind } })).map((r) => ({
    id: r.id,
    status: r.status,
    moved: r.status === "succeeded",
    settled: !OPEN_STATUSES.includes(r.status as TransactionStatus),
  }));
}

/** Reconciliation as the card's history offers it: every open record is reconciled once. */
async function reconcileOpen(): Promise<void> {
  for (const r of await db.openLoyaltyTransaction.findMany({ where: { status: { in: [...OPEN_STATUSES] } } })) {
    await reconcileTransaction({ transactionId: r.id }, OPERATOR);
  }
}

/** The faults land on the step's own endpoint, never on the card inquiry before it. */
const endpoint = (name: string) => ({ method: "POST", pathIncludes: `/openLoyaltyPay/${name}` });

/** A succeeded payment on the card, for the steps that act on one. */
async function payment(): Promise<OpenLoyaltyTransaction> {
  return pay({ ...CARD, amount: "20.00", currency: "USD", nsfAllowed: false }, OPERATOR);
}

function row<C>(kind: TransactionKind, name: string, path: string, action: MoneyStep["action"], setup: () => Promise<C>, run: (ctx: C) => Promise<unknown>): MoneyStep {
  return step<C>({
    provider: "open-loyalty",
    name,
    request: endpoint(path),
    action,
    setup,
    run,
    reconcile: reconcileOpen,
    providerCount: () => appliedAtProvider(kind),
    localRecords: () => recordsOf(kind),
  });
}

const none = async () => ({});

export const OPEN_LOYALTY_ROWS: ProviderRows = {
  provider: "open-loyalty",
  clear: async () => {
    await db.openLoyaltyTransaction.updateMany({ data: { originalId: null } });
    await db.openLoyaltyTransaction.deleteMany();
  },
  steps: [
    row("TOPUP", "Open Loyalty Pay top-up", "giftIssuance", "openloyalty.transaction.top-up", none, () => topUp({ ...CARD, amount: "10.00", currency: "USD" }, OPERATOR)),
    row("PAY", "Open Loyalty Pay payment", "giftTransaction", "openloyalty.transaction.pay", none, () => payment()),
    row("TIP", "Open Loyalty Pay tip", "giftTip", "openloyalty.transaction.tip", payment, (paid) => addTip({ transactionId: paid.id, amount: "3.00" }, OPERATOR)),
    row("VOID", "Open Loyalty Pay void of a payment", "giftVoid", "openloyalty.transaction.void", payment, (paid) => voidTransaction({ transactionId: paid.id }, OPERATOR)),
    row("POINTS_ISSUE", "Open Loyalty Pay points issue", "loyaltyIssuance", "openloyalty.points.issue", none, () => issuePoints({ ...CARD, points: "7" }, OPERATOR)),
    row("POINTS_REDEEM", "Open Loyalty Pay points redemption", "loyaltyRedemption", "openloyalty.points.redeem", none, () => redeemPoints({ ...CARD, points: "5" }, OPERATOR)),
  ],
};
