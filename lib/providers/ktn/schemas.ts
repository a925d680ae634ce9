import { z } from "zod";

/*
 * Wire schemas of the KTN Gift Card Merchant API, in the provider's own field names.
 * Source: KTN Gift Card API Documentation (shared/seeds/002_b2cf5ea77bc89c28.txt).
 *
 * Amounts (balance, unitPrice, fee, subTotal, total, denominations) are JSON numbers in major
 * currency units (dollars, euros…), as the examples show (`"fee": 0.6`, `"total": 1.6`). They are
 * kept as numbers here; convert with `new Decimal(String(x))` before any arithmetic.
 * Objects are not strict: fields the documentation does not list pass through unvalidated.
 */

/** Timestamps as the examples print them, e.g. `2026-04-24T03:21:54.084+00:00`. */
const timestamp = z.string().min(1);

/** Source: "Response Object" — `{status, message, data}` with the HTTP status mirrored in `status`. */
export function ktnEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ status: z.number().int(), message: z.string(), data });
}

/**
 * Source: "Error Handling › Error Response Format". The examples send `"status": "error"` while
 * the prose says the HTTP status code is mirrored in the body, so a number is accepted too.
 * `errors` is free text ("additional error details"), e.g. `InsufficientAuthenticationException`.
 */
export const ktnErrorSchema = z.object({
  status: z.union([z.literal("error"), z.number().int()]),
  message: z.string(),
  errors: z.unknown().optional(),
});

/** Source: "ChargeType Enum". */
export const ktnChargeTypeSchema = z.enum(["CHARGE_CARD", "CHARGE_ACCOUNT_BALANCE"]);
export type KtnChargeType = z.infer<typeof ktnChargeTypeSchema>;

/** The audit columns every KTN entity carries in the examples. */
const entity = {
  id: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int(),
  active: z.boolean(),
};

/** Source: "Get Account Details" example. `balance` in major units of the account currency. */
export const ktnBalanceAccountSchema = z.object({
  ...entity,
  balance: z.number(),
  chargeType: ktnChargeTypeSchema,
});

export const ktnAccountDetailsSchema = z.object({
  ...entity,
  merchantApiProfileBalanceAccount: ktnBalanceAccountSchema,
});
export type KtnAccountDetails = z.infer<typeof ktnAccountDetailsSchema>;

/**
 * Source: "Get Active Fee Preference". `feeFor…` are fixed fees in dollars per order for the
 * amount tier in the name; `feePercentageFor1000To5000` is a percentage (2 = 2 %).
 */
export const ktnFeePreferenceSchema = z.object({
  ...entity,
  giftCardFeeType: z.string(),
  feeFor1To99: z.number(),
  feeFor100To250: z.number(),
  feeFor251To500: z.number(),
  feeFor501To750: z.number(),
  feeFor751To999: z.number(),
  feePercentageFor1000To5000: z.number(),
});
export type KtnFeePreference = z.infer<typeof ktnFeePreferenceSchema>;

/** Source: "List Gift Cards" response fields. */
export const ktnDenominationTypeSchema = z.enum(["FIXED", "RANGE"]);

export const ktnRedeemInstructionSchema = z.object({ concise: z.string(), verbose: z.string() });
export const ktnBrandSchema = z.object({ brandId: z.number().int(), brandName: z.string() });
export const ktnCategorySchema = z.object({ id: z.number().int(), name: z.string() });
export const ktnCountrySchema = z.object({ isoName: z.string(), name: z.string(), flagUrl: z.string().nullable() });

const optionalAmount = z.number().nullable().optional();
const optionalAmounts = z.array(z.number()).nullable().optional();

/**
 * One gift card product. Source: "List Gift Cards" (field table) and the "Quick Start Guide"
 * example. The table documents `fixedRecipientDenominations` / `min…` / `maxRecipientDenomination`
 * (in `recipientCurrencyCode`, what `unitPrice` is checked against), the example shows
 * `fixedSenderDenominations` / `min…` / `maxSenderDenomination` instead: both sets are accepted.
 * The example also omits fields the table marks Required (currency, fees, logos, category,
 * country), so those are optional here; read denominations through `ktnDenominations()`.
 */
