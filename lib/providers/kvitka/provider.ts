import { defineProvider } from "../definition";
import { createKvitkaClient } from "./client";
import { kvitkaRateLimiterFor } from "./rate-limiter";

/**
 * KvitkaCard. Live with `KVITKA_API_TOKEN` (sent as `api_token` in every body); the sandbox
 * accepts `kvitka_sandbox_token` (this business) and `kvitka_partner_token` (a partner).
 * Every client of a token waits on that token's process-wide rate limiter, shared with the other
 * console instances through Redis when `REDIS_URL` is set.
 * Source: KvitkaCard API v1.0, "Base URL", "Authentication" and "Rate limiting".
 */
export const kvitkaProvider = defineProvider({
  slug: "kvitka",
  envPrefix: "KVITKA",
  liveBaseUrl: "https://www.kvitkacard.com/api/v1",
  credentialEnv: { apiToken: "KVITKA_API_TOKEN" },
  sandboxCredentials: { apiToken: "kvitka_sandbox_token" },
  optionEnv: { redisUrl: "REDIS_URL" },
  createClient: (config, fetch) => {
    const { apiToken } = config.credentials;
    return createKvitkaClient({ baseUrl: config.baseUrl, apiToken, limiter: kvitkaRateLimiterFor(apiToken, config.options.redisUrl) }, fetch);
  },
});
