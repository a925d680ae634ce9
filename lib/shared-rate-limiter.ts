import { RateLimiterMemory, RateLimiterRedis, type IRateLimiterOptions, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getRedis } from "@/lib/redis";

/**
 * A rate-limiter-flexible limiter shared by every console instance through REDIS_URL, or this
 * process's own on the embedded default. While Redis does not answer, the shared limiter falls
 * back to an in-process one with the same limits (the library's `insuranceLimiter`): each instance
 * then counts on its own — looser across several instances, never off — and sign-in, webhooks and
 * the audit of refusals keep working instead of failing with Redis.
 */
export function sharedRateLimiter(options: IRateLimiterOptions & { keyPrefix: string }): RateLimiterAbstract {
  const redis = getRedis();
  if (!redis) return new RateLimiterMemory(options);
  return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
}
