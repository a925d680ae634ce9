import { z } from "zod";
import {
  accountIdSchema,
  currencySchema,
  customerInfoSchema,
  entryTypeSchema,
  moneyStringSchema,
  platformIdSchema,
  pointsStringSchema,
  tranOrderNoSchema,
} from "./common";

/**
 * The eight request bodies exactly as sent (field names, order and types of the documentation):
 * the client builds each body, checks it here, serialises it once and signs that text.
 * Source: ../shared/seeds/003_4f16c7c692592474.txt, each section's "Body"; recovered spec §7.
 */

const credentials = { clientId: z.string().min(1) };
const card = { accountId: accountIdSchema, entryType: entryTypeSchema };
const channel = { loyaltyChannel: z.string().min(1) };

/** giftActivate. `activating` "Y" activates, "N" does not; `customerInfo` is required (recovered spec §7). */
export const giftActivateBodySchema = z.object({
  ...credentials,
  ...channel,
  ...card,
  activating: z.enum(["Y", "N"]),
  customerInfo: customerInfoSchema,
});

/** giftInquiry ("Query"). */
export const giftInquiryBodySchema = z.object({ ...credentials, ...channel, ...card });

/**
 * giftIssuance ("Top-up"). The documentation lists no amount; we send `amount` and
 * `tranCurrency` as Pay does (assumption, docs/providers/open-loyalty.md). `customerInfo` optional.
 */
export const giftIssuanceBodySchema = z.object({
  ...credentials,
  tranOrderNo: tranOrderNoSchema,
  ...channel,
  ...card,
  activating: z.enum(["Y", "N"]),
  amount: moneyStringSchema,
  tranCurrency: currencySchema,
  customerInfo: customerInfoSchema.optional(),
});

/** giftTransaction ("Pay"). `nsfAllowed` optional: approve what the card holds when it holds less. */
export const giftTransactionBodySchema = z.object({
  ...credentials,
  tranOrderNo: tranOrderNoSchema,
  ...channel,
  amount: moneyStringSchema,
  tranCurrency: currencySchema,
  ...card,
  nsfAllowed: z.boolean().optional(),
});

/** giftVoid. `oriOrderNo` is the original answer's `checkoutId`, not our tranOrderNo. No `loyaltyChannel`. */
export const giftVoidBodySchema = z.object({
  ...credentials,
  tranOrderNo: tranOrderNoSchema,
  oriOrderNo: platformIdSchema,
});

/** loyaltyIssuance ("Issue Points") and loyaltyRedemption ("Redeem Points"): `amount` is a whole number of points. */
export const loyaltyPointsBodySchema = z.object({
  ...credentials,
  tranOrderNo: tranOrderNoSchema,
  ...channel,
  ...card,
  amount: pointsStringSchema,
});

/** giftTip ("Add Tip"): attaches to the original payment's `checkoutId` (`oriOrderNo`). No `loyaltyChannel`. */
export const giftTipBodySchema = z.object({
  ...credentials,
  tranOrderNo: tranOrderNoSchema,
  oriOrderNo: platformIdSchema,
  tranCurrency: currencySchema,
  amount: moneyStringSchema,
  ...card,
});

