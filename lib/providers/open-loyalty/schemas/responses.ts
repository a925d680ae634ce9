import { z } from "zod";
import { platformIdSchema, wireDecimalSchema } from "./common";

/**
 * The answers: every call returns the envelope `{code, msg, timestamp, data}`; `code` 200 is
 * success, any other value an error with `data` null. Source: seed, each "Responses";
 * recovered spec §3 (data) and §4 (envelope, `result`).
 */

/** Any answer's envelope, before `data` is read: how an error is recognised. */
export const envelopeSchema = z.object({
  code: z.number().int(),
  msg: z.string(),
  timestamp: z.string().optional(),
  data: z.unknown().optional(),
});

/** One `balances[]` entry: `valueCode` "USD" (a currency) or "Points"; `amount` the total held; `difference` this call's change. */
export const balanceSchema = z.object({
  valueCode: z.string().min(1),
  amount: wireDecimalSchema,
  difference: wireDecimalSchema.optional(),
});

/** giftActivate / giftInquiry `data`: the card's balances and its holder's details. */
export const cardDataSchema = z.object({
  accountId: platformIdSchema,
  balances: z.array(balanceSchema),
  customerInfo: z.record(z.string(), z.unknown()).nullish(),
});
export type CardData = z.infer<typeof cardDataSchema>;

/**
 * giftIssuance / giftTransaction / loyaltyIssuance / loyaltyRedemption / giftTip `data`.
 * `amount` is what was approved (with `nsfAllowed`, possibly less than asked).
 */
export const transactionDataSchema = z.object({
  mid: platformIdSchema.optional(),
  paywizardId: platformIdSchema.optional(),
  checkoutId: platformIdSchema,
  transIndexCode: platformIdSchema.optional(),
  amount: wireDecimalSchema.optional(),
  /** 0 success, 1 failure, 2 pending / in progress. */
  result: z.union([z.literal(0), z.literal(1), z.literal(2)]),
});
export type TransactionData = z.infer<typeof transactionDataSchema>;

/** giftVoid `data`: the void's own ids plus the original's `oriCheckoutId` / `oriTransIndexCode`. */
export const voidDataSchema = transactionDataSchema.extend({
  oriCheckoutId: platformIdSchema,
  oriTransIndexCode: platformIdSchema.optional(),
});
export type VoidData = z.infer<typeof voidDataSchema>;

/**
 * A success envelope around `data`. `timestamp` ("YYYY-MM-DD HH:mm:ss", UTC) is not checked for
 * its format: a payment must not turn unknown over how a clock is written.
 */
export function successSchema<T extends z.ZodType>(data: T) {
  return z.object({ code: z.literal(200), msg: z.string(), timestamp: z.string(), data });
}
