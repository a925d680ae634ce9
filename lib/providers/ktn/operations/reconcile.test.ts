import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { ktnControl, ktnOrdersForKey, OPERATOR, setUpKtnOperations } from "../testing/operations-harness";
import { refundOrder, revealCredentials, voidOrder } from "./order-actions";
import { purchaseGiftCard } from "./purchase";
import { needsReplay, reconcileOrder } from "./reconcile";
import { syncOrder } from "./sync";

const test = setUpKtnOperations();

const rewarble = { productId: 18808, unitPrice: "40", senderName: "Acme Corp" };
const purchaseFault = { method: "POST", pathIncludes: "purchaseGiftCard" } as const;
const actions = async (action: string) =>
  (await test.db.auditEvent.findMany({ where: { action }, orderBy: { seq: "asc" } })).map((e) => `${e.outcome}${e.errorCode ? ` ${e.errorCode}` : ""}`);

/** A purchase whose answer was lost: applied at KTN or not, as `fault` decides. */
async function unknownPurchase(fault: "lost-response" | "timeout") {
  addFault("ktn", { fault: { kind: fault }, ...purchaseFault, count: 1 });
  const order = await purchaseGiftCard(rewarble, OPERATOR);
  expect(order.status).toBe("UNKNOWN");
  expect(needsReplay(order)).toBe(true);
  return order;
}

