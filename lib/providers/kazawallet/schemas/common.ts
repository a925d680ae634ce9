import Decimal from "decimal.js";
import { z } from "zod";

/**
 * Shapes every Kazawallet payload shares. Amounts travel as decimal strings ("amount": "500000"
 * in the recovered deposit example) and leave these schemas as `Decimal`; a JSON number is read
 * too (the live API may send one) but never sent.
 * Source: ../shared/specs/kazawallet-recovered.md §4.2 and §4.4.
 */

/** An amount as the API answers it: a decimal string (or number), read into a `Decimal`. */
export const wireAmount = z.union([z.string(), z.number()]).transform((value, ctx) => {
  try {
    const d = new Decimal(value);
    if (d.isFinite()) return d;
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: "custom", message: "amount is not a decimal number" });
  return z.NEVER;
});

/** An amount we send: positive, at most `places` decimals, given as a string or a Decimal; leaves as a string. */
export function amountInput(places = 2) {
  return z
    .union([z.string().trim(), z.instanceof(Decimal)])
    .transform((value, ctx) => {
      try {
        return new Decimal(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "amount is not a number" });
        return z.NEVER;
      }
    })
    .refine((d) => d.isFinite() && d.gt(0), "amount must be greater than 0")
    .refine((d) => d.decimalPlaces() <= places, `amount has at most ${places} decimals`)
    .transform((d) => d.toFixed());
}

/** A currency code; the documentation writes them upper case ("USD") and lower case ("usd") alike. */
export const currencyCode = z.string().trim().min(2).max(10);

/** An id the API may send as a number or a string; kept as a string. */
export const wireId = z.union([z.string().min(1), z.number()]).transform(String);

/**
 * The documented error body: `{success: false, error: "Error Msg"}` (§4.2, §4.4). Third-party
 * code reads `error.message` (and `error.details.key`) on payment links, so an object error is
 * read too.
 */
export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  error: z.union([
    z.string(),
    z.object({ message: z.string().optional(), details: z.object({ key: z.string().optional() }).passthrough().optional() }).passthrough(),
  ]),
});

/** `success: true` where the answer carries it; answers recovered without it (the old card create) pass too. */
export const successFlag = z.literal(true).optional();
