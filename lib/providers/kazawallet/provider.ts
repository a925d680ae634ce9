import { defineProvider } from "../definition";
import { createKazawalletClient } from "./client";
import { sandboxWebhookToken } from "./webhook-token";

/**
 * Kazawallet (Kasroad). Live with `KAZAWALLET_API_KEY`, `KAZAWALLET_API_SECRET`,
 * `KAZAWALLET_MERCHANT_EMAIL` and `KAZAWALLET_WEBHOOK_TOKEN` (the secret the console's webhook URL
 * must carry, `/api/webhooks/kazawallet?token=…`); the sandbox accepts `kw_sandbox_key`,
 * `kw_sandbox_secret`, `merchant@demo.test` and a token generated per process.
 * Source: seed 004 "Base URL", "Authentication"; issue 9.
 */
export const kazawalletProvider = defineProvider({
  slug: "kazawallet",
  envPrefix: "KAZAWALLET",
  liveBaseUrl: "https://outdoor.kasroad.com/wallet",
  credentialEnv: {
    apiKey: "KAZAWALLET_API_KEY",
    apiSecret: "KAZAWALLET_API_SECRET",
    merchantEmail: "KAZAWALLET_MERCHANT_EMAIL",
    webhookToken: "KAZAWALLET_WEBHOOK_TOKEN",
  },
  sandboxCredentials: {
    apiKey: "kw_sandbox_key",
    apiSecret: "kw_sandbox_secret",
    merchantEmail: "merchant@demo.test",
    webhookToken: sandboxWebhookToken(),
  },
  createClient: (config, fetch) =>
    createKazawalletClient(
      { baseUrl: config.baseUrl, apiKey: config.credentials.apiKey, apiSecret: config.credentials.apiSecret, merchantEmail: config.credentials.merchantEmail },
      fetch,
    ),
});
