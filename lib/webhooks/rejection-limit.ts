import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sharedRateLimiter } from "@/lib/shared-rate-limiter";

/**
 * Deliveries whose signature does not verify come from anyone on the internet, so how many are
 * stored is limited: per source (provider and client IP) REJECTED_PER_SOURCE per window, and for
 * all sources together REJECTED_OVERALL per hour. Beyond either the delivery is answered 429 with
 * Retry-After and not stored nor audited (one log line). Deliveries that verify are never limited.
 * Source: issue 11, finding 6.
 */
export const REJECTED_PER_SOURCE = { points: 20, windowSeconds: 10 * 60 };
export const REJECTED_OVERALL = { points: 500, windowSeconds: 60 * 60 };

interface Limiters {
  source: RateLimiterAbstract;
  overall: RateLimiterAbstract;
}

const holder = globalThis as { __rejectedWebhookLimiters?: Limiters };

function limiters(): Limiters {
  if (holder.__rejectedWebhookLimiters) return holder.__rejectedWebhookLimiters;
  const make = (keyPrefix: string, { points, windowSeconds }: { points: number; windowSeconds: number }) =>
    sharedRateLimiter({ keyPrefix, points, duration: windowSeconds });
  holder.__rejectedWebhookLimiters = { source: make("webhook-rejected-source", REJECTED_PER_SOURCE), overall: make("webhook-rejected-all", REJECTED_OVERALL) };
  return holder.__rejectedWebhookLimiters;
}

/** 0 when this rejected delivery may be stored (one is counted); otherwise the seconds until one may. */
export async function rejectedDeliveryRetryAfter(provider: string, ip: string | null | undefined): Promise<number> {
  const { source, overall } = limiters();
  try {
    await source.consume(`${provider}|${ip ?? "unknown"}`);
    await overall.consume("all");
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Tests: forget every count. */
export function resetRejectionLimits(): void {
  holder.__rejectedWebhookLimiters = undefined;
}
