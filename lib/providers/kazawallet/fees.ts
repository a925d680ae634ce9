import Decimal from "decimal.js";
import type { CardType } from "./schemas/cards";

/**
 * The merchant card plan the console previews fees with before an issue or top-up (OUR
 * ASSUMPTION: Kazawallet says only that fees "may differ per tier and per merchant plan" and
 * documents no read for them). It is the sandbox merchant's plan; Kazawallet's answer
 * (`createdTransfer.fee`) is what is charged and recorded. USD, rounded half-up to cents.
 */
const PLAN: Record<CardType, { issueFee: string; topUpPercent: string; topUpMinimum: string }> = {
  basic: { issueFee: "2.00", topUpPercent: "2.5", topUpMinimum: "1.00" },
  plus: { issueFee: "5.00", topUpPercent: "1.5", topUpMinimum: "0.50" },
};

/** The previewed top-up fee of `amount` on a `tier` card. */
export function previewTopUpFee(tier: CardType, amount: Decimal.Value): Decimal {
  const plan = PLAN[tier];
  return Decimal.max(new Decimal(amount).mul(plan.topUpPercent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), plan.topUpMinimum);
}

/** The previewed charges of an issue: issue fee, fee on the initial top-up, and the total taken from the USD wallet. */
export function previewIssue(tier: CardType, amount: Decimal.Value) {
  const issueFee = new Decimal(PLAN[tier].issueFee);
  const topUpFee = previewTopUpFee(tier, amount);
  return { issueFee, topUpFee, total: new Decimal(amount).plus(issueFee).plus(topUpFee) };
}
