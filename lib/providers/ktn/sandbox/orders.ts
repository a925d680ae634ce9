import Decimal from "decimal.js";
import type { KtnCredential } from "../schemas";
import { cardCode, giftCardCustomIdentifier, giftCardTransactionId } from "./codes";
import { brandOf, requireProduct } from "./products";
import { badRequest, notFound } from "./responses";
import { adjustBalance, type SandboxOrder, type SandboxState } from "./state";

/*
 * The order state machine (see notes/ktn-assumptions.md):
 *   purchase → PENDING/PENDING (balance held under CHARGE_ACCOUNT_BALANCE)
 *   fulfil   → SUCCESS/SUCCESS, or FAILED/FAILED for failing products (hold given back)
 *   void     → VOIDED/VOIDED, only while PENDING (hold given back)
 *   refund   → REFUNDED/REFUNDED, only after SUCCESS and for refundable brands (balance credited)
 */

export function requireOrder(state: SandboxState, orderId: number): SandboxOrder {
  const order = state.orders.get(orderId);
  if (!order) throw notFound("gift card order not found", `no gift card order with orderId ${orderId}`);
  return order;
}

function giveBackHold(state: SandboxState, order: SandboxOrder, at: Date): void {
  adjustBalance(state.account, order.balanceHeld, at);
  order.balanceHeld = new Decimal(0);
}

function touch(order: SandboxOrder, at: Date, versions: number): void {
  order.updatedAt = at;
  order.version += versions;
}

/** Completes a PENDING order: the card is issued, or (failing products) the order fails uncharged. */
export function fulfil(state: SandboxState, order: SandboxOrder, at: Date): void {
  if (requireProduct(order.productId).alwaysFails) {
    order.paymentStatus = "FAILED";
    order.giftCardStatus = "FAILED";
    giveBackHold(state, order, at);
  } else {
    order.paymentStatus = "SUCCESS";
    order.giftCardStatus = "SUCCESS";
    order.giftCardTransactionId = giftCardTransactionId(order.id);
    order.giftCardCustomIdentifier = giftCardCustomIdentifier(order.id);
    const brand = brandOf(requireProduct(order.productId));
    order.credentials = [{ ...cardCode(order.id), redemptionUrl: brand.redemptionUrl }];
  }
  // Two state changes (payment, then gift card), as the example's version 0 → 2 shows.
  touch(order, at, 2);
}

/** Fulfils every PENDING order created at least `delayMs` before `now`. */
export function fulfilDue(state: SandboxState, now: Date, delayMs: number): void {
  for (const order of state.orders.values()) {
    const dueAt = order.createdAt.getTime() + delayMs;
    if (order.giftCardStatus === "PENDING" && dueAt <= now.getTime()) fulfil(state, order, new Date(dueAt));
  }
}

/** Source: "Void Order Payment" — "before it is fully processed". */
export function voidOrder(state: SandboxState, order: SandboxOrder, at: Date): void {
  if (order.giftCardStatus !== "PENDING") {
    throw badRequest(
      "order cannot be voided",
      `order ${order.id} is already processed (giftCardStatus ${order.giftCardStatus}); only PENDING orders can be voided`,
    );
  }
  order.paymentStatus = "VOIDED";
  order.giftCardStatus = "VOIDED";
  giveBackHold(state, order, at);
  touch(order, at, 1);
}

/** Source: "Refund Order Payment" — eligibility by brand and order status. */
export function refundOrder(state: SandboxState, order: SandboxOrder, at: Date): void {
  if (order.giftCardStatus === "PENDING") {
    throw badRequest("order is not eligible for a refund", `order ${order.id} is not fulfilled yet; void it instead`);
  }
  if (order.paymentStatus !== "SUCCESS") {
    throw badRequest(
      "order is not eligible for a refund",
      `order ${order.id} has paymentStatus ${order.paymentStatus}; only paid orders can be refunded`,
    );
  }
  const brand = brandOf(requireProduct(order.productId));
  if (!brand.refundable) {
    throw badRequest("order is not eligible for a refund", `${brand.brandName} gift cards are non-refundable once fulfilled`);
  }
  order.paymentStatus = "REFUNDED";
  order.giftCardStatus = "REFUNDED";
  giveBackHold(state, order, at);
  touch(order, at, 1);
}

/** The codes of a fulfilled order; none yet while PENDING; refused once it failed or was reversed. */
export function credentialsOf(order: SandboxOrder): KtnCredential[] {
  if (order.giftCardStatus === "SUCCESS") return order.credentials;
  if (order.giftCardStatus === "PENDING") return [];
  throw badRequest(
    "gift card credentials are not available",
    `order ${order.id} has giftCardStatus ${order.giftCardStatus}; credentials exist only for SUCCESS orders`,
  );
}
