import { afterEach, describe, expect, it, vi } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { sandboxFor } from "@/lib/sandbox/mount";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { ktnControl, ktnOrdersForKey, OPERATOR, setUpKtnOperations } from "../testing/operations-harness";
import { FEE_PREFERENCE_TTL_MS } from "./fee-preference";
import { purchaseGiftCard } from "./purchase";
import { catalogueView } from "./queries";

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

describe("purchaseGiftCard and the fee preference", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** Counts the getActiveFeePreference requests the KTN sandbox receives from now on. */
  function preferenceReads(): () => number {
    const handle = vi.spyOn(sandboxFor("ktn")!, "handle");
    return () => handle.mock.calls.filter(([req]) => new URL(req.url).pathname.endsWith("/getActiveFeePreference")).length;
  }

  /** The REQUESTED row's quote and the stored order's fee (what KTN charged) of the latest purchase. */
  async function quotedAndCharged() {
    const requested = await test.db.auditEvent.findFirstOrThrow({ where: { outcome: "REQUESTED" }, orderBy: { seq: "desc" } });
    const succeeded = await test.db.auditEvent.findFirstOrThrow({ where: { outcome: "SUCCEEDED" }, orderBy: { seq: "desc" } });
    const order = await test.db.giftCardOrder.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    return {
      expectedFee: JSON.parse(requested.requestSummary!).expectedFee,
      chargedFee: JSON.parse(succeeded.responseSummary!).fee,
      feeAmount: order.feeAmount.toString(),
      totalAmount: order.totalAmount.toString(),
    };
  }

  it("quotes the next purchase from the cached preference: no second round trip to KTN", async () => {
    const reads = preferenceReads();
    await purchaseGiftCard(rewarble("25"), OPERATOR);
    const order = await purchaseGiftCard(rewarble("30"), OPERATOR);

    expect(reads()).toBe(1);
    expect(order).toMatchObject({ status: "PROCESSING" });
    expect(order.feeAmount.toString()).toBe("0.6");
  });

  it("keeps the fee KTN charged when the preference changed since it was cached, and reads it again for the next quote", async () => {
    await purchaseGiftCard(rewarble("25"), OPERATOR);
    await ktnControl("set-fee-preference", { feeFor1To99: 0.9 });

    await purchaseGiftCard(rewarble("25"), OPERATOR);
    expect(await quotedAndCharged()).toEqual({ expectedFee: "0.6", chargedFee: 0.9, feeAmount: "0.9", totalAmount: "25.9" });

    await purchaseGiftCard(rewarble("25"), OPERATOR);
    expect(await quotedAndCharged()).toEqual({ expectedFee: "0.9", chargedFee: 0.9, feeAmount: "0.9", totalAmount: "25.9" });
  });

  it("reads the preference again once the cached one is older than its freshness bound", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const reads = preferenceReads();
    await purchaseGiftCard(rewarble("25"), OPERATOR);

    vi.setSystemTime(Date.now() + FEE_PREFERENCE_TTL_MS - 1_000);
    await purchaseGiftCard(rewarble("25"), OPERATOR);
    expect(reads()).toBe(1);

    vi.setSystemTime(Date.now() + 2_000);
    await purchaseGiftCard(rewarble("25"), OPERATOR);
    expect(reads()).toBe(2);
  });

  it("quotes from the preference the catalogue page just read", async () => {
    await purchaseGiftCard(rewarble("25"), OPERATOR);
    await ktnControl("set-fee-preference", { feeFor1To99: 0.75 });

    expect((await catalogueView()).preference.feeFor1To99).toBe(0.75);
    await purchaseGiftCard(rewarble("25"), OPERATOR);

    expect(await quotedAndCharged()).toEqual({ expectedFee: "0.75", chargedFee: 0.75, feeAmount: "0.75", totalAmount: "25.75" });
  });
});
