/** A freshly issued access token and its lifetime in seconds (`expires_in`). */
export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

export interface TokenCacheOptions {
  /** Fetches a new token (POST /v2/auth/token). */
  fetchToken: () => Promise<IssuedToken>;
  /** Clock in epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** How long before expiry a token stops being handed out (ms). Default 60 000. */
  refreshMarginMs?: number;
}

export interface TokenCache {
  /** The cached token, or a new one when there is none or it is about to expire. */
  get(): Promise<string>;
  /** Drops `token` if it is still the cached one (after a 401); a newer token is kept. */
  invalidate(token: string): void;
}

/**
 * Caches the OAuth2 access token until `refreshMarginMs` before `expires_in` runs out (at most
 * half the lifetime, so a short-lived token is still reused). Concurrent callers share one
 * in-flight fetch; a failed fetch is not cached, so the next call tries again.
 * Source: guide "Authentication" (`expires_in` 3600 s); issue: refresh before expiry, single-flight.
 */
export function createTokenCache({ fetchToken, now = Date.now, refreshMarginMs = 60_000 }: TokenCacheOptions): TokenCache {
  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  function refresh(): Promise<string> {
    if (inFlight) return inFlight;
    // Counted from the request, not the answer, so network latency never stretches the lifetime.
    const requestedAt = now();
    inFlight = fetchToken()
      .then(({ accessToken, expiresInSeconds }) => {
        const lifetimeMs = expiresInSeconds * 1000;
        cached = { token: accessToken, refreshAt: requestedAt + lifetimeMs - Math.min(refreshMarginMs, lifetimeMs / 2) };
        return accessToken;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  }

  return {
    get() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      return refresh();
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
