import { db } from "@/lib/db";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { reconcileIssue, reconcileTopUp } from "@/lib/providers/kazawallet/operations/reconcile";
import { needsReplay, reconcileOrder } from "@/lib/providers/ktn/operations/reconcile";
import { reconcileDeposit } from "@/lib/providers/kvitka/operations/reconcile";
import { reconcileTransaction } from "@/lib/providers/open-loyalty/operations/reconcile";
import { defineJob, type JobContext } from "../define-job";
import { combine, noted, settleEach, tallied } from "../settle";

/** At most this many records per provider and kind in one run (the rest wait for the next run). */
const BATCH = 25;

/** A record still REQUESTED this long after it was sent lost its answer (the console stopped meanwhile). */
const staleBefore = (now: Date) => new Date(now.getTime() - defaultTimeoutMs() * 3);

async function ktn({ actor, now }: JobContext) {
  const candidates = await db.giftCardOrder.findMany({ where: { status: { in: ["UNKNOWN", "PENDING"] } }, orderBy: { createdAt: "asc" }, take: BATCH * 2 });
  const orders = candidates.filter((o) => needsReplay(o, now.getTime()) || (o.providerOrderId && o.status === "UNKNOWN")).slice(0, BATCH);
  return tallied("KTN orders", await settleEach("reconcile-unknown", orders, (o) => reconcileOrder({ orderId: o.id }, actor)));
}

async function kazawallet({ actor, now }: JobContext) {
  const open = { OR: [{ status: "UNKNOWN" }, { status: "REQUESTED", requestedAt: { lt: staleBefore(now) } }] };
  const cards = await db.kazawalletCard.findMany({ where: open, orderBy: { requestedAt: "asc" }, take: BATCH });
  const topUps = await db.kazawalletTopUp.findMany({ where: open, orderBy: { requestedAt: "asc" }, take: BATCH });
  const requests = await db.kazawalletRequest.count({ where: { status: "UNKNOWN" } });
  return [
    tallied("Kazawallet cards", await settleEach("reconcile-unknown", cards, (c) => reconcileIssue({ id: c.id }, actor))),
    tallied("Kazawallet top-ups", await settleEach("reconcile-unknown", topUps, (t) => reconcileTopUp({ topUpId: t.id }, actor))),
    noted(requests, `Kazawallet requests: ${requests} UNKNOWN, for a person (Kazawallet has no read to settle them)`),
  ];
}

async function kvitka({ actor }: JobContext) {
  const deposits = await db.kvitkaOperation.findMany({
    where: { direction: "DEPOSIT", status: "unknown", codeCiphertext: { not: null } },
    orderBy: { updatedAt: "asc" },
    take: BATCH,
  });
  const withdrawals = await db.kvitkaOperation.count({ where: { direction: "WITHDRAW", status: "unknown" } });
  return [
    tallied("KvitkaCard deposits", await settleEach("reconcile-unknown", deposits, (op) => reconcileDeposit({ operationId: op.id }, actor))),
    noted(withdrawals, `KvitkaCard withdrawals: ${withdrawals} UNKNOWN, only KvitkaCard's staff can say (resolve them on the operation)`),
  ];
}

async function openLoyalty({ actor, now }: JobContext) {
  const transactions = await db.openLoyaltyTransaction.findMany({
    where: {
      OR: [{ status: "unknown" }, { status: "requested", createdAt: { lt: staleBefore(now) } }],
      // A reconciliation that found another change on the card is left for a person.
      NOT: { lastErrorCode: "RECONCILE_MISMATCH" },
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  const step = async (t: { id: string }) => (await reconcileTransaction({ transactionId: t.id }, actor)).transaction;
  return tallied("Open Loyalty Pay transactions", await settleEach("reconcile-unknown", transactions, step));
}

async function kard() {
  const unknown = await db.kardTransaction.count({ where: { submission: "UNKNOWN" } });
  return noted(unknown, `Kard transaction events: ${unknown} UNKNOWN, for a person (Kard has no status read for a submission)`);
}

/**
 * Reconciliation of records whose provider answer was lost, for every provider, through each
 * provider's own reconcile operation as the console (SYSTEM_ACTOR), oldest first, one at a time:
 * KTN orders (UNKNOWN, or PENDING past 3× the timeout: reconcileOrder resends under the same key),
 * Kazawallet card issues and top-ups (UNKNOWN, or REQUESTED past 3× the timeout), KvitkaCard
 * deposits (unknown: deposit/init again), Open Loyalty Pay transactions (unknown, or requested past
 * 3× the timeout; not those a reconciliation found mismatched). Records no operation can settle
 * (Kard submissions, Kazawallet requests, KvitkaCard withdrawals) are counted in the summary.
 * `changed`: records whose status moved.
 */
export const reconcileUnknownJob = defineJob({
  name: "reconcile-unknown",
  title: "Reconcile unknown outcomes",
  description: "Asks each provider about records whose answer was lost (UNKNOWN, or sent and never answered) and records what it says.",
  schedule: { everyMinutes: 2 },
  async run(ctx) {
    const parts = [await ktn(ctx), ...(await kazawallet(ctx)), ...(await kvitka(ctx)), await openLoyalty(ctx), await kard()];
    return combine(parts, "Nothing waits for reconciliation.");
  },
});
