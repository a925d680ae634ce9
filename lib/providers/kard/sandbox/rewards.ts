import Decimal from "decimal.js";
import type { Offer } from "./catalog";

/**
 * Reward arithmetic, in integer cents with decimal.js (no binary floats).
 * - PERCENT: `userReward.value` percent of the transaction amount, rounded half-up to a cent.
 * - FLAT: `userReward.value` US dollars (the guide's FLAT 20 settles as 2000 cents).
 * - Clamped to the offer's min/maxRewardAmount (cents).
 * - The issuer's commission is 1.25 × the user's reward: the documentation gives both numbers
 *   (`commissionEarned.issuer` / `.user`) but no ratio, so the sandbox lets the user keep 80 %.
 * Source: Kard seed, "Testing The User Experiences" (earnedRewardSettled example) and
 * `transactions.CommissionEarnedDetails`.
 */
const ISSUER_TO_USER_RATIO = new Decimal("1.25");

export interface RewardAmounts {
  userCents: number;
  issuerCents: number;
}

export function issuerCentsFor(userCents: number): number {
  return new Decimal(userCents).times(ISSUER_TO_USER_RATIO).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** The reward value the user sees: the boosted value once the user has boosted the offer. */
export function effectiveRewardValue(offer: Offer, boosted: boolean): number {
  return boosted && offer.boostedValue !== undefined ? offer.boostedValue : offer.userReward.value;
}

export function computeReward(offer: Offer, amountCents: number, boosted: boolean): RewardAmounts {
  const value = new Decimal(effectiveRewardValue(offer, boosted));
  let user =
    offer.userReward.type === "PERCENT"
      ? new Decimal(amountCents).times(value).dividedBy(100)
      : value.times(100);
  user = user.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (offer.maxRewardCents !== undefined) user = Decimal.min(user, offer.maxRewardCents);
  if (offer.minRewardCents !== undefined) user = Decimal.max(user, offer.minRewardCents);
  const userCents = user.toNumber();
  return { userCents, issuerCents: issuerCentsFor(userCents) };
}

/** "$20.00" from 2000 cents. */
export function formatCents(cents: number): string {
  return `$${new Decimal(cents).dividedBy(100).toFixed(2)}`;
}

/** The `baseReward` component text: "5.7% cash back" or "$2.00 cash back". */
export function formatReward(type: "FLAT" | "PERCENT", value: number): string {
  return type === "PERCENT" ? `${new Decimal(value).toString()}% cash back` : `${formatCents(new Decimal(value).times(100).toNumber())} cash back`;
}
