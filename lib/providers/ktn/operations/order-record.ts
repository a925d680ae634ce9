import type { GiftCardOrder, Prisma } from "@prisma/client";
import Decimal from "decimal.js";
import { OperationError } from "@/lib/errors";
import { db } from "@/lib/db";
import type { KtnOrder, KtnPurchaseRequest } from "../schemas";
import { statusFromKtnOrder } from "./order-status";

/** Audit target of an order: the console's own order id. */
export const orderTarget = (order: Pick<GiftCardOrder, "id">) => `gift-card-order:${order.id}`;

/** What KTN says about an order, as columns of our record. Amounts stay decimal strings. */
export function fromKtnOrder(order: KtnOrder): Prisma.GiftCardOrderUpdateInput {
  return {
    providerOrderId: String(order.id),
    providerStatus: `${order.paymentStatus}/${order.giftCardStatus}`,
    status: statusFromKtnOrder(order),
    feeAmount: new Decimal(order.fee).toString(),
    totalAmount: new Decimal(order.total).toString(),
    lastErrorCode: null,
    lastErrorMessage: null,
  };
}

/** The exact purchase body first sent, for an idempotent replay under the same key. */
export function purchaseBodyOf(order: GiftCardOrder): KtnPurchaseRequest {
  return {
    productId: order.productId,
    unitPrice: new Decimal(order.unitPrice.toString()).toNumber(),
    senderName: order.senderName,
    ...(order.recipientEmail ? { email: order.recipientEmail } : {}),
  };
}

/** @throws OperationError NOT_FOUND */
export async function loadOrder(id: string): Promise<GiftCardOrder> {
  const order = await db.giftCardOrder.findUnique({ where: { id } });
  if (!order) throw new OperationError("NOT_FOUND", "That order does not exist.");
  return order;
}

/** KTN's numeric order id. @throws OperationError NOT_AT_PROVIDER when KTN never confirmed one. */
export function providerOrderIdOf(order: GiftCardOrder): number {
  if (!order.providerOrderId) {
    throw new OperationError("NOT_AT_PROVIDER", "KTN has not confirmed this order yet. Reconcile it first.");
  }
  return Number(order.providerOrderId);
}
