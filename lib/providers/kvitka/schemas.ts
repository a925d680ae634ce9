import Decimal from "decimal.js";
import { z } from "zod";

/**
 * Wire schemas for the KvitkaCard API v1.0, in the provider's own field names. Amounts arrive as
 * JSON numbers with at most two decimals and leave these schemas as `Decimal`:
 * `amount_kc` is KvitkaCoins, `points_amount` is the calling business's loyalty points.
 * Source: KvitkaCard API v1.0 (../shared/seeds/000_96fa4d3ae701ce69.txt), response examples.
 */

const toDecimal = (value: number) => new Decimal(value);

/** KvitkaCoins, as `amount_kc` on the wire. */
const kvitkaCoins = z.number().nonnegative().transform(toDecimal);
/** Loyalty points of the business making the call, as `points_amount` on the wire. */
const points = z.number().nonnegative().transform(toDecimal);

/** "Transaction code (16 digits)". Source: deposit/init.php, Request. */
export const transactionCodeSchema = z.string().regex(/^\d{16}$/, "transaction_code must be 16 digits");
/** "Operation ID (received in step 1)", an integer. Source: withdraw/confirm.php, Request. */
export const operationIdSchema = z.number().int().positive();

/** `{success:false, error_code, message}`. Source: "Error codes". */
export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  error_code: z.union([z.string(), z.number()]).transform(String),
  message: z.string().optional().default(""),
});

/**
 * withdraw/init.php answer. Undocumented: we expect the operation id (withdraw/confirm asks for
 * it "received in step 1"), the converted KvitkaCoins and the "initiated" status.
 * Source: "Step 1: Initiate withdrawal".
 */
export const withdrawInitResponseSchema = z.object({
  success: z.literal(true),
  operation_id: operationIdSchema,
  amount_kc: kvitkaCoins,
  points_amount: points.optional(),
  status: z.literal("initiated"),
  message: z.string().optional(),
});
export type WithdrawInitResponse = z.infer<typeof withdrawInitResponseSchema>;

/** withdraw/confirm.php answer. Source: withdraw/confirm.php, "Response example". */
export const withdrawConfirmResponseSchema = z.object({
  success: z.literal(true),
  operation_id: operationIdSchema,
  transaction_code: transactionCodeSchema,
  amount_kc: kvitkaCoins,
  status: z.literal("holding"),
  message: z.string(),
});
export type WithdrawConfirmResponse = z.infer<typeof withdrawConfirmResponseSchema>;

/** deposit/init.php answer. Source: "Step 1: Verify code", "Response example". */
export const depositInitResponseSchema = z.object({
  success: z.literal(true),
  operation_id: operationIdSchema,
  transaction_code: transactionCodeSchema,
  amount_kc: kvitkaCoins,
  points_amount: points,
  status: z.literal("pending_deposit"),
  message: z.string(),
});
export type DepositInitResponse = z.infer<typeof depositInitResponseSchema>;

/** deposit/confirm.php answer. Source: "Step 2: Confirm deposit", "Response example". */
export const depositConfirmResponseSchema = z.object({
  success: z.literal(true),
  operation_id: operationIdSchema,
  transaction_code: transactionCodeSchema,
  points_amount: points,
  status: z.literal("completed"),
  message: z.string(),
});
export type DepositConfirmResponse = z.infer<typeof depositConfirmResponseSchema>;

/**
 * deposit/reject.php answer. Undocumented beyond "The operation will remain in holding status",
 * so only `success: true` is required. Source: "Alternative: Reject deposit".
 */
export const depositRejectResponseSchema = z.object({
  success: z.literal(true),
  operation_id: operationIdSchema.optional(),
  transaction_code: transactionCodeSchema.optional(),
  status: z.literal("holding").optional(),
  message: z.string().optional(),
});
export type DepositRejectResponse = z.infer<typeof depositRejectResponseSchema>;

/** A points amount we send: positive, at most two decimals (the precision the API answers in). */
const pointsInput = z
  .union([z.string(), z.instanceof(Decimal)])
  .transform((value, ctx) => {
    try {
      return new Decimal(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "points_amount is not a number" });
      return z.NEVER;
    }
  })
  .refine((d) => d.isFinite() && d.gt(0), "points_amount must be greater than 0")
  .refine((d) => d.decimalPlaces() <= 2, "points_amount has at most two decimals");

/**
 * withdraw/init.php parameters besides `api_token`. The documentation lists none: we assume the
 * points amount (`points_amount`, the name the API uses in its answers) and `user_id`, our
 * reference to the customer whose points are withdrawn.
 */
export const withdrawInitInputSchema = z.object({
  user_id: z.string().trim().min(1).max(128),
  points_amount: pointsInput,
});
export type WithdrawInitInput = z.input<typeof withdrawInitInputSchema>;

/** Source: withdraw/confirm.php, Request. */
export const withdrawConfirmInputSchema = z.object({ operation_id: operationIdSchema });
export type WithdrawConfirmInput = z.input<typeof withdrawConfirmInputSchema>;

/** Source: deposit/init.php, Request. */
export const depositInitInputSchema = z.object({ transaction_code: transactionCodeSchema });
export type DepositInitInput = z.input<typeof depositInitInputSchema>;

/** Source: deposit/confirm.php, Request. */
export const depositConfirmInputSchema = z.object({
  operation_id: operationIdSchema,
  transaction_code: transactionCodeSchema,
});
export type DepositConfirmInput = z.input<typeof depositConfirmInputSchema>;

/** Source: deposit/reject.php, Request ("reason": optional, for logging). */
export const depositRejectInputSchema = depositConfirmInputSchema.extend({
  reason: z.string().trim().min(1).max(500).optional(),
});
export type DepositRejectInput = z.input<typeof depositRejectInputSchema>;
