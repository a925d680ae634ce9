import { randomBytes } from "node:crypto";

/**
 * The sandbox's webhook URL token, generated once per process (on globalThis, so every route
 * bundle and the simulator share it). Kazawallet documents no authentication for card, withdrawal
 * and deposit webhooks, so the console accepts them only on a URL carrying this token
 * (`?token=`); live, it is `KAZAWALLET_WEBHOOK_TOKEN`.
 */
export function sandboxWebhookToken(): string {
  const holder = globalThis as { __kazawalletSandboxWebhookToken?: string };
  return (holder.__kazawalletSandboxWebhookToken ??= randomBytes(24).toString("base64url"));
}

/** The query parameter the webhook token travels in. */
export const WEBHOOK_TOKEN_PARAM = "token";