export const ktnGiftCardSchema = z.object({
  productId: z.number().int(),
  productName: z.string(),
  denominationType: ktnDenominationTypeSchema,
  fixedRecipientDenominations: optionalAmounts,
  minRecipientDenomination: optionalAmount,
  maxRecipientDenomination: optionalAmount,
  fixedSenderDenominations: optionalAmounts,
  minSenderDenomination: optionalAmount,
  maxSenderDenomination: optionalAmount,
  recipientCurrencyCode: z.string().optional(),
  senderFee: z.number().optional(),
  senderFeePercentage: z.number().optional(),
  discountPercentage: z.number().optional(),
  logoUrls: z.array(z.string()).optional(),
  brand: ktnBrandSchema,
  category: ktnCategorySchema.optional(),
  country: ktnCountrySchema.optional(),
  redeemInstruction: ktnRedeemInstructionSchema,
});
export type KtnGiftCard = z.infer<typeof ktnGiftCardSchema>;

/**
 * Source: "Purchase Gift Card › Request Body" / "MerchantApiProfileGiftCardOrderRequest".
 * `unitPrice` is the card's face value in its `recipientCurrencyCode` (major units).
 */
export const ktnPurchaseRequestSchema = z.object({
  productId: z.number().int(),
  unitPrice: z.number().positive(),
  email: z.email().optional(),
  senderName: z.string().min(1),
});
export type KtnPurchaseRequest = z.infer<typeof ktnPurchaseRequestSchema>;

/**
 * Order statuses seen in the examples are `PENDING` and `SUCCESS`; the documentation lists no
 * enum, so any string is accepted. The sandbox also uses FAILED, VOIDED and REFUNDED
 * (see notes/ktn-assumptions.md).
 */
export const KTN_ORDER_STATUSES = ["PENDING", "SUCCESS", "FAILED", "VOIDED", "REFUNDED"] as const;
export type KtnOrderStatus = (typeof KTN_ORDER_STATUSES)[number];

/**
 * A gift card order. Source: "Purchase Gift Card", "List All Orders" and "Get Order By ID"
 * examples. Fields present in only some of the examples are optional. `unitPrice` is in the
 * card currency; `subTotal`, `fee` and `total` are what the merchant is charged (major units).
 */
export const ktnOrderSchema = z.object({
  ...entity,
  productId: z.number().int(),
  quantity: z.number().int(),
  unitPrice: z.number(),
  fee: z.number(),
  subTotal: z.number(),
  total: z.number(),
  transactionId: z.string().nullable().optional(),
  customIdentifier: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  productName: z.string(),
  redeemInstruction: ktnRedeemInstructionSchema.optional(),
  senderName: z.string(),
  paymentStatus: z.string(),
  giftCardStatus: z.string(),
  giftCardTransactionId: z.string().nullable(),
  giftCardCustomIdentifier: z.string().nullable(),
  paymentTransactionId: z.string().nullable(),
  productPhoto: z.string().nullable().optional(),
  merchantApiProfileId: z.number().int().nullable().optional(),
  chargeType: ktnChargeTypeSchema,
});
export type KtnOrder = z.infer<typeof ktnOrderSchema>;

/** Source: "Get Gift Card Credentials". One entry per card of the order. */
export const ktnCredentialSchema = z.object({
  cardNumber: z.string().nullable(),
  pinCode: z.string().nullable(),
  redemptionUrl: z.string().nullable(),
});
export type KtnCredential = z.infer<typeof ktnCredentialSchema>;

export const ktnAccountDetailsResponseSchema = ktnEnvelope(ktnAccountDetailsSchema);
export const ktnFeePreferenceResponseSchema = ktnEnvelope(ktnFeePreferenceSchema);
export const ktnGiftCardListResponseSchema = ktnEnvelope(z.array(ktnGiftCardSchema));
export const ktnOrderResponseSchema = ktnEnvelope(ktnOrderSchema);
export const ktnOrderListResponseSchema = ktnEnvelope(z.array(ktnOrderSchema));
export const ktnCredentialsResponseSchema = ktnEnvelope(z.array(ktnCredentialSchema));

/**
 * Refresh, refund and void answer a bare string in `data` ("", "refunded", "void").
 * Source: "Refresh Order", "Refund Order Payment", "Void Order Payment".
 */
export const ktnAckResponseSchema = ktnEnvelope(z.string().nullable());
export type KtnAck = z.infer<typeof ktnAckResponseSchema>;

/** Source: "Response Object" — the envelope with an arbitrary payload. */
export const ktnAnyResponseSchema = ktnEnvelope(z.unknown());
