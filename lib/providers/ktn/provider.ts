import { defineProvider } from "../definition";
import { createKtnClient } from "./client";

/**
 * KTN Gift Card. Live with `KTN_API_KEY` (a merchant API key, sent as a Bearer token); the
 * sandbox accepts `ktn_sandbox_key`.
 * Source: KTN Gift Card API Documentation, "Base URL" and "Authentication".
 */
export const ktnProvider = defineProvider({
  slug: "ktn",
  envPrefix: "KTN",
  liveBaseUrl: "https://api.ktngiftcard.katronai.com/katron-gift-card",
  credentialEnv: { apiKey: "KTN_API_KEY" },
  sandboxCredentials: { apiKey: "ktn_sandbox_key" },
  createClient: (config, fetch) => createKtnClient({ baseUrl: config.baseUrl, apiKey: config.credentials.apiKey }, fetch),
});
