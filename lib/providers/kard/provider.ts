import { defineProvider } from "../definition";
import { createKardClient } from "./client";

/**
 * Kard rewards. Live with `KARD_CLIENT_ID`, `KARD_CLIENT_SECRET`, `KARD_ORGANIZATION_ID` and
 * `KARD_WEBHOOK_KEY`; options `KARD_AUTH_BASE_URL` (the per-client token host
 * `{subdomain}.getkard.com`, live only) and `KARD_TARGET_ISSUER` (`X-Kard-Target-Issuer`).
 * The sandbox's credentials are the contract.
 * Source: Kard guide "Authentication"; kard-openapi.yaml `servers`.
 */
export const kardProvider = defineProvider({
  slug: "kard",
  envPrefix: "KARD",
  liveBaseUrl: "https://test-rewards-api.getkard.com",
  credentialEnv: {
    clientId: "KARD_CLIENT_ID",
    clientSecret: "KARD_CLIENT_SECRET",
    organizationId: "KARD_ORGANIZATION_ID",
    webhookKey: "KARD_WEBHOOK_KEY",
  },
  sandboxCredentials: {
    clientId: "kard_sandbox_client",
    clientSecret: "kard_sandbox_secret",
    organizationId: "org_sandbox",
    issuerName: "sandbox",
    webhookKey: "kard_sandbox_webhook_key",
  },
  optionEnv: { authBaseUrl: "KARD_AUTH_BASE_URL", targetIssuer: "KARD_TARGET_ISSUER" },
  createClient: (config, fetch) =>
    createKardClient(
      {
        baseUrl: config.baseUrl,
        clientId: config.credentials.clientId,
        clientSecret: config.credentials.clientSecret,
        organizationId: config.credentials.organizationId,
        targetIssuer: config.options.targetIssuer,
        authBaseUrl: config.mode === "live" ? config.options.authBaseUrl : undefined,
      },
      fetch,
    ),
});
