import Decimal from "decimal.js";
import { z } from "zod";

/**
 * What the simulated API accepts in each request body, written from the documentation's
 * "Request" tables (withdraw/init.php has none: its parameters are our assumption).
 * Source: KvitkaCard API v1.0, each endpoint's "Request".
 */

const transactionCode = z.string().regex(/^\d{16}$/, "transaction_code must be a string of 16 digits");
const operationId = z.number().int().positive();

const pointsAmount = z
  .number()
  .positive("points_amount must be greater than 0")
  .refine((n) => new Decimal(n).decimalPlaces() <= 2, "points_amount has at most two decimals")
  .transform((n) => new Decimal(n));

/** withdraw/init.php (parameters assumed: `user_id`, `points_amount`). */
export const withdrawInitRequest = z.object({ user_id: z.string().trim().min(1).max(128), points_amount: pointsAmount });
export const withdrawConfirmRequest = z.object({ operation_id: operationId });
export const depositInitRequest = z.object({ transaction_code: transactionCode });
export const depositConfirmRequest = z.object({ operation_id: operationId, transaction_code: transactionCode });
export const depositRejectRequest = depositConfirmRequest.extend({ reason: z.string().max(500).optional() });

/** The first problem with a request body, worded for the error `message`. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.join(".");
  return field ? `${field}: ${issue.message}` : (issue?.message ?? "invalid request");
}
