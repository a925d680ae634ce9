import { describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { issueCard } from "@/lib/providers/kazawallet/operations/issue";
import { topUpCard } from "@/lib/providers/kazawallet/operations/top-up";
import { depositConfirm, depositInit } from "@/lib/providers/kvitka/operations/deposit";
import { mintPartnerCode, received } from "@/lib/providers/kvitka/testing/operations-harness";
import { pay } from "@/lib/providers/open-loyalty/operations/money-moves";
import { sandboxTransactionsOf } from "@/lib/providers/open-loyalty/testing/operations-harness";
import { sandboxCard } from "@/lib/providers/open-loyalty/testing/sandbox-client";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { ktnOrdersForKey } from "@/lib/providers/ktn/testing/operations-harness";
import { addFault } from "@/lib/sandbox/faults";
import { executeJob } from "../run-job";
import { startJobs, stopJobs } from "../start";
import { OPERATOR, setUpJobsTest } from "../testing/harness";
import { reconcileUnknownJob } from "./reconcile-unknown";

const test = setUpJobsTest();

const rewarble = { productId: 18808, unitPrice: "40", senderName: "Acme Corp" };
const ktnPurchase = { method: "POST", pathIncludes: "purchaseGiftCard" } as const;

async function unknownKtnPurchase() {
  addFault("ktn", { fault: { kind: "lost-response" }, ...ktnPurchase, count: 1 });
  const order = await purchaseGiftCard(rewarble, OPERATOR);
  expect(order.status).toBe("UNKNOWN");
  return order;
}

describe("reconcile-unknown", () => {
  it("resolves a KTN purchase left UNKNOWN by a lost answer: linked to KTN's one order, as the console, the run persisted", async () => {
    const order = await unknownKtnPurchase();

    const outcome = await executeJob(reconcileUnknownJob, { trigger: "SCHEDULE" });

    expect(outcome).toMatchObject({ ran: true, run: { job: "reconcile-unknown", outcome: "SUCCEEDED", changed: 1, summary: "KTN orders: 1 of 1 settled" } });
    const [atKtn] = await ktnOrdersForKey(order.idempotencyKey);
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(1);
    expect(await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PROCESSING", providerOrderId: String(atKtn.id) });
    const reconcile = await test.db.auditEvent.findMany({ where: { action: "ktn.order.reconcile" }, orderBy: { seq: "asc" } });
    expect(reconcile.map((e) => [e.outcome, e.actorId])).toEqual([
      ["REQUESTED", null],
      ["SUCCEEDED", null],
    ]);
  });

  it("keeps a record it could not check for the next run, and goes on with the others", async () => {
    const stuck = await unknownKtnPurchase();
    addFault("kazawallet", { fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
    const card = await issueCard({ email: "lost@example.com", cardType: "basic", amount: "40" }, OPERATOR);
    expect(card.status).toBe("UNKNOWN");
    addFault("ktn", { fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, ...ktnPurchase, count: 1 });

    const outcome = await executeJob(reconcileUnknownJob, { trigger: "SCHEDULE" });

    expect(outcome).toMatchObject({
      ran: true,
      run: { outcome: "SUCCEEDED", changed: 1, summary: "KTN orders: 0 of 1 settled, 1 could not be checked; Kazawallet cards: 1 of 1 settled" },
    });
    expect((await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: stuck.id } })).status).toBe("UNKNOWN");
    expect((await test.db.kazawalletCard.findUniqueOrThrow({ where: { id: card.id } })).status).toBe("active");

    const next = await executeJob(reconcileUnknownJob, { trigger: "SCHEDULE" });
    expect(next).toMatchObject({ ran: true, run: { changed: 1, summary: "KTN orders: 1 of 1 settled" } });
    expect(await ktnOrdersForKey(stuck.idempotencyKey)).toHaveLength(1);
  });

  it("settles a lost answer at each provider with a reconcile operation, moving nothing twice", async () => {
    const card = await issueCard({ email: "topup@example.com", cardType: "basic", amount: "50" }, OPERATOR);
    addFault("kazawallet", { fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/topup", count: 1 });
    const topUp = await topUpCard({ id: card.id, amount: "25" }, OPERATOR);
    const { transaction_code } = await mintPartnerCode();
    const deposit = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/confirm.php", count: 1 });
    await depositConfirm({ operationId: deposit.id }, OPERATOR);
    addFault("open-loyalty", { fault: { kind: "lost-response" }, pathIncludes: "giftTransaction", count: 1 });
    const payment = await pay({ accountId: "914639258868515", entryType: "K", amount: "34.10", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect([topUp.status, (await test.db.kvitkaOperation.findUniqueOrThrow({ where: { id: deposit.id } })).status, payment.status]).toEqual(["UNKNOWN", "unknown", "unknown"]);

    const outcome = await executeJob(reconcileUnknownJob, { trigger: "SCHEDULE" });

    expect(outcome).toMatchObject({
      ran: true,
      run: { changed: 3, summary: "Kazawallet top-ups: 1 of 1 settled; KvitkaCard deposits: 1 of 1 settled; Open Loyalty Pay transactions: 1 of 1 settled" },
    });
    expect((await test.db.kazawalletTopUp.findUniqueOrThrow({ where: { id: topUp.id } })).status).toBe("SUCCEEDED");
    expect((await test.db.kvitkaOperation.findUniqueOrThrow({ where: { id: deposit.id } })).status).toBe("completed");
    expect(await received("/deposit/confirm.php")).toBe(1);
    expect((await test.db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("succeeded");
    expect(await sandboxTransactionsOf(payment.tranOrderNo)).toHaveLength(1);
    expect((await sandboxCard("914639258868515")).balance).toBe("1500.00");
  });

  it("names what no operation can settle and changes nothing when nothing waits", async () => {
    expect(await reconcileUnknownJob.run({ actor: { staff: null }, now: new Date() })).toEqual({ changed: 0, summary: "Nothing waits for reconciliation." });
    await test.db.kardTransaction.create({
      data: { transactionId: "tx-1", userId: "u-1", kind: "transaction", status: "APPROVED", submission: "UNKNOWN", amountCents: 100, currency: "USD", description: "x", accepted: false },
    });
    expect(await reconcileUnknownJob.run({ actor: { staff: null }, now: new Date() })).toEqual({
      changed: 0,
      summary: "Kard transaction events: 1 UNKNOWN, for a person (Kard has no status read for a submission)",
    });
  });
});

describe("asking for reconciliation with the record", () => {
  it("a staff member's write left UNKNOWN enqueues reconcile-unknown in the transaction that stores UNKNOWN; the console's own does not", async () => {
    const state = await startJobs({ force: true });
    if (state.state !== "running") throw new Error("runner not started");
    const enqueue = vi.spyOn(state.runner, "enqueue");
    try {
      await unknownKtnPurchase();
      expect(enqueue).toHaveBeenCalledTimes(1);
      expect(enqueue).toHaveBeenCalledWith("reconcile-unknown", { tx: expect.objectContaining({ giftCardOrder: expect.anything() }), startAfterSeconds: 30 });

      addFault("ktn", { fault: { kind: "timeout" }, ...ktnPurchase, count: 1 });
      const order = await test.db.giftCardOrder.findFirstOrThrow();
      await reconcileUnknownJob.run({ actor: SYSTEM_ACTOR, now: new Date() });
      expect((await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("UNKNOWN");
      expect(enqueue).toHaveBeenCalledTimes(1);
    } finally {
      await stopJobs();
    }
  });
});
