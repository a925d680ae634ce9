import { z } from "zod";
import { CARD_STATUSES, CARD_TYPES } from "@/lib/providers/kazawallet/schemas/cards";

/** A money amount as typed: positive, at most two decimals (sent to Kazawallet as a decimal string). */
export const amount = z
  .string()
  .trim()
  .max(16, "Enter an amount like 25 or 25.50.")
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount like 25 or 25.50.")
  .refine((v) => Number(v) > 0, "Enter more than 0.");

const email = z.string().trim().min(1, "Enter the user's email.").email("Enter a valid email address.").max(254);
const currency = z.string().trim().max(10).toUpperCase().regex(/^[A-Z]{2,10}$/, "Enter a currency code like USD.");
const id = z.string().min(1).max(64);

export const issueCardSchema = z.object({ email, cardType: z.enum(CARD_TYPES), amount });
export const cardRecordSchema = z.object({ id });
export const topUpSchema = z.object({ id, amount });
export const topUpRecordSchema = z.object({ topUpId: id });
export const threeDsSchema = z.object({ eventId: id });

export const paymentLinkSchema = z.object({
  amount,
  currency,
  email,
  ref: z.string().trim().max(128).optional().or(z.literal("").transform(() => undefined)),
  redirectUrl: z.string().trim().url("Enter a full URL (https://…).").max(500).optional().or(z.literal("").transform(() => undefined)),
});

export const PAYOUT_KINDS = ["WITHDRAWAL", "DEPOSIT", "TRANSFER"] as const;
export const payoutSchema = z
  .object({
    kind: z.enum(PAYOUT_KINDS),
    email,
    currency,
    amount,
    note: z.string().trim().max(500).optional().or(z.literal("").transform(() => undefined)),
    paymentMethod: z.string().trim().max(10).optional(),
    fields: z.record(z.string().max(64), z.string().trim().max(256)).optional(),
  })
  .refine((p) => p.kind === "TRANSFER" || Boolean(p.paymentMethod), { path: ["paymentMethod"], message: "Choose a payment method." });

export const methodFieldsSchema = z.object({ paymentMethod: z.string().trim().max(6).regex(/^\d{1,6}$/), kind: z.enum(["withdraw", "deposit"]) });

export const giftCreateSchema = z.object({ currency, amount });
export const giftRedeemSchema = z.object({ code: z.string().trim().min(4, "Enter the gift code.").max(64), userEmail: email });

export const cardFilterSchema = z.object({
  status: z.enum([...CARD_STATUSES, "UNKNOWN", "NOT_ISSUED", "FAILED", "REQUESTED"]).optional().catch(undefined),
  tier: z.enum(CARD_TYPES).optional().catch(undefined),
  email: z.string().trim().max(254).optional().catch(undefined),
  sort: z.enum(["newest", "oldest", "balance", "email"]).optional().catch(undefined),
});

/**
 * What Kazawallet said about a request whose answer was lost (resolveRequest): created (with its
 * id; the operation requires one for a withdrawal or deposit) or not, and who said so.
 */
export const resolveRequestSchema = z.object({
  id,
  kazawalletSays: z.enum(["created", "not-created"]),
  providerId: z
    .string()
    .trim()
    .max(64, "Use at most 64 characters.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  note: z.string().trim().min(3, "Say who at Kazawallet told you, and when (at least 3 characters).").max(500, "Use at most 500 characters."),
});
