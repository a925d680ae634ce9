import { z } from "zod";
import { DIRECTIONS, OPERATION_STATUSES } from "@/lib/providers/kvitka/operations/statuses";

const operationId = z.string().min(1).max(64);

/** Our customer reference, sent to KvitkaCard as `user_id` on withdrawals. */
export const customerRef = z.string().trim().min(1, "Enter the customer's reference.").max(128);

/** Loyalty points: positive, at most two decimals (the precision KvitkaCard answers in). */
export const pointsAmount = z
  .string()
  .trim()
  .max(16, "Enter points like 120 or 88.16.")
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter points like 120 or 88.16.")
  .refine((v) => Number(v) > 0, "Enter more than 0 points.");

/** A transaction code as typed: spaces and dashes between digit groups are dropped. */
export const transactionCode = z
  .string()
  .max(64, "A KvitkaCard code is 16 digits.")
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{16}$/, "A KvitkaCard code is 16 digits."));

export const withdrawInitSchema = z.object({ customerRef, points: pointsAmount });

export const depositInitSchema = z.object({ transactionCode, customerRef });

export const operationIdSchema = z.object({ operationId });

const reason = z.string().trim().min(3, "Give a reason (at least 3 characters).").max(500);

export const rejectSchema = z.object({ operationId, reason });
export const abandonSchema = z.object({ operationId, reason });

export const resolveWithdrawalSchema = z.object({
  operationId,
  kvitkaSays: z.enum(["holding", "initiated"]),
  note: z.string().trim().min(3, "Say who at KvitkaCard confirmed it, and when.").max(500),
});

export const mintPracticeCodeSchema = z.object({
  amountKc: z
    .string()
    .trim()
    .max(16, "Enter KvitkaCoins like 176.32.")
    .regex(/^\d{1,4}(\.\d{1,2})?$/, "Enter KvitkaCoins like 176.32.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export const operationFilterSchema = z.object({
  direction: z.enum(DIRECTIONS).optional().catch(undefined),
  status: z.enum(OPERATION_STATUSES).optional().catch(undefined),
});
export type OperationFilterInput = z.infer<typeof operationFilterSchema>;
