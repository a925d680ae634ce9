import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { rejection } from "@/lib/testing/rejection";
import { sandboxCard, sandboxClient, sandboxControl } from "../testing/sandbox-client";
import { OPERATOR, sandboxTransactionsOf, setUpOpenLoyaltyOperations } from "../testing/operations-harness";
import { pay, topUp } from "./money-moves";
import { reconcileTransaction } from "./reconcile";

const test = setUpOpenLoyaltyOperations();
const EXAMPLE = { accountId: "914639258868515", entryType: "K" as const };

async function lostPayment(amount = "34.10") {
  addFault("open-loyalty", { fault: { kind: "lost-response" }, pathIncludes: "giftTransaction", count: 1 });
  const record = await pay({ ...EXAMPLE, amount, currency: "USD", nsfAllowed: false }, OPERATOR);
  expect(record).toMatchObject({ status: "unknown", lastErrorCode: "TIMEOUT" });
  return record;
}

describe("Open Loyalty Pay reconciliation", () => {
  it("settles a lost payment answer without a second charge, under the same tranOrderNo", async () => {
    const record = await lostPayment();
    expect((await sandboxCard(EXAMPLE.accountId)).balance).toBe("1500.00");

    const { transaction, finding } = await reconcileTransaction({ transactionId: record.id }, OPERATOR);
    expect(finding).toBe("resent");
    expect(transaction).toMatchObject({ status: "succeeded", tranOrderNo: record.tranOrderNo });
    expect(transaction.checkoutId).toMatch(/^\d{18}$/);
    expect(transaction.balanceAfter?.toFixed(2)).toBe("1500.00");
    expect((await sandboxCard(EXAMPLE.accountId)).balance).toBe("1500.00");
    expect(await sandboxTransactionsOf(record.tranOrderNo)).toHaveLength(1);
    expect(await test.db.openLoyaltyTransaction.count()).toBe(1);
    // The payment was asked for once; the inquiry and the resend are the reconciliation's own attempts.
    const outcomes = async (action: string) => (await test.db.auditEvent.findMany({ where: { action }, orderBy: { seq: "asc" } })).map((r) => r.outcome);
    expect(await outcomes("openloyalty.transaction.pay")).toEqual(["REQUESTED", "UNKNOWN"]);
    const reconcileRows = await test.db.auditEvent.findMany({ where: { action: "openloyalty.transaction.reconcile" }, orderBy: { seq: "asc" } });
    expect(reconcileRows.map((r) => r.outcome)).toEqual(["REQUESTED", "SUCCEEDED", "REQUESTED", "SUCCEEDED"]);
    expect(reconcileRows[2]).toMatchObject({ idempotencyKey: record.tranOrderNo, target: `open-loyalty-transaction:${record.id}` });
    expect(JSON.parse(reconcileRows[2].requestSummary!)).toMatchObject({ tranOrderNo: record.tranOrderNo, resend: "PAY" });
  });

  it("sends a payment whose request never arrived once, under its own tranOrderNo", async () => {
    addFault("open-loyalty", { fault: { kind: "timeout" }, pathIncludes: "giftTransaction", count: 1 });
    const record = await pay({ ...EXAMPLE, amount: "10.00", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(record.status).toBe("unknown");
    expect((await sandboxCard(EXAMPLE.accountId)).balance).toBe("1534.10");
    const { transaction } = await reconcileTransaction({ transactionId: record.id }, OPERATOR);
    expect(transaction.status).toBe("succeeded");
    expect((await sandboxCard(EXAMPLE.accountId)).balance).toBe("1524.10");
  });

  it("settles a pending payment (result 2) by inquiry once the card shows it", async () => {
    await sandboxControl("next-result", { result: 2 });
    const record = await pay({ ...EXAMPLE, amount: "4.10", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(record).toMatchObject({ status: "pending", result: 2 });
    const { transaction, finding } = await reconcileTransaction({ transactionId: record.id }, OPERATOR);
    expect(finding).toBe("applied");
    expect(transaction).toMatchObject({ status: "succeeded", result: 0, checkoutId: record.checkoutId });
    expect(await sandboxTransactionsOf(record.tranOrderNo)).toHaveLength(1);
  });

  it("keeps the card busy while a move is open, and leaves a mismatch for a person", async () => {
    const record = await lostPayment("5.00");
    expect(await rejection(topUp({ ...EXAMPLE, amount: "1.00", currency: "USD" }, OPERATOR))).toMatchObject({ code: "CARD_BUSY" });
    // Someone else moves the card outside the console meanwhile.
    await sandboxClient().client.giftIssuance({ ...EXAMPLE, tranOrderNo: "ELSEWHERE-1", amount: "2.00", tranCurrency: "USD" });
    const { transaction, finding } = await reconcileTransaction({ transactionId: record.id }, OPERATOR);
    expect(finding).toBe("mismatch");
    expect(transaction).toMatchObject({ status: "unknown", lastErrorCode: "RECONCILE_MISMATCH" });
    expect(await sandboxTransactionsOf(record.tranOrderNo)).toHaveLength(1);
  });

  it("refuses to reconcile a settled transaction", async () => {
    const record = await pay({ ...EXAMPLE, amount: "1.00", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(await rejection(reconcileTransaction({ transactionId: record.id }, OPERATOR))).toMatchObject({ code: "NOT_OPEN" });
  });
});
