import type { KtnOrder } from "../schemas";

/**
 * The console's order states:
 * PENDING    stored with its idempotency key, the purchase not yet answered;
 * PROCESSING KTN accepted the order, the card is not yet fulfilled;
 * FULFILLED  the card was issued (credentials can be revealed);
 * FAILED     KTN refused the purchase, or fulfilment failed;
 * UNKNOWN    the purchase may or may not exist at KTN: reconciliation asks KTN;
 * REFUNDED / VOIDED after those actions.
 */
export const ORDER_STATUSES = ["PENDING", "PROCESSING", "FULFILLED", "FAILED", "UNKNOWN", "REFUNDED", "VOIDED"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Local state from KTN's `paymentStatus` / `giftCardStatus` (the examples show PENDING and
 * SUCCESS; FAILED, VOIDED and REFUNDED are our reading, see docs/providers/ktn.md).
 */
export function statusFromKtnOrder(order: Pick<KtnOrder, "paymentStatus" | "giftCardStatus">): OrderStatus {
  const statuses = [order.paymentStatus, order.giftCardStatus].map((s) => s.toUpperCase());
  if (statuses.includes("REFUNDED")) return "REFUNDED";
  if (statuses.includes("VOIDED") || statuses.includes("VOID")) return "VOIDED";
  if (statuses.includes("FAILED")) return "FAILED";
  if (order.giftCardStatus.toUpperCase() === "SUCCESS") return "FULFILLED";
  return "PROCESSING";
}

/** Orders that can still change at KTN: worth refreshing and polling. */
export function isOpenStatus(status: string): boolean {
  return status === "PENDING" || status === "PROCESSING" || status === "UNKNOWN";
}
