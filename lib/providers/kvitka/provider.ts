import { defineProvider } from "../definition";
import { createKvitkaClient } from "./client";

/**
 * KvitkaCard. Live with `KVITKA_API_TOKEN` (sent as `api_token` in every body); the sandbox
 * accepts `kvitka_sandbox_token` (this business) and `kvitka_partner_token` (a partner).
 * Source: KvitkaCard API v1.0, "Base URL" and "Authentication".
 */
export const kvitkaProvider = defineProvider({
  slug: "kvitka",
  envPrefix: "KVITKA",
  liveBaseUrl: "https://www.kvitkacard.com/api/v1",
  credentialEnv: { apiToken: "KVITKA_API_TOKEN" },
  sandboxCredentials: { apiToken: "kvitka_sandbox_token" },
  createClient: (config, fetch) => createKvitkaClient({ baseUrl: config.baseUrl, apiToken: config.credentials.apiToken }, fetch),
});
