import { createHmac } from "node:crypto";

/**
 * Kard's webhook signature, sender side: base64(HMAC-SHA256(webhook key, raw JSON body)), sent
 * in the `notify-signature` header. The receiver recomputes it over the bytes it received.
 * Source: Kard seed, "Notifications" → "Webhook Authentication" and its auth.js code recipe
 * (`createHmac('sha256', secretKey).update(stringRequest).digest('base64')`).
 */
export const SIGNATURE_HEADER = "notify-signature";

export function signNotificationBody(body: string, webhookKey: string): string {
  return createHmac("sha256", webhookKey).update(body, "utf8").digest("base64");
}
