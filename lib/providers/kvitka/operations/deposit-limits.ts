import Decimal from "decimal.js";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";

/**
 * The merchant's own limits on points credited from KvitkaCard codes. The documentation tells the
 * depositor to "check your internal limits before confirming" and to reject what they do not
 * allow; it does not say what they are, so they are ours: at most KVITKA_MAX_POINTS_PER_OPERATION
 * points per deposit (default 1000) and KVITKA_MAX_POINTS_PER_DAY per UTC day (default 5000).
 * Source: KvitkaCard API v1.0, "Step 1: Verify code" and "Alternative: Reject deposit".
 */
export interface DepositLimits {
  /** Points. */
  perOperation: Decimal;
  /** Points per UTC calendar day. */
  perDay: Decimal;
}

const DEFAULTS = { perOperation: "1000", perDay: "5000" };

function limitFromEnv(name: string, fallback: string): Decimal {
  const raw = process.env[name]?.trim();
  if (!raw) return new Decimal(fallback);
  if (!/^\d+(\.\d{1,2})?$/.test(raw) || new Decimal(raw).lte(0)) {
    throw new OperationError("LIMITS_MISCONFIGURED", `${name} must be a positive number of points with at most two decimals.`);
  }
  return new Decimal(raw);
}

/** @throws OperationError LIMITS_MISCONFIGURED when an env value is not a positive amount. */
function depositLimits(): DepositLimits {
  return {
    perOperation: limitFromEnv("KVITKA_MAX_POINTS_PER_OPERATION", DEFAULTS.perOperation),
    perDay: limitFromEnv("KVITKA_MAX_POINTS_PER_DAY", DEFAULTS.perDay),
  };
}

const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Points credited today: completed deposits settled since UTC midnight, plus deposits whose
 * confirm answer was lost today (they may have been applied: counted, to stay on the safe side).
 */
async function pointsCreditedToday(now = new Date(), excludeId?: string): Promise<Decimal> {
  const since = startOfUtcDay(now);
  const rows = await db.kvitkaOperation.findMany({
    where: {
      direction: "DEPOSIT",
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [
        { status: "completed", settledAt: { gte: since } },
        { status: "unknown", pendingStep: "deposit_confirm", updatedAt: { gte: since } },
      ],
    },
    select: { pointsAmount: true },
  });
  return rows.reduce((sum, r) => sum.add(r.pointsAmount?.toString() ?? 0), new Decimal(0));
}

/** A deposit's points against the limits; every amount is points, as decimal strings. */
export interface LimitCheck {
  points: string;
  perOperationMax: string;
  perDayMax: string;
  creditedToday: string;
  remainingToday: string;
  withinPerOperation: boolean;
  withinPerDay: boolean;
  ok: boolean;
}

/** Checks `points` (the deposit's own record excluded from today's total). */
export async function checkDepositLimits(points: Decimal.Value, excludeId?: string, now = new Date()): Promise<LimitCheck> {
  const limits = depositLimits();
  const amount = new Decimal(points);
  const credited = await pointsCreditedToday(now, excludeId);
  const remaining = Decimal.max(limits.perDay.sub(credited), 0);
  const withinPerOperation = amount.lte(limits.perOperation);
  const withinPerDay = amount.lte(remaining);
  return {
    points: amount.toFixed(2),
    perOperationMax: limits.perOperation.toFixed(2),
    perDayMax: limits.perDay.toFixed(2),
    creditedToday: credited.toFixed(2),
    remainingToday: remaining.toFixed(2),
    withinPerOperation,
    withinPerDay,
    ok: withinPerOperation && withinPerDay,
  };
}
