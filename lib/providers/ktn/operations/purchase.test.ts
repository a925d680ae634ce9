import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { ktnControl, ktnOrdersForKey, OPERATOR, setUpKtnOperations } from "../testing/operations-harness";
import { purchaseGiftCard } from "./purchase";

const test = setUpKtnOperations();

const auditTrail = async () =>
  (await test.db.auditEvent.findMany({ orderBy: { seq: "asc" } })).map((e) => `${e.action} ${e.outcome}${e.errorCode ? ` ${e.errorCode}` : ""}`);

/** The documentation's RANGE example card (Rewarble VISA, $5 – $100). */
const rewarble = (unitPrice: string) => ({ productId: 18808, unitPrice, senderName: "Acme Corp", recipientEmail: "recipient@example.com" });

describe("purchaseGiftCard", () => {
  it("stores the order with its idempotency key before KTN answers, then KTN's order: fee and total as KTN charged", async () => {
    const order = await purchaseGiftCard(rewarble("25"), OPERATOR);

    expect(order).toMatchObject({ productId: 18808, status: "PROCESSING", providerStatus: "PENDING/PENDING", createdByEmail: "op@example.com", currencyCode: "USD" });
    expect(order.feeAmount.toString()).toBe("0.6");
    expect(order.totalAmount.toString()).toBe("25.6");
    const [atKtn] = await ktnOrdersForKey(order.idempotencyKey);
    expect(String(atKtn.id)).toBe(order.providerOrderId);
    expect(await auditTrail()).toEqual(["ktn.order.purchase REQUESTED", "ktn.order.purchase SUCCEEDED"]);
    const requested = await test.db.auditEvent.findFirstOrThrow({ where: { outcome: "REQUESTED" } });
    expect(requested).toMatchObject({ idempotencyKey: order.idempotencyKey, target: `gift-card-order:${order.id}`, actorEmail: "op@example.com" });
    expect(JSON.parse(requested.requestSummary!)).toMatchObject({ productId: 18808, unitPrice: 25, expectedFee: "0.6", expectedTotal: "25.6" });
  });

  it("refuses a price outside the card's denominations before anything is stored or sent", async () => {
    const error = await rejection(purchaseGiftCard(rewarble("100.01"), OPERATOR));

    expect(error).toMatchObject({ code: "DENOMINATION", fieldErrors: { unitPrice: ["Choose between 5 and 100."] } });
    expect(await test.db.giftCardOrder.count()).toBe(0);
    expect(await auditTrail()).toEqual([]);
    expect((await ktnControl<{ orders: unknown[] }>("orders")).orders).toHaveLength(1);
  });

  it("keeps a purchase KTN refused as FAILED with KTN's reason", async () => {
    await ktnControl("set-account", { balance: "10.00" });

    const error = await providerRejection(purchaseGiftCard(rewarble("25"), OPERATOR));

    expect(error).toMatchObject({ httpStatus: 400, message: "insufficient account balance", outcome: "failed" });
    const [order] = await test.db.giftCardOrder.findMany();
    expect(order).toMatchObject({ status: "FAILED", lastErrorCode: "HTTP_400", lastErrorMessage: "insufficient account balance", providerOrderId: null });
    expect(await auditTrail()).toEqual(["ktn.order.purchase REQUESTED", "ktn.order.purchase FAILED HTTP_400"]);
  });

  it("returns a purchase whose answer was lost as UNKNOWN (not an error): KTN has it, we do not know yet", async () => {
    addFault("ktn", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: "purchaseGiftCard", count: 1 });

    const order = await purchaseGiftCard(rewarble("40"), OPERATOR);

    expect(order).toMatchObject({ status: "UNKNOWN", lastErrorCode: "TIMEOUT", providerOrderId: null });
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(1);
    expect(await auditTrail()).toEqual(["ktn.order.purchase REQUESTED", "ktn.order.purchase UNKNOWN TIMEOUT"]);
  });
});
