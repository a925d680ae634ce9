import Decimal from "decimal.js";

/**
 * Points ↔ KvitkaCoins conversion and the per-operation limits.
 *
 * The documentation says conversion "happens automatically based on your business currency and
 * multiplier" and shows amounts with two decimals; its examples carry amount_kc 176.32 to
 * points_amount 88.16 at the receiving business. Our model (an assumption, see
 * kvitka-assumptions.md): each business has a `multiplier` = loyalty points per 1 KvitkaCoin
 * (the example's receiver: 0.5), its currency only names what its points are worth, and every
 * converted amount is rounded half-up to two decimals. The live service converts for us; the
 * console shows its answers and uses this module only for the sandbox and previews.
 * Source: KvitkaCard API v1.0, "Limits" and the deposit/init.php "Response example".
 */

/** Minimum and maximum of one operation, in KvitkaCoins. Source: "Limits". */
export const KC_MIN = new Decimal(1);
export const KC_MAX = new Decimal(1000);

/** A business's conversion terms. `multiplier`: loyalty points per 1 KvitkaCoin, > 0. */
export interface BusinessRate {
  currency: string;
  multiplier: Decimal;
}

function toTwoDecimals(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Loyalty points → KvitkaCoins (withdraw/init): points ÷ multiplier, two decimals, half-up. */
export function pointsToKvitkaCoins(points: Decimal.Value, rate: BusinessRate): Decimal {
  return toTwoDecimals(new Decimal(points).div(rate.multiplier));
}

/** KvitkaCoins → loyalty points (deposit/init): KC × multiplier, two decimals, half-up. */
export function kvitkaCoinsToPoints(kvitkaCoins: Decimal.Value, rate: BusinessRate): Decimal {
  return toTwoDecimals(new Decimal(kvitkaCoins).mul(rate.multiplier));
}

/** True when an amount in KvitkaCoins is within 1 ≤ KC ≤ 1000 (both ends allowed). */
export function withinKvitkaLimits(kvitkaCoins: Decimal.Value): boolean {
  const kc = new Decimal(kvitkaCoins);
  return kc.gte(KC_MIN) && kc.lte(KC_MAX);
}
