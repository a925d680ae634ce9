import { z } from "zod";

/**
 * What the simulated endpoints accept, written from the documentation's "Body" lists (top-up's
 * `amount`/`tranCurrency` is the console's assumption; the seed lists none).
 * Source: ../shared/seeds/003_4f16c7c692592474.txt; recovered spec §7.
 */

const entryType = z.enum(["B", "K", "M", "P"], { message: "entryType must be B, K, M or P" });
const accountId = z.string().min(1, "accountId is required");
const tranOrderNo = z.string().min(1, "tranOrderNo is required").max(60, "tranOrderNo is at most 60 characters");
const money = z.string().regex(/^\d+(\.\d{1,2})?$/, "amount must be a decimal string").refine((v) => Number(v) > 0, "amount must be greater than 0");
const points = z.string().regex(/^\d+$/, "amount must be a whole number of points").refine((v) => Number(v) > 0, "amount must be greater than 0");
const currency = z.string().regex(/^[A-Z]{3}$/, "tranCurrency must be a 3-letter ISO code");
const channel = z.string().min(1, "loyaltyChannel is required");
const customerInfo = z.record(z.string(), z.unknown());

export const activateRequest = z.object({ loyaltyChannel: channel, accountId, entryType, activating: z.enum(["Y", "N"]), customerInfo });
export const inquiryRequest = z.object({ loyaltyChannel: channel, accountId, entryType });
export const issuanceRequest = z.object({
  tranOrderNo,
  loyaltyChannel: channel,
  accountId,
  entryType,
  activating: z.enum(["Y", "N"]),
  amount: money,
  tranCurrency: currency,
  customerInfo: customerInfo.optional(),
});
export const payRequest = z.object({ tranOrderNo, loyaltyChannel: channel, amount: money, tranCurrency: currency, accountId, entryType, nsfAllowed: z.boolean().optional() });
export const voidRequest = z.object({ tranOrderNo, oriOrderNo: z.string().min(1, "oriOrderNo is required") });
export const pointsRequest = z.object({ tranOrderNo, loyaltyChannel: channel, accountId, entryType, amount: points });
export const tipRequest = z.object({ tranOrderNo, oriOrderNo: z.string().min(1, "oriOrderNo is required"), tranCurrency: currency, amount: money, accountId, entryType });

export type PayRequest = z.infer<typeof payRequest>;
export type IssuanceRequest = z.infer<typeof issuanceRequest>;
export type VoidRequest = z.infer<typeof voidRequest>;
export type PointsRequest = z.infer<typeof pointsRequest>;
export type TipRequest = z.infer<typeof tipRequest>;

/** "tranOrderNo: is at most 60 characters; amount: …" for `msg`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("; ");
}
