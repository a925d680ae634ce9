import { z } from "zod";
import { ENROLLED_REWARDS } from "@/lib/providers/kard/operations/kard-user-record";

const emptyToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The issuer's user id: what Kard keys every per-user call on. */
export const kardUserId = z
  .string()
  .trim()
  .min(1, "Enter the user id.")
  .max(64, "Use at most 64 characters.")
  .regex(/^[\w.@:-]+$/, "Use letters, digits and . _ - @ : only.");

const optionalEmail = z
  .union([z.literal(""), z.string().trim().max(254, "Use an email address of at most 254 characters.").email("Enter a valid email or leave it empty.")])
  .optional()
  .transform(emptyToUndefined);

const optionalZip = z
  .union([z.literal(""), z.string().trim().max(10, "Enter a US zip code like 10011.").regex(/^\d{5}(-\d{4})?$/, "Enter a US zip code like 10011.")])
  .optional()
  .transform(emptyToUndefined);

const enrolledRewards = z.array(z.enum(ENROLLED_REWARDS));

/** Enrol a user: the email is hashed (HEM) on the server and never stored. */
export const enrollSchema = z.object({ userId: kardUserId, email: optionalEmail, zipCode: optionalZip, enrolledRewards });

/** Edit a user: an empty email keeps the current one; an empty zip code removes it. */
export const updateUserSchema = z.object({ userId: kardUserId, email: optionalEmail, zipCode: optionalZip, enrolledRewards });

export const userIdSchema = z.object({ userId: kardUserId });

const offerId = z.string().trim().min(1).max(64);

export const offerActionSchema = z.object({ userId: kardUserId, offerId });

export const offerViewSchema = z.object({
  userId: kardUserId,
  offerId,
  rank: z.number().int().min(1).max(10_000).optional(),
  filters: z.array(z.object({ name: z.string().min(1).max(40), value: z.string().max(100) })).max(10).optional(),
});
