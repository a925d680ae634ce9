import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { logger } from "@/lib/log";
import { sharedRateLimiter } from "@/lib/shared-rate-limiter";

/**
 * Refusals of callers nobody knows (no session, a bogus session cookie) are audited as DENIED
 * rows, but each address gets at most ANONYMOUS_REFUSALS.points audited refusals per window:
 * beyond that a refusal is only logged, in one line, so the internet cannot grow the audit table
 * (the append-only chain never ages out). Refusals of signed-in staff are always audited.
 * Source: issue 11, finding 6.
 */
export const ANONYMOUS_REFUSALS = { points: 30, windowSeconds: 10 * 60 };

const holder = globalThis as { __anonymousRefusals?: RateLimiterAbstract };

function limiter(): RateLimiterAbstract {
  if (holder.__anonymousRefusals) return holder.__anonymousRefusals;
  holder.__anonymousRefusals = sharedRateLimiter({ keyPrefix: "anonymous-refusals", points: ANONYMOUS_REFUSALS.points, duration: ANONYMOUS_REFUSALS.windowSeconds });
  return holder.__anonymousRefusals;
}

/**
 * True when this anonymous refusal may get its audit row; false (after logging it in one line)
 * when `ip` has used its budget.
 */
export async function auditAnonymousRefusal(ip: string | null | undefined, what: { action: string; reason: string }): Promise<boolean> {
  try {
    await limiter().consume(ip ?? "unknown");
    return true;
  } catch (error) {
    if (error instanceof Error) throw error;
    logger.warn({ ip, action: what.action, reason: what.reason }, "refused (not audited: this address's audit budget for anonymous refusals is used)");
    return false;
  }
}

/** Tests: forget every address's budget. */
export function resetRefusalBudget(): void {
  holder.__anonymousRefusals = undefined;
}
