import { z } from "zod";
import { AUDIT_CODES } from "@/lib/providers/kard/schemas/audits";
import { DIRECTIONS, TRANSACTION_STATUSES, dollarsToCents } from "@/lib/providers/kard/operations/transaction-events";
import { UAT_PRESET_NAMES, type UatPreset } from "@/lib/providers/kard/operations/transaction-presets";
import { kardUserId } from "../users/users.validation";

const transactionId = z.string().trim().min(1, "Enter the transaction id.").max(64, "Use at most 64 characters.");
const optionalText = (max: number, pattern?: RegExp, message?: string) =>
  z
    .union([z.literal(""), pattern ? z.string().trim().max(max, message).regex(pattern, message) : z.string().trim().max(max)])
    .optional()
    .transform((v) => v?.trim() || undefined);

/** The purchase fields shared by the form and the presets. `amount` is typed in dollars and becomes integer cents. */
const purchaseFields = {
  userId: kardUserId,
  transactionId,
  amount: z
    .string()
    .trim()
    .max(16, "Enter an amount in dollars like 25 or 25.50.")
    .regex(/^\d{1,7}(\.\d{1,2})?$/, "Enter an amount in dollars like 25 or 25.50.")
    .transform(dollarsToCents)
    .refine((cents) => cents > 0, "The amount must be more than zero."),
  currency: z.string().trim().max(3, "Use an ISO 4217 code like USD.").toUpperCase().regex(/^[A-Z]{3}$/, "Use an ISO 4217 code like USD."),
  description: z.string().trim().min(1, "Enter the merchant as it appears on the statement.").max(200),
  direction: z.enum(DIRECTIONS),
  cardBIN: z.string().trim().max(6, "The BIN is the card number's first 6 digits.").regex(/^\d{6}$/, "The BIN is the card number's first 6 digits."),
  cardLastFour: z.string().trim().max(4, "Enter the card's last 4 digits.").regex(/^\d{4}$/, "Enter the card's last 4 digits."),
  merchantId: optionalText(64),
  mcc: optionalText(4, /^\d{4}$/, "An MCC is 4 digits."),
  /** ISO 8601 with a zone: the date of this event (the last one for a preset). */
  eventAt: z.iso.datetime({ offset: true, message: "Pick the date and time of the event." }).max(40),
};

export const submitTransactionSchema = z.object({ ...purchaseFields, status: z.enum(TRANSACTION_STATUSES) });
export type SubmitTransactionInput = z.input<typeof submitTransactionSchema>;

export const submitPresetSchema = z.object({ ...purchaseFields, preset: z.enum(UAT_PRESET_NAMES as [UatPreset, ...UatPreset[]]) });

/** A CSV file's text; 500 rows of the template's width stay far below this size. */
export const submitCsvSchema = z.object({ csv: z.string().min(1, "Choose a CSV file.").max(1_000_000, "The file is too large.") });

/** One console row (KardTransaction id) whose unanswered submission is sent again. */
export const reconcileSubmissionSchema = z.object({ id: z.string().min(1).max(64) });

export const fraudFlagSchema = z.object({ userId: kardUserId, transactionId });

export const auditRequestSchema = z.object({
  userId: kardUserId,
  transactionId,
  auditCode: z.coerce.number().pipe(z.literal(AUDIT_CODES)),
  merchantName: z.string().trim().min(1, "Enter the merchant's name.").max(200),
  auditDescription: z.string().trim().min(3, "Describe what is wrong (at least 3 characters).").max(1000),
});
