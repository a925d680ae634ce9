import { defineProvider } from "../definition";
import { createOpenLoyaltyClient } from "./client";

/**
 * Open Loyalty Pay: PayWizard's (WizarPOS) `openLoyaltyPay` prepaid channel over Factor4. Live
 * with `OPEN_LOYALTY_CLIENT_ID`, `OPEN_LOYALTY_CLIENT_SECRET` and `OPEN_LOYALTY_JWT_TOKEN` (the
 * merchant token PayWizard issues at onboarding); `OPEN_LOYALTY_CHANNEL` names the
 * `loyaltyChannel` (default FACTOR4). The sandbox takes olp_sandbox_client / olp_sandbox_secret /
 * olp_sandbox_jwt. Source: recovered spec §2 (token), §5 (base URLs: production
 * https://portal.paywizard.biz, vendor sandbox https://uat.paywizard.biz).
 */
export const openLoyaltyProvider = defineProvider({
  slug: "open-loyalty",
  envPrefix: "OPEN_LOYALTY",
  liveBaseUrl: "https://portal.paywizard.biz",
  credentialEnv: { clientId: "OPEN_LOYALTY_CLIENT_ID", clientSecret: "OPEN_LOYALTY_CLIENT_SECRET", jwtToken: "OPEN_LOYALTY_JWT_TOKEN" },
  sandboxCredentials: { clientId: "olp_sandbox_client", clientSecret: "olp_sandbox_secret", jwtToken: "olp_sandbox_jwt" },
  optionEnv: { loyaltyChannel: "OPEN_LOYALTY_CHANNEL" },
  createClient: (config, fetch) =>
    createOpenLoyaltyClient(
      {
        baseUrl: config.baseUrl,
        clientId: config.credentials.clientId,
        clientSecret: config.credentials.clientSecret,
        jwtToken: config.credentials.jwtToken,
        loyaltyChannel: config.options.loyaltyChannel ?? "FACTOR4",
      },
      fetch,
    ),
});
