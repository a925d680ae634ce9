import Decimal from "decimal.js";

/**
 * The sandbox merchant's card plan (OUR DESIGN: seed 004 says only "The issue fee and top-up fees
 * may differ per tier and per merchant plan"). Fees are USD, charged to the merchant's USD wallet
 * on top of the amount loaded; a top-up fee is a percentage with a minimum, rounded half-up to cents.
 */
export const SANDBOX_CARD_PLAN = {
  basic: { issueFee: "2.00", topUpPercent: "2.5", topUpMinimum: "1.00" },
  plus: { issueFee: "5.00", topUpPercent: "1.5", topUpMinimum: "0.50" },
} as const;

export type SandboxTier = keyof typeof SANDBOX_CARD_PLAN;

export function topUpFee(tier: SandboxTier, amount: Decimal): Decimal {
  const plan = SANDBOX_CARD_PLAN[tier];
  const percent = amount.mul(plan.topUpPercent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return Decimal.max(percent, plan.topUpMinimum);
}

export function issueFee(tier: SandboxTier): Decimal {
  return new Decimal(SANDBOX_CARD_PLAN[tier].issueFee);
}
