import Decimal from "decimal.js";
import { z } from "zod";
import type { KtnDenominations } from "@/lib/providers/ktn/denominations";

const orderId = z.string().min(1).max(64);

/** A decimal amount in major units with at most two decimals ("25", "25.5", "25.50"). */
export const decimalAmount = z
  .string()
  .trim()
  .max(16, "Enter an amount like 25 or 25.50.")
  .regex(/^\d{1,6}(\.\d{1,2})?$/, "Enter an amount like 25 or 25.50.");

export const purchaseSchema = z.object({
  productId: z.coerce.number().int().positive(),
  unitPrice: decimalAmount,
  senderName: z.string().trim().min(1, "Enter the sender name shown on the card.").max(100),
  recipientEmail: z
    .union([z.literal(""), z.string().trim().max(254, "Enter a valid email or leave it empty.").email("Enter a valid email or leave it empty.")])
    .optional()
    .transform((v) => v || undefined),
});
export type PurchaseFormInput = z.input<typeof purchaseSchema>;

/**
 * Why `unitPrice` is not a price of a card with these denominations: not one of the FIXED values,
 * or outside the RANGE (inclusive, compared as decimals). Null when it is one, and for an amount
 * that is not a decimal at all (decimalAmount says so). The purchase form checks this in the
 * browser; the operation checks the catalogue's card again before sending.
 */
export function denominationProblem(denominations: KtnDenominations | null, unitPrice: string): string | null {
  if (!decimalAmount.safeParse(unitPrice).success) return null;
  if (!denominations) return "This card cannot be bought.";
  const price = new Decimal(unitPrice.trim());
  if (denominations.type === "FIXED") return denominations.values.some((v) => price.eq(v)) ? null : `Choose one of ${denominations.values.join(", ")}.`;
  return price.gte(denominations.min) && price.lte(denominations.max) ? null : `Enter an amount between ${denominations.min} and ${denominations.max}.`;
}

export const orderIdSchema = z.object({ orderId });

export const refundSchema = z.object({
  orderId,
  reason: z.string().trim().min(3, "Say why the order is refunded (at least 3 characters).").max(500),
});

export const ORDER_FILTER_STATUSES = ["PENDING", "PROCESSING", "FULFILLED", "FAILED", "UNKNOWN", "REFUNDED", "VOIDED"] as const;

export const orderListFilterSchema = z.object({
  status: z.enum(ORDER_FILTER_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  cursor: z.string().max(64).optional().catch(undefined),
});
