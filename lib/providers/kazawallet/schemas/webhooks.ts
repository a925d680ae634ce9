import { z } from "zod";
import { currencyCode, wireAmount, wireId } from "./common";

/**
 * Inbound webhook bodies. The payment-link fields are documented (seed 004 "Webhook Payload");
 * the JSON around them, the card events' envelope and the withdrawal / deposit bodies are OUR
 * DESIGN (every example was lost, kazawallet-recovered.md §2.2, §3, §4.4, §7).
 */

/**
 * Payment-link webhook: order_id, secret, amount, ref, status, currency. Kasroad's own plugin
 * reads `id` instead of `order_id`; both are accepted and `order_id` wins.
 */
export const paymentLinkWebhookSchema = z
  .object({
    order_id: wireId.optional(),
    id: wireId.optional(),
    secret: z.string().min(1),
    amount: z.union([z.string(), z.number()]).transform(String),
    ref: z.string().nullish(),
    status: z.enum(["fulfilled", "timed_out"]),
    currency: currencyCode.optional(),
  })
  .transform((body, ctx) => {
    const orderId = body.order_id ?? body.id;
    if (!orderId) {
      ctx.addIssue({ code: "custom", message: "order_id (or id) is required" });
      return z.NEVER;
    }
    return { ...body, orderId };
  });
export type PaymentLinkWebhook = z.output<typeof paymentLinkWebhookSchema>;

/** `details` of CC_CONSUME / CC_REFUND / CC_RECHARGE. Source: seed 004 "Card Transaction Events" field notes. */
export const cardTransactionDetailsSchema = z.object({
  reason: z.string().nullish(),
  amount: wireAmount,
  transactionAt: z.number().int(),
  type: z.number().int(),
  originalAmount: wireAmount.nullish(),
  originalCurrency: currencyCode.nullish(),
  currency: currencyCode,
  status: z.number().int(),
  direction: z.number().int(),
  cardNumber: z.string(),
  merchantName: z.string().nullish(),
});

/** `details` of 3DS_CONFIRM. Source: seed 004 "3DS Confirmation Event" field notes. */
export const threeDsDetailsSchema = z.object({
  amount: wireAmount,
  type: z.string(),
  cardNumber: z.string(),
  merchants: z.string().nullish(),
  transactionCurrency: currencyCode,
  transactionDate: z.number().int(),
  validateCode: z.string().min(1),
});

/**
 * The card events' envelope (OUR DESIGN of the lost "Webhook Body (always)"): `{event, cardId, details}`,
 * for the four events of seed 004 "Card Webhooks" › "Events": CC_CONSUME, CC_REFUND, CC_RECHARGE, 3DS_CONFIRM.
 */
export const cardWebhookSchema = z.discriminatedUnion("event", [
  z.object({ event: z.literal("CC_CONSUME"), cardId: z.string().min(1), details: cardTransactionDetailsSchema }),
  z.object({ event: z.literal("CC_REFUND"), cardId: z.string().min(1), details: cardTransactionDetailsSchema }),
  z.object({ event: z.literal("CC_RECHARGE"), cardId: z.string().min(1), details: cardTransactionDetailsSchema }),
  z.object({ event: z.literal("3DS_CONFIRM"), cardId: z.string().min(1), details: threeDsDetailsSchema }),
]);
export type CardWebhook = z.infer<typeof cardWebhookSchema>;

/** Withdrawal / deposit webhook (OUR DESIGN): the request's `transaction_id` and its new status. */
export const paymentRequestWebhookSchema = z.object({
  event: z.enum(["WITHDRAWAL", "DEPOSIT"]),
  transaction_id: wireId,
  status: z.string().min(1),
  amount: wireAmount.optional(),
  currency: currencyCode.optional(),
});
export type PaymentRequestWebhook = z.infer<typeof paymentRequestWebhookSchema>;
