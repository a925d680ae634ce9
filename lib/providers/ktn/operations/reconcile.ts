import type { GiftCardOrder } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { isProviderError } from "@/lib/providers/provider-error";
import { fromKtnOrder, loadOrder, orderTarget, purchaseBodyOf } from "./order-record";
import { syncOrder } from "./sync";
import { providerClient } from "@/lib/providers/registry";

/**
 * A PENDING order older than this was interrupted between being stored and being answered
 * (a crash): it is reconciled like an UNKNOWN one (ms).
 */
const STALE_PENDING_MS = () => defaultTimeoutMs() * 3;

export function needsReplay(order: GiftCardOrder, now = Date.now()): boolean {
  if (order.providerOrderId) return false;
  if (order.status === "UNKNOWN") return true;
  return order.status === "PENDING" && now - order.createdAt.getTime() > STALE_PENDING_MS();
}

/**
 * Resolves what KTN knows about an order, never buying twice:
 * - no KTN order id yet (UNKNOWN, or a stale PENDING): resends the stored purchase body under
 *   the stored `Idempotent-Key`. KTN answers an already-applied key with the same order (so the
 *   order is linked) and a never-received one by creating it once (the purchase the operator
 *   asked for). A refusal marks the order FAILED; another unknown outcome leaves it UNKNOWN.
 * - a KTN order id and UNKNOWN (a refund or void lost its answer): reads the order back;
 * - otherwise an open order is synced (syncOrder).
 * @returns the updated order. @throws ProviderError when KTN cannot be asked (state unchanged).
 * Source: KTN "Purchase Gift Card" (Idempotent-Key), "Get Order By ID".
 */
export async function reconcileOrder({ orderId }: { orderId: string }, actor: Actor): Promise<GiftCardOrder> {
  const order = await loadOrder(orderId);
  const client = providerClient("ktn");
  const spec = { actor, action: "ktn.order.reconcile" as const, provider: "ktn" as const, target: orderTarget(order), idempotencyKey: order.idempotencyKey };

  if (needsReplay(order)) {
    const body = purchaseBodyOf(order);
    try {
      await auditedProviderCall({ ...spec, request: { replay: body } }, () => client.purchaseGiftCard(body, { idempotencyKey: order.idempotencyKey }), {
        onSuccess: (tx, ktnOrder) =>
          tx.giftCardOrder.update({ where: { id: order.id }, data: { ...fromKtnOrder(ktnOrder), reconciledAt: new Date() } }),
        onProviderError: async (tx, error) => {
          if (error.outcome === "failed" && error.httpStatus !== null && error.httpStatus < 500 && error.httpStatus !== 429) {
            await tx.giftCardOrder.update({
              where: { id: order.id },
              data: { status: "FAILED", lastErrorCode: error.code, lastErrorMessage: error.message, reconciledAt: new Date() },
            });
          }
        },
        responseSummary: (o) => ({ id: o.id, paymentStatus: o.paymentStatus, giftCardStatus: o.giftCardStatus }),
      });
    } catch (error) {
      if (!isProviderError(error)) throw error;
    }
    return loadOrder(order.id);
  }

  if (order.providerOrderId && order.status === "UNKNOWN") {
    // A refund or void whose answer was lost: KTN's order status says which way it went.
    await auditedProviderCall(spec, () => client.getOrderById(Number(order.providerOrderId)), {
      onSuccess: (tx, ktnOrder) =>
        tx.giftCardOrder.update({ where: { id: order.id }, data: { ...fromKtnOrder(ktnOrder), reconciledAt: new Date() } }),
      responseSummary: (o) => ({ id: o.id, paymentStatus: o.paymentStatus, giftCardStatus: o.giftCardStatus }),
    });
    return loadOrder(order.id);
  }
  return syncOrder(order, actor);
}
