import Decimal from "decimal.js";
import type { KtnFeePreference } from "./schemas";

export type KtnFeeTierField =
  | "feeFor1To99"
  | "feeFor100To250"
  | "feeFor251To500"
  | "feeFor501To750"
  | "feeFor751To999"
  | "feePercentageFor1000To5000";

export interface KtnFeeTier {
  field: KtnFeeTierField;
  /** Lowest amount in the tier (dollars, inclusive). */
  from: number;
  /** Highest amount in the tier (dollars): exclusive, except the last tier's 5000 is included. */
  to: number;
  /** "fixed": the field is a fee in dollars; "percentage": a percentage of the amount. */
  kind: "fixed" | "percentage";
}

/**
 * The documented tier table. The documentation's bounds are whole dollars with gaps
 * ($99 → $100, $250 → $251, …); a tier here runs from its documented lower bound up to the next
 * tier's lower bound, so $99.50 is in feeFor1To99 and $250.40 in feeFor100To250.
 * Source: "Get Active Fee Preference" (Amount Range / Fee Type / Field table).
 */
export const KTN_FEE_TIERS: readonly KtnFeeTier[] = [
  { field: "feeFor1To99", from: 1, to: 100, kind: "fixed" },
  { field: "feeFor100To250", from: 100, to: 251, kind: "fixed" },
  { field: "feeFor251To500", from: 251, to: 501, kind: "fixed" },
  { field: "feeFor501To750", from: 501, to: 751, kind: "fixed" },
  { field: "feeFor751To999", from: 751, to: 1000, kind: "fixed" },
  { field: "feePercentageFor1000To5000", from: 1000, to: 5000, kind: "percentage" },
];

export interface KtnFeeQuote {
  tier: KtnFeeTier;
  /** Fee in dollars, rounded half-up to cents. */
  fee: Decimal;
}

/** The tier that prices `amount` (dollars), or undefined outside $1–$5000. */
export function ktnFeeTier(amount: Decimal.Value): KtnFeeTier | undefined {
  const value = new Decimal(amount);
  const last = KTN_FEE_TIERS[KTN_FEE_TIERS.length - 1];
  if (value.eq(last.to)) return last;
  return KTN_FEE_TIERS.find((tier) => value.gte(tier.from) && value.lt(tier.to));
}

/**
 * The fee KTN adds to an order of `amount` dollars (the order's subTotal) under `preference`.
 * Fixed tiers charge the field's value; the top tier charges `feePercentageFor1000To5000` % of
 * the amount, rounded half-up to cents.
 * @returns undefined when `amount` is outside $1–$5000: the documentation prices nothing there,
 *   and the sandbox refuses such purchases with a 400.
 * Source: "Get Active Fee Preference".
 */
export function quoteKtnFee(
  amount: Decimal.Value,
  preference: Pick<KtnFeePreference, KtnFeeTierField>,
): KtnFeeQuote | undefined {
  const tier = ktnFeeTier(amount);
  if (!tier) return undefined;
  const rate = new Decimal(String(preference[tier.field]));
  const fee = tier.kind === "fixed" ? rate : new Decimal(amount).mul(rate).div(100);
  return { tier, fee: fee.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) };
}
