import type { GiftCardOrder } from "@prisma/client";
import { randomUUID } from "node:crypto";
import type { Actor, StaffActor } from "@/lib/audit/actor";
import { auditedWrite } from "@/lib/operations/audited-call";
import { db } from "@/lib/db";
import type { KtnPurchaseRequest } from "../schemas";
import { findCard, quotePurchase } from "./catalogue";
import { activeFeePreference, forgetFeePreference } from "./fee-preference";
import { fromKtnOrder, orderTarget } from "./order-record";
import { providerClient } from "@/lib/providers/registry";

export interface PurchaseInput {
  productId: number;
  /** Face value in the card's currency, major units, as a decimal string ("25" or "25.50"). */
  unitPrice: string;
  senderName: string;
  recipientEmail?: string;
}

/**
 * Buys one gift card, crash-safe:
 * 1. the local order (status PENDING) and its fresh idempotency key are stored, with the
 *    REQUESTED audit row, BEFORE KTN is called; the fee and total stored then are the quote from the
 *    fee preference (activeFeePreference: at most a minute old, no round trip when cached);
 * 2. KTN purchaseGiftCard is called with `Idempotent-Key`;
 * 3. the answer updates the order (PROCESSING / FULFILLED) with the SUCCEEDED row, fee and total
 *    as KTN charged them (when they differ from the quote the preference changed at KTN: the cached
 *    one is dropped, and both figures stay in the audit trail); a refusal
 *    marks it FAILED; a timeout, lost response or 5xx marks it UNKNOWN (reconcileOrder resolves
 *    it by resending the same body under the same key, which KTN answers with the same order).
 * @returns the stored order; status UNKNOWN is a successful return (the outcome is pending).
 * @throws OperationError for a bad product or denomination (nothing stored), ProviderError when
 *   KTN refused the purchase (the order is kept as FAILED).
 * Source: KTN "Purchase Gift Card" (Idempotent-Key: "Retries of the same transaction should send
 * the original Idempotent-Key").
 */
export async function purchaseGiftCard(input: PurchaseInput, actor: Actor<StaffActor>): Promise<GiftCardOrder> {
  const { staff } = actor;
  const client = providerClient("ktn");
  const card = await findCard(input.productId);
  const quote = quotePurchase(card, input.unitPrice, await activeFeePreference());
  const idempotencyKey = randomUUID();
  const id = randomUUID();
  const body: KtnPurchaseRequest = {
    productId: card.productId,
    unitPrice: quote.unitPrice.toNumber(),
    senderName: input.senderName,
    ...(input.recipientEmail ? { email: input.recipientEmail } : {}),
  };
  const outcome = await auditedWrite(
    {
      actor,
      action: "ktn.order.purchase",
      provider: "ktn",
      target: orderTarget({ id }),
      idempotencyKey,
      request: { ...body, expectedFee: quote.fee.toString(), expectedTotal: quote.total.toString() },
    },
    () => client.purchaseGiftCard(body, { idempotencyKey }),
    {
      onRequested: (tx) =>
        tx.giftCardOrder.create({
          data: {
            id,
            idempotencyKey,
            productId: card.productId,
            productName: card.productName,
            brandName: card.brand.brandName,
            countryIsoName: card.country?.isoName ?? null,
            currencyCode: card.recipientCurrencyCode ?? "USD",
            unitPrice: quote.unitPrice.toString(),
            quantity: 1,
            senderName: input.senderName,
            recipientEmail: input.recipientEmail ?? null,
            feeAmount: quote.fee.toString(),
            totalAmount: quote.total.toString(),
            status: "PENDING",
            createdById: staff.id,
            createdByEmail: staff.email,
          },
        }),
      onSuccess: (tx, order) => {
        if (!quote.fee.eq(order.fee)) forgetFeePreference();
        return tx.giftCardOrder.update({ where: { id }, data: fromKtnOrder(order) });
      },
      onProviderError: async (tx, error) => {
        await tx.giftCardOrder.update({
          where: { id },
          data: {
            status: error.outcome === "unknown" ? "UNKNOWN" : "FAILED",
            lastErrorCode: error.code,
            lastErrorMessage: error.message,
          },
        });
      },
      responseSummary: (order) => ({ id: order.id, paymentStatus: order.paymentStatus, giftCardStatus: order.giftCardStatus, fee: order.fee, total: order.total }),
    },
  );
  // KTN answered: the order as updated in the outcome transaction; else re-read the UNKNOWN one.
  return outcome.known ? outcome.value : db.giftCardOrder.findUniqueOrThrow({ where: { id } });
}
