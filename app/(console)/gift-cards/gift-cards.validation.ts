import { z } from "zod";

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
export type OrderListFilter = z.infer<typeof orderListFilterSchema>;
