import type { GiftCardOrder } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { auditedProviderCall, auditedWrite } from "@/lib/operations/audited-call";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import { fromKtnOrder, loadOrder, orderTarget, purchaseBodyOf } from "./order-record";
import { syncRecord } from "./sync";

/**
 * A PENDING order older than this was interrupted between being stored and being answered
 * (a crash): it is reconciled like an UNKNOWN one (ms).
 */
const STALE_PENDING_MS = () => defaultTimeoutMs() * 3;

/** An order whose purchase KTN may or may not have: reconciling it resends the purchase under its key. */
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
 *   asked for). KTN's refusal (a 4xx other than 429) is its answer: the order is FAILED and
 *   returned; another unknown outcome leaves it UNKNOWN (auditedWrite) and it is returned too.
 * - a KTN order id and UNKNOWN (a refund or void lost its answer): reads the order back;
 * - otherwise an open order is synced (syncOrder).
 * @returns the updated order. @throws OperationError NOT_FOUND; ProviderError when KTN could not
 *   be asked (rate limited, or the stored body refused before sending; state unchanged).
 * Source: KTN "Purchase Gift Card" (Idempotent-Key), "Get Order By ID".
 */
export async function reconcileOrder({ orderId }: { orderId: string }, actor: Actor): Promise<GiftCardOrder> {
  const order = await loadOrder(orderId);
  const client = providerClient("ktn");
  const spec = { actor, action: "ktn.order.reconcile" as const, provider: "ktn" as const, target: orderTarget(order), idempotencyKey: order.idempotencyKey };

  if (needsReplay(order)) {
    const body = purchaseBodyOf(order);
    try {
      await auditedWrite({ ...spec, request: { replay: body } }, () => client.purchaseGiftCard(body, { idempotencyKey: order.idempotencyKey }), {
        onSuccess: (tx, ktnOrder) =>
          tx.giftCardOrder.update({ where: { id: order.id }, data: { ...fromKtnOrder(ktnOrder), reconciledAt: new Date() } }),
        onProviderError: async (tx, error) => {
          if (!isKtnRefusal(error)) return;
          await tx.giftCardOrder.update({
            where: { id: order.id },
            data: { status: "FAILED", lastErrorCode: error.code, lastErrorMessage: error.message, reconciledAt: new Date() },
          });
        },
        responseSummary: (o) => ({ id: o.id, paymentStatus: o.paymentStatus, giftCardStatus: o.giftCardStatus }),
      });
    } catch (error) {
      if (!(isProviderError(error) && isKtnRefusal(error))) throw error;
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
  return syncRecord(order, actor);
}

/** KTN looked at the purchase and refused it (a 4xx other than 429): that is the answer, the order failed. */
function isKtnRefusal(error: ProviderError): boolean {
  return error.outcome === "failed" && error.httpStatus !== null && error.httpStatus < 500 && error.httpStatus !== 429;
}
