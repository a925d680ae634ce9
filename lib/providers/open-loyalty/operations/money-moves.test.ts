import { describe, expect, it } from "vitest";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { sandboxCard, sandboxControl } from "../testing/sandbox-client";
import { OPERATOR, sandboxTransactionsOf, setUpOpenLoyaltyOperations } from "../testing/operations-harness";
import { activateCard, inquireCard } from "./card";
import { addTip, issuePoints, pay, redeemPoints, topUp, voidTransaction } from "./money-moves";
import { sendTransaction } from "./send-transaction";

const test = setUpOpenLoyaltyOperations();
const EXAMPLE = { accountId: "914639258868515", entryType: "K" as const };
const LOW = { accountId: "914639258868531", entryType: "K" as const };
const INACTIVE = { accountId: "914639258868523", entryType: "B" as const };

describe("Open Loyalty Pay operations: a card's life", () => {
  it("activates, tops up, pays, tips, voids the payment with its tip and moves points, each audited", async () => {
    const activated = await activateCard({ ...INACTIVE, customerInfo: { customerType: "1", firstName: "Robin" } }, OPERATOR);
    expect(activated).toMatchObject({ accountMasked: "•••• 8523", points: "0", money: [{ currency: "USD", amount: "0.00" }] });

    const topped = await topUp({ ...INACTIVE, amount: "50", currency: "USD" }, OPERATOR);
    expect(topped).toMatchObject({ kind: "TOPUP", status: "succeeded", result: 0 });
    expect(topped.balanceBefore?.toFixed(2)).toBe("0.00");

    const paid = await pay({ ...INACTIVE, amount: "20.25", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(paid).toMatchObject({ kind: "PAY", status: "succeeded" });
    expect(paid.checkoutId).toMatch(/^\d{18}$/);
    const tip = await addTip({ transactionId: paid.id, amount: "3.00" }, OPERATOR);
    expect(tip).toMatchObject({ kind: "TIP", status: "succeeded", originalId: paid.id });
    expect((await sandboxCard(INACTIVE.accountId)).balance).toBe("26.75");

    const voided = await voidTransaction({ transactionId: paid.id }, OPERATOR);
    expect(voided).toMatchObject({ kind: "VOID", status: "succeeded", originalId: paid.id });
    expect(voided.amount.toFixed(2)).toBe("23.25");
    expect((await sandboxCard(INACTIVE.accountId)).balance).toBe("50.00");
    const [original, tipAfter] = await Promise.all([test.db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id: paid.id } }), test.db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id: tip.id } })]);
    expect(original.voidedAt).toBeInstanceOf(Date);
    expect(tipAfter.voidedAt).toBeInstanceOf(Date);
    expect(await rejection(voidTransaction({ transactionId: paid.id }, OPERATOR))).toMatchObject({ code: "NOT_APPLICABLE" });
    expect(await rejection(addTip({ transactionId: paid.id, amount: "1" }, OPERATOR))).toMatchObject({ code: "NOT_APPLICABLE" });

    await issuePoints({ ...INACTIVE, points: "7" }, OPERATOR);
    await redeemPoints({ ...INACTIVE, points: "2" }, OPERATOR);
    expect((await inquireCard(INACTIVE, OPERATOR)).points).toBe("5");

    const payRows = await test.db.auditEvent.findMany({ where: { action: "openloyalty.transaction.pay" }, orderBy: { seq: "asc" } });
    expect(payRows.map((r) => r.outcome)).toEqual(["REQUESTED", "SUCCEEDED"]);
    expect(payRows[0].idempotencyKey).toBe(paid.tranOrderNo);
    expect(JSON.stringify(await test.db.auditEvent.findMany())).not.toContain(INACTIVE.accountId);
  });

  it("stores the tranOrderNo before the call: the platform holds the very order number the record keeps", async () => {
    const paid = await pay({ ...EXAMPLE, amount: "1.00", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(paid.tranOrderNo.length).toBeLessThanOrEqual(60);
    expect(await sandboxTransactionsOf(paid.tranOrderNo)).toEqual([expect.objectContaining({ kind: "PAY", result: 0, amount: "1" })]);
  });

  it("records a decline with the platform's code and moves nothing (NSF one cent over)", async () => {
    const error = await providerRejection(pay({ ...LOW, amount: "25.01", currency: "USD", nsfAllowed: false }, OPERATOR));
    expect(error.code).toBe("1004");
    const [record] = await test.db.openLoyaltyTransaction.findMany();
    expect(record).toMatchObject({ status: "declined", lastErrorCode: "1004" });
    expect((await sandboxCard(LOW.accountId)).balance).toBe("25.00");
  });

  it("keeps the approved amount of a partial (nsfAllowed) payment", async () => {
    const paid = await pay({ ...LOW, amount: "30.00", currency: "USD", nsfAllowed: true }, OPERATOR);
    expect(paid.amount.toFixed(2)).toBe("30.00");
    expect(paid.approvedAmount?.toFixed(2)).toBe("25.00");
  });

  it("records result 1 as declined with nothing moved", async () => {
    await sandboxControl("next-result", { result: 1 });
    const paid = await pay({ ...EXAMPLE, amount: "5.00", currency: "USD", nsfAllowed: false }, OPERATOR);
    expect(paid).toMatchObject({ status: "declined", result: 1 });
    expect((await sandboxCard(EXAMPLE.accountId)).balance).toBe("1534.10");
  });

  it("refuses a move whose balance was read before another move on the card finished (nothing sent)", async () => {
    const readAt = new Date(Date.now() - 1000);
    await topUp({ ...EXAMPLE, amount: "1.00", currency: "USD" }, OPERATOR);
    const stale = { kind: "PAY" as const, ...EXAMPLE, amount: "1.00", currency: "USD", balanceBefore: "1534.10", balanceReadAt: readAt, tranOrderNo: "STALE-1" };
    expect(await rejection(sendTransaction(stale, OPERATOR))).toMatchObject({ code: "CARD_CHANGED" });
    expect(await sandboxTransactionsOf("STALE-1")).toHaveLength(0);
  });
});
