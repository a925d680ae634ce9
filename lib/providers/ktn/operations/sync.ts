import type { GiftCardOrder } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { auditTransaction } from "@/lib/audit/record";
import { providerClient } from "@/lib/providers/registry";
import { fromKtnOrder, loadOrder, orderTarget } from "./order-record";
import { isOpenStatus } from "./order-status";

/**
 * Reads an open order back from KTN (getGiftCardOrderById) and stores what changed. Polling
 * views call this every few seconds, so a row is audited only when the status moves
 * (e.g. PROCESSING → FULFILLED), as a ktn.order.reconcile by `actor` (the polling route acts as
 * SYSTEM_ACTOR: the console). Orders without a KTN id or no longer open are returned unchanged
 * (UNKNOWN ones need reconcileOrder, which may resend the purchase).
 * @throws OperationError NOT_FOUND, ProviderError when KTN cannot be read. Source: KTN "Get Order By ID".
 */
export async function syncOrder({ orderId }: { orderId: string }, actor: Actor): Promise<GiftCardOrder> {
  return syncRecord(await loadOrder(orderId), actor);
}

/** {@link syncOrder} for a record already read. */
export async function syncRecord(order: GiftCardOrder, actor: Actor): Promise<GiftCardOrder> {
  if (!order.providerOrderId || !isOpenStatus(order.status) || order.status === "UNKNOWN") return order;
  const started = performance.now();
  const ktnOrder = await providerClient("ktn").getOrderById(Number(order.providerOrderId));
  const data = fromKtnOrder(ktnOrder);
  if (data.status === order.status && data.providerStatus === order.providerStatus) return order;
  return auditTransaction(async (tx, audit) => {
    const updated = await tx.giftCardOrder.update({ where: { id: order.id }, data: { ...data, reconciledAt: new Date() } });
    await audit({
      actor,
      action: "ktn.order.reconcile",
      provider: "ktn",
      target: orderTarget(order),
      outcome: "SUCCEEDED",
      message: `status ${order.status} → ${updated.status}`,
      response: { id: ktnOrder.id, paymentStatus: ktnOrder.paymentStatus, giftCardStatus: ktnOrder.giftCardStatus },
      durationMs: Math.round(performance.now() - started),
    });
    return updated;
  });
}
