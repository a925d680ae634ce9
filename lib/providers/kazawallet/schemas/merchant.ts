import { z } from "zod";
import { amountInput, currencyCode, wireAmount, wireId } from "./common";

/**
 * Payment links, withdrawals, merchant wallet (rates, balances, payment-method fields, deposit,
 * transfer). Each shape says whether it is documented, recovered, or OUR DESIGN.
 * Source: seed 004 "Payment Links", "Withdrawals", "Merchant Wallet"; kazawallet-recovered.md §2–§4.
 */

/** Payment-method fields: `{"bemo-dp-f1": "test-1"}` (recovered deposit example). */
const methodFields = z.record(z.string().min(1), z.string());

/** POST /createPaymentLink body. Source: recovered §2.1 (`ref` optional: the cURL example omits it). */
export const createPaymentLinkInputSchema = z.object({
  amount: amountInput(),
  currency: currencyCode,
  email: z.string().trim().email(),
  ref: z.string().trim().min(1).max(128).optional(),
  redirectUrl: z.string().url().optional(),
});
export type CreatePaymentLinkInput = z.input<typeof createPaymentLinkInputSchema>;

/** Payment-link answer: `success`, `id`, `url` as Kasroad's own WooCommerce plugin reads them (secondary evidence, §2.1). */
export const createPaymentLinkResponseSchema = z.object({ success: z.literal(true), id: wireId, url: z.string().url() });
export type CreatePaymentLinkResponse = z.infer<typeof createPaymentLinkResponseSchema>;

/** POST /createWithdrawalRequest body. Source: seed 004 "Create Withdrawal Request" field table. */
export const createWithdrawalInputSchema = z.object({
  email: z.string().trim().email(),
  currency: currencyCode,
  amount: amountInput(),
  note: z.string().trim().max(500).optional(),
  paymentMethod: z.union([z.string().min(1), z.number().int()]).transform(String),
  fields: methodFields.optional(),
});
export type CreateWithdrawalInput = z.input<typeof createWithdrawalInputSchema>;

/**
 * The request a deposit (documented, §4.4) or a withdrawal (OUR DESIGN: its examples are lost;
 * we read it as the deposit's `createdPayment`) creates. `transaction_id` is "de-…" for deposits.
 */
export const createdPaymentSchema = z.object({
  status: z.string(),
  message: z.string().nullable(),
  transaction_id: wireId,
  note: z.string().nullable(),
  extraPaymentInfo: z.unknown().nullable(),
});

/** Withdrawal / deposit answer: `{success, error: null, createdPayment}`. Source: recovered §4.4 (deposit). */
export const createdPaymentResponseSchema = z.object({
  success: z.literal(true),
  error: z.null().optional(),
  createdPayment: createdPaymentSchema,
});
export type CreatedPaymentResponse = z.infer<typeof createdPaymentResponseSchema>;

/** POST /createDepositRequest body. Source: recovered §4.4 (template and usage example). */
export const createDepositInputSchema = z.object({
  merchantEmail: z.string().trim().email(),
  email: z.string().trim().email(),
  currency: currencyCode,
  amount: amountInput(),
  note: z.string().trim().max(500).optional(),
  paymentMethod: z.coerce.number().int().positive(),
  fields: methodFields.optional(),
});
export type CreateDepositInput = z.input<typeof createDepositInputSchema>;

/** One exchange rate (OUR DESIGN: the get-rate examples are lost): 1 `from` = `rate` `to`. */
export const rateSchema = z.object({ from: currencyCode, to: currencyCode, rate: wireAmount });
/** GET /get-rate answer (OUR DESIGN). */
export const ratesResponseSchema = z.object({ success: z.literal(true), rates: z.array(rateSchema) });
export type RatesResponse = z.infer<typeof ratesResponseSchema>;

/** GET /get-merchant-wallets answer. Source: recovered §4.2 (`wallets: [{currency, amount}]`). */
export const walletsResponseSchema = z.object({
  success: z.literal(true),
  wallets: z.array(z.object({ currency: currencyCode, amount: wireAmount })),
});
export type WalletsResponse = z.infer<typeof walletsResponseSchema>;

/** What fields are asked for: `field=withdraw` or `field=deposit` (OUR READING of "field={slug name}"). */
export const FIELD_KINDS = ["withdraw", "deposit"] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** One method field (OUR DESIGN); `slug` is the key sent in `fields` (e.g. "bemo-dp-f1"). */
export const methodFieldSchema = z.object({
  slug: z.string().min(1),
  label: z.string(),
  type: z.enum(["text", "number", "email", "tel"]).catch("text"),
  required: z.boolean(),
});
export type MethodField = z.infer<typeof methodFieldSchema>;
/** GET /get-payment-method-fields answer (OUR DESIGN). */
export const methodFieldsResponseSchema = z.object({
  success: z.literal(true),
  paymentMethod: wireId,
  name: z.string(),
  fields: z.array(methodFieldSchema),
});
export type MethodFieldsResponse = z.infer<typeof methodFieldsResponseSchema>;

/** POST /transfer-from-merchant-to-user body (OUR DESIGN). */
export const transferInputSchema = z.object({
  email: z.string().trim().email(),
  currency: currencyCode,
  amount: amountInput(),
  note: z.string().trim().max(500).optional(),
});
export type TransferInput = z.input<typeof transferInputSchema>;
/** Transfer answer (OUR DESIGN). */
export const transferResponseSchema = z.object({
  success: z.literal(true),
  transfer: z.object({ id: wireId, status: z.string(), amount: wireAmount, currency: currencyCode }),
});
export type TransferResponse = z.infer<typeof transferResponseSchema>;

/** POST /gift-card/create body. Source: seed 004 field table; no expiry is ever sent (it is fixed at one year). */
export const createGiftCardInputSchema = z.object({ giftCardCurrency: currencyCode, amount: amountInput() });
export type CreateGiftCardInput = z.input<typeof createGiftCardInputSchema>;
/** Gift-card answer (OUR DESIGN): the code and its expiry, one year after creation. */
export const createGiftCardResponseSchema = z.object({
  success: z.literal(true),
  giftCard: z.object({ code: z.string().min(1), amount: wireAmount, currency: currencyCode, expiresAt: z.string() }),
});
export type CreateGiftCardResponse = z.infer<typeof createGiftCardResponseSchema>;

/** POST /gift-card/redeem body. Source: seed 004 field table. */
export const redeemGiftCardInputSchema = z.object({ giftCardCode: z.string().trim().min(1), userEmail: z.string().trim().email() });
export type RedeemGiftCardInput = z.input<typeof redeemGiftCardInputSchema>;
/** Redeem answer (OUR DESIGN). */
export const redeemGiftCardResponseSchema = z.object({
  success: z.literal(true),
  redeemed: z.object({ amount: wireAmount, currency: currencyCode, userEmail: z.string() }),
});
export type RedeemGiftCardResponse = z.infer<typeof redeemGiftCardResponseSchema>;

