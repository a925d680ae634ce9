import { z } from "zod";
import { ENTRY_TYPES } from "@/lib/providers/open-loyalty/schemas";

/** A card number as typed: spaces and dashes dropped, 6–32 digits. */
export const accountId = z
  .string()
  .max(64, "A card number is 6 to 32 digits.")
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\d{6,32}$/, "A card number is 6 to 32 digits."));

export const entryType = z.enum(ENTRY_TYPES, { message: "Choose how the card was read." });

/** Money: positive, at most two decimals. */
export const moneyAmount = z
  .string()
  .trim()
  .max(16, "Enter an amount like 10.50.")
  .regex(/^\d{1,7}(\.\d{1,2})?$/, "Enter an amount like 10.50.")
  .refine((v) => Number(v) > 0, "Enter more than 0.");

export const currency = z.string().trim().max(3, "A 3-letter currency code, e.g. USD.").regex(/^[A-Z]{3}$/, "A 3-letter currency code, e.g. USD.");

/** Whole points. */
export const pointsAmount = z
  .string()
  .trim()
  .max(16, "Enter whole points, e.g. 10.")
  .regex(/^\d{1,7}$/, "Enter whole points, e.g. 10.")
  .refine((v) => Number(v) > 0, "Enter more than 0 points.");

const card = { accountId, entryType };
const transactionId = z.string().min(1).max(64);

export const lookupSchema = z.object(card);

const optional = (schema: z.ZodString) => schema.optional().or(z.literal("").transform(() => undefined));

export const activateSchema = z.object({
  ...card,
  customerType: z.enum(["1", "2", "3"], { message: "Choose who holds the card." }),
  firstName: z.string().trim().min(1, "Enter the first name.").max(60),
  lastName: z.string().trim().min(1, "Enter the last name.").max(60),
  email: optional(z.string().trim().email("Enter an email address.").max(120)),
  country: z.string().trim().max(2, "A 2-letter country code, e.g. US.").regex(/^[A-Z]{2}$/, "A 2-letter country code, e.g. US."),
});

export const topUpSchema = z.object({ ...card, amount: moneyAmount, currency });
export const paySchema = z.object({ ...card, amount: moneyAmount, currency, nsfAllowed: z.boolean() });
export const pointsSchema = z.object({ ...card, points: pointsAmount });
export const tipSchema = z.object({ transactionId, amount: moneyAmount });
export const transactionIdSchema = z.object({ transactionId });