describe("reconcileOrder: an UNKNOWN purchase is resent under its key, never bought twice", () => {
  it("links the order KTN created when only the answer was lost", async () => {
    const order = await unknownPurchase("lost-response");
    const [atKtn] = await ktnOrdersForKey(order.idempotencyKey);

    const reconciled = await reconcileOrder({ orderId: order.id }, OPERATOR);

    expect(reconciled).toMatchObject({ status: "PROCESSING", providerOrderId: String(atKtn.id), lastErrorCode: null });
    expect(reconciled.reconciledAt).toBeInstanceOf(Date);
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(1);
    expect(await actions("ktn.order.reconcile")).toEqual(["REQUESTED", "SUCCEEDED"]);
  });

  it("creates the order once when KTN never received the purchase", async () => {
    const order = await unknownPurchase("timeout");
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(0);

    const reconciled = await reconcileOrder({ orderId: order.id }, OPERATOR);

    expect(reconciled.status).toBe("PROCESSING");
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(1);
  });

  it("keeps the order UNKNOWN, without an error, when the replay's answer is lost too; the next reconcile links it", async () => {
    const order = await unknownPurchase("timeout");
    addFault("ktn", { fault: { kind: "lost-response" }, ...purchaseFault, count: 1 });

    const still = await reconcileOrder({ orderId: order.id }, OPERATOR);
    expect(still).toMatchObject({ status: "UNKNOWN", providerOrderId: null });

    const linked = await reconcileOrder({ orderId: order.id }, OPERATOR);
    expect(linked.status).toBe("PROCESSING");
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(1);
    expect(await actions("ktn.order.reconcile")).toEqual(["REQUESTED", "UNKNOWN TIMEOUT", "REQUESTED", "SUCCEEDED"]);
  });

  it("marks the order FAILED and returns it when KTN refuses the replay (its refusal is the answer)", async () => {
    const order = await unknownPurchase("timeout");
    await ktnControl("set-account", { balance: "1.00" });

    const failed = await reconcileOrder({ orderId: order.id }, OPERATOR);

    expect(failed).toMatchObject({ status: "FAILED", lastErrorCode: "HTTP_400", lastErrorMessage: "insufficient account balance" });
    expect(needsReplay(failed)).toBe(false);
    expect(await ktnOrdersForKey(order.idempotencyKey)).toHaveLength(0);
  });

  it("throws when KTN cannot be asked (rate limited), leaving the order UNKNOWN for the next attempt", async () => {
    const order = await unknownPurchase("timeout");
    addFault("ktn", { fault: { kind: "status", status: 429, retryAfterSeconds: 1 }, ...purchaseFault, count: 1 });

    expect(await providerRejection(reconcileOrder({ orderId: order.id }, OPERATOR))).toMatchObject({ code: "RATE_LIMITED", outcome: "failed" });

    expect((await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("UNKNOWN");
  });
});

describe("refund, void and reading back their lost answers", () => {
  it("voids a processing order; refunds a fulfilled one, whose credentials can then no longer be revealed", async () => {
    const toVoid = await purchaseGiftCard(rewarble, OPERATOR);
    expect((await voidOrder({ orderId: toVoid.id }, OPERATOR)).status).toBe("VOIDED");

    const toRefund = await purchaseGiftCard(rewarble, OPERATOR);
    await ktnControl("fulfil", { orderId: Number(toRefund.providerOrderId) });
    expect((await syncOrder({ orderId: toRefund.id }, OPERATOR)).status).toBe("FULFILLED");
    const [credential] = await revealCredentials({ orderId: toRefund.id }, OPERATOR);
    expect(credential.cardNumber).toMatch(/^[A-Z0-9]{16}$/);
    const revealed = await test.db.auditEvent.findFirstOrThrow({ where: { action: "ktn.order.credentials-reveal", outcome: "SUCCEEDED" } });
    expect(JSON.parse(revealed.responseSummary!)).toEqual({ cardsRevealed: 1 });
    expect(JSON.stringify(await test.db.auditEvent.findMany())).not.toContain(credential.cardNumber!);
    const refunded = await refundOrder({ orderId: toRefund.id, reason: "Customer changed their mind" }, OPERATOR);
    expect(refunded).toMatchObject({ status: "REFUNDED", refundReason: "Customer changed their mind" });
    expect(await rejection(revealCredentials({ orderId: toRefund.id }, OPERATOR))).toMatchObject({ code: "NOT_FULFILLED", message: expect.stringMatching(/refunded/) });
  });

  it("reads back a refund whose answer was lost: UNKNOWN, then REFUNDED from KTN's order", async () => {
    const order = await purchaseGiftCard(rewarble, OPERATOR);
    await ktnControl("fulfil", { orderId: Number(order.providerOrderId) });
    await syncOrder({ orderId: order.id }, OPERATOR);
    addFault("ktn", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: "refundOrderPayment", count: 1 });

    const error = await providerRejection(refundOrder({ orderId: order.id, reason: "Duplicate purchase" }, OPERATOR));
    expect(error).toMatchObject({ code: "TIMEOUT", outcome: "unknown" });
    expect((await test.db.giftCardOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("UNKNOWN");

    const reconciled = await reconcileOrder({ orderId: order.id }, OPERATOR);
    expect(reconciled.status).toBe("REFUNDED");
    expect(await actions("ktn.order.refund")).toEqual(["REQUESTED", "UNKNOWN TIMEOUT"]);
  });
});

describe("syncOrder", () => {
  it("stores a status change once, audited as the actor; an unchanged order writes nothing", async () => {
    const order = await purchaseGiftCard(rewarble, OPERATOR);
    expect(await syncOrder({ orderId: order.id }, OPERATOR)).toMatchObject({ status: "PROCESSING" });
    expect(await actions("ktn.order.reconcile")).toEqual([]);

    await ktnControl("fulfil", { orderId: Number(order.providerOrderId) });
    expect(await syncOrder({ orderId: order.id }, OPERATOR)).toMatchObject({ status: "FULFILLED", providerStatus: "SUCCESS/SUCCESS" });
    expect(await syncOrder({ orderId: order.id }, OPERATOR)).toMatchObject({ status: "FULFILLED" });
    const rows = await test.db.auditEvent.findMany({ where: { action: "ktn.order.reconcile" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "SUCCEEDED", message: "status PROCESSING → FULFILLED", actorEmail: "op@example.com" });
  });
});
