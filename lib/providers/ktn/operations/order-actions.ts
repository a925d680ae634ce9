import type { GiftCardOrder, Prisma } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { type ProviderError } from "@/lib/providers/provider-error";
import type { KtnCredential } from "../schemas";
import { fromKtnOrder, loadOrder, orderTarget, providerOrderIdOf } from "./order-record";
import { providerClient } from "@/lib/providers/registry";

const summary = (o: { id: number; paymentStatus: string; giftCardStatus: string }) => ({
  id: o.id,
  paymentStatus: o.paymentStatus,
  giftCardStatus: o.giftCardStatus,
});

/**
 * Asks KTN to re-check a processing order (refreshOrder), then reads it back (getOrderById).
 * @throws OperationError NOT_AT_PROVIDER, ProviderError. Source: KTN "Refresh Order".
 */
export async function refreshOrder({ orderId }: { orderId: string }, actor: Actor): Promise<GiftCardOrder> {
  const order = await loadOrder(orderId);
  const providerId = providerOrderIdOf(order);
  const client = providerClient("ktn");
  return auditedProviderCall(
    { actor, action: "ktn.order.refresh", provider: "ktn", target: orderTarget(order), request: { orderId: providerId } },
    async () => {
      await client.refreshOrder(providerId);
      return client.getOrderById(providerId);
    },
    { onSuccess: (tx, o) => tx.giftCardOrder.update({ where: { id: order.id }, data: fromKtnOrder(o) }), responseSummary: summary },
  );
}

/**
 * Fetches a fulfilled card's credentials for display once. They are never stored, and the audit
 * row records only that they were revealed (how many, not what). A refunded, voided or failed
 * order has none to give (KTN answers 400 for them).
 * @throws OperationError NOT_FULFILLED, ProviderError. Source: KTN "Get Gift Card Credentials".
 */
export async function revealCredentials({ orderId }: { orderId: string }, actor: Actor): Promise<KtnCredential[]> {
  const order = await loadOrder(orderId);
  if (order.status !== "FULFILLED") {
    throw new OperationError(
      "NOT_FULFILLED",
      order.status === "REFUNDED"
        ? "This order was refunded: its card is no longer valid, so there are no credentials to show."
        : "Credentials exist only once the card is fulfilled. Refresh the order first.",
    );
  }
  const providerId = providerOrderIdOf(order);
  return auditedProviderCall(
    { actor, action: "ktn.order.credentials-reveal", provider: "ktn", target: orderTarget(order), request: { orderId: providerId } },
    () => providerClient("ktn").getCredentials(providerId),
    { onSuccess: async (_tx, credentials) => credentials, responseSummary: (c) => ({ cardsRevealed: c.length }) },
  );
}

/** A money move whose answer was lost leaves the order UNKNOWN, for reconcileOrder to read back. */
async function markUnknownOnLostAnswer(tx: Prisma.TransactionClient, id: string, error: ProviderError) {
  if (error.outcome !== "unknown") return;
  await tx.giftCardOrder.update({ where: { id }, data: { status: "UNKNOWN", lastErrorCode: error.code, lastErrorMessage: error.message } });
}

/**
 * Refunds a paid order (refundOrderPayment). KTN's acknowledgement is the answer; a lost one
 * leaves the order UNKNOWN until reconciliation reads it back.
 * @throws OperationError NOT_REFUNDABLE (not paid, or already refunded/voided), ProviderError
 *   (e.g. a non-refundable brand). Source: KTN "Refund Order Payment".
 */
export async function refundOrder({ orderId, reason }: { orderId: string; reason: string }, actor: Actor): Promise<GiftCardOrder> {
  const order = await loadOrder(orderId);
  if (order.status !== "FULFILLED") {
    throw new OperationError("NOT_REFUNDABLE", `A ${order.status.toLowerCase()} order cannot be refunded; only a fulfilled one.`);
  }
  const providerId = providerOrderIdOf(order);
  return auditedProviderCall(
    { actor, action: "ktn.order.refund", provider: "ktn", target: orderTarget(order), request: { orderId: providerId, reason } },
    () => providerClient("ktn").refundOrder(providerId),
    {
      onSuccess: (tx) =>
        tx.giftCardOrder.update({
          where: { id: order.id },
          data: { status: "REFUNDED", refundReason: reason, lastErrorCode: null, lastErrorMessage: null },
        }),
      onProviderError: (tx, error) => markUnknownOnLostAnswer(tx, order.id, error),
    },
  );
}

/**
 * Voids an order's payment before fulfilment (voidOrderPayment).
 * @throws OperationError NOT_VOIDABLE once fulfilled, ProviderError. Source: KTN "Void Order Payment".
 */
export async function voidOrder({ orderId }: { orderId: string }, actor: Actor): Promise<GiftCardOrder> {
  const order = await loadOrder(orderId);
  if (order.status !== "PROCESSING") {
    throw new OperationError("NOT_VOIDABLE", "Only an order KTN has not fulfilled yet can be voided; refund a fulfilled one.");
  }
  const providerId = providerOrderIdOf(order);
  return auditedProviderCall(
    { actor, action: "ktn.order.void", provider: "ktn", target: orderTarget(order), request: { orderId: providerId } },
    () => providerClient("ktn").voidOrder(providerId),
    {
      onSuccess: (tx) =>
        tx.giftCardOrder.update({ where: { id: order.id }, data: { status: "VOIDED", lastErrorCode: null, lastErrorMessage: null } }),
      onProviderError: (tx, error) => markUnknownOnLostAnswer(tx, order.id, error),
    },
  );
}
