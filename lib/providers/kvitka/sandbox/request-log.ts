import { kvitkaRefusal } from "./errors";

/**
 * The provider's side of "Maximum 60 requests per 60 seconds per API token": a sliding log of
 * accepted request times per token. A request is refused while 60 others were accepted in the
 * 60 s before it (a request exactly 60 s after another no longer shares its window).
 * Source: KvitkaCard API v1.0, "Rate limiting".
 */
export function createRequestLog(now: () => number, limit = 60, windowMs = 60_000) {
  const log = new Map<string, number[]>();
  return {
    /** Records a request by `apiToken` or throws RATE_LIMIT_EXCEEDED (429, Retry-After). */
    admit(apiToken: string): void {
      const at = now();
      const recent = (log.get(apiToken) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((recent[0] + windowMs - at) / 1000));
        log.set(apiToken, recent);
        throw kvitkaRefusal(
          "RATE_LIMIT_EXCEEDED",
          `Rate limit exceeded: maximum ${limit} requests per ${windowMs / 1000} seconds per API token.`,
          { "retry-after": String(retryAfterSeconds) },
        );
      }
      recent.push(at);
      log.set(apiToken, recent);
    },
    clear(): void {
      log.clear();
    },
  };
}
