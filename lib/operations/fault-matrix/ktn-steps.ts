import type { GiftCardOrder } from "@prisma/client";
import { db } from "@/lib/db";
import { refundOrder, voidOrder } from "@/lib/providers/ktn/operations/order-actions";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { reconcileOrder } from "@/lib/providers/ktn/operations/reconcile";
import { syncOrder } from "@/lib/providers/ktn/operations/sync";
import { ktnControl, OPERATOR } from "@/lib/providers/ktn/testing/operations-harness";
import { type LocalRecord, type ProviderRows, step } from "./step";

/*
 * KTN's money-moving steps: purchase (Idempotent-Key; reconciliation resends under the same key),
 * refund and void of an order KTN has (reconciliation reads the order back).
 */

const REWARBLE = { productId: 18808, unitPrice: "40", senderName: "Acme Corp" };

type KtnOrderView = { id: number; idempotencyKey: string | null; paymentStatus: string; giftCardStatus: string };
const ktnOrders = async () => (await ktnControl<{ orders: KtnOrderView[] }>("orders")).orders;

/** The console's orders, judged; `moved` says which of them the step's money movement reached. */
async function orders(moved: (o: GiftCardOrder) => boolean): Promise<LocalRecord[]> {
  return (await db.giftCardOrder.findMany()).map((o) => ({
    id: o.id,
    status: o.status,
    moved: moved(o),
    settled: o.status !== "UNKNOWN" && o.status !== "PENDING",
  }));
}

/** Our order, bought and (for a refund) fulfilled at KTN and here. */
async function boughtOrder(fulfilled: boolean): Promise<{ orderId: string; ktnId: number }> {
  const order = await purchaseGiftCard(REWARBLE, OPERATOR);
  const ktnId = Number(order.providerOrderId);
  if (fulfilled) {
    await ktnControl("fulfil", { orderId: ktnId });
    await syncOrder({ orderId: order.id }, OPERATOR);
  }
  return { orderId: order.id, ktnId };
}

/** Reconciliation as the order page offers it: every order left UNKNOWN is reconciled once. */
async function reconcileUnknown(): Promise<void> {
  for (const order of await db.giftCardOrder.findMany({ where: { status: "UNKNOWN" } })) await reconcileOrder({ orderId: order.id }, OPERATOR);
}

const purchase = step<Record<string, never>>({
  provider: "ktn",
  name: "KTN purchase",
  request: { method: "POST", pathIncludes: "purchaseGiftCard" },
  action: "ktn.order.purchase",
  setup: async () => ({}),
  run: () => purchaseGiftCard(REWARBLE, OPERATOR),
  reconcile: reconcileUnknown,
  providerCount: async () => {
    const keys = new Set((await db.giftCardOrder.findMany()).map((o) => o.idempotencyKey));
    return (await ktnOrders()).filter((o) => o.idempotencyKey && keys.has(o.idempotencyKey)).length;
  },
  localRecords: () => orders((o) => o.providerOrderId !== null && o.status !== "FAILED"),
});

const refund = step<{ orderId: string; ktnId: number }>({
  provider: "ktn",
  name: "KTN refund",
  request: { method: "POST", pathIncludes: "refundOrderPayment" },
  action: "ktn.order.refund",
  setup: () => boughtOrder(true),
  run: (ctx) => refundOrder({ orderId: ctx.orderId, reason: "Customer changed their mind" }, OPERATOR),
  reconcile: reconcileUnknown,
  providerCount: async (ctx) => (await ktnOrders()).filter((o) => o.id === ctx.ktnId && o.paymentStatus === "REFUNDED").length,
  localRecords: () => orders((o) => o.status === "REFUNDED"),
});

const voidPayment = step<{ orderId: string; ktnId: number }>({
  provider: "ktn",
  name: "KTN void",
  request: { method: "POST", pathIncludes: "voidOrderPayment" },
  action: "ktn.order.void",
  setup: () => boughtOrder(false),
  run: (ctx) => voidOrder({ orderId: ctx.orderId }, OPERATOR),
  reconcile: reconcileUnknown,
  providerCount: async (ctx) => (await ktnOrders()).filter((o) => o.id === ctx.ktnId && o.paymentStatus === "VOIDED").length,
  localRecords: () => orders((o) => o.status === "VOIDED"),
});

export const KTN_ROWS: ProviderRows = {
  provider: "ktn",
  clear: async () => {
    await db.giftCardOrder.deleteMany();
  },
  steps: [purchase, refund, voidPayment],
};
