import { z } from "zod";
import { commissionValueSchema, includeQuery, linksSchema, pageQuerySchema, relationshipSingleSchema } from "./common";

/**
 * One rewarded (SETTLED) transaction. `transactionAmountInCents` and both `commissionEarned`
 * values are integer cents; `paidToIssuer` is UNPAID until Kard pays the issuer.
 * Source: `transactions.RewardedTransactionAttributes`.
 */
const rewardedTransactionSchema = z.object({
  type: z.literal("rewardedTransaction"),
  id: z.string(),
  attributes: z.object({
    status: z.literal("SETTLED"),
    transactionId: z.string(),
    transactionAmountInCents: z.number().int(),
    transactionTimestamp: z.string(),
    paidToIssuer: z.enum(["UNPAID", "PAID_IN_FULL"]),
    commissionEarned: z.object({ issuer: commissionValueSchema, user: commissionValueSchema }),
    payoutTimestamp: z.string().optional(),
    cardBIN: z.string().optional(),
    cardLastFour: z.string().optional(),
  }),
  relationships: z.object({
    user: relationshipSingleSchema,
    merchant: relationshipSingleSchema,
    offer: relationshipSingleSchema,
  }),
});

/** Source: `transactions.TransactionIncludedResource` (`include=merchant,offer`). */
const earnedRewardIncludedSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("merchant"), id: z.string(), attributes: z.object({ name: z.string() }) }),
  z.object({ type: z.literal("offer"), id: z.string(), attributes: z.object({ purchaseChannel: z.array(z.string()) }) }),
]);

/** Source: "Get Earned Rewards" 200 `transactions.GetEarnedRewardsResponse`. */
export const earnedRewardsResponseSchema = z.object({
  data: z.array(rewardedTransactionSchema),
  links: linksSchema,
  included: z.array(earnedRewardIncludedSchema).optional(),
});

/**
 * Get Earned Rewards query. Cursors are base64 of timestamp + transaction ID; at most the last
 * 12 months are returned. Source: "Get Earned Rewards" parameters.
 */
export const earnedRewardsQuerySchema = z.strictObject({
  page: pageQuerySchema.optional(),
  include: includeQuery(["merchant", "offer"]).optional(),
});
export type KardEarnedRewardsQuery = z.input<typeof earnedRewardsQuerySchema>;
