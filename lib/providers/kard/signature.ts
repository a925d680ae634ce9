import { createHmac, timingSafeEqual } from "node:crypto";

/** The header Kard puts the webhook signature in (header names are case-insensitive). */
export const KARD_SIGNATURE_HEADER = "notify-signature";

export type KardSignatureCheck = "VALID" | "INVALID" | "MISSING";

/**
 * The signature Kard sends for `rawBody`: HMAC-SHA256 keyed with the issuer's webhook key,
 * base64 digest. Source: guide "Notifications" › "Webhook Authentication".
 */
export function signKardWebhook(rawBody: string, key: string): string {
  return createHmac("sha256", key).update(rawBody, "utf8").digest("base64");
}

/**
 * Verifies a notification webhook: recomputes HMAC-SHA256(key, rawBody) as base64 and compares
 * it with the `notify-signature` header in constant time (`timingSafeEqual` on equal-length
 * buffers; a length mismatch is INVALID without comparing). Verify the raw body exactly as
 * received: the guide's recipe hashes `JSON.stringify(req.body)`, which equals the raw body only
 * when Kard sends compact JSON, so re-serialising is not done here.
 * Returns MISSING for an absent or empty header (the guide answers 403), INVALID for a mismatch
 * (the guide answers 401), VALID otherwise.
 * Source: guide "Notifications" › "Webhook Authentication" and its Node.js code recipe.
 */
export function verifyKardSignature(rawBody: string, signatureHeader: string | null, key: string): KardSignatureCheck {
  const received = signatureHeader?.trim();
  if (!received) return "MISSING";
  const expected = Buffer.from(signKardWebhook(rawBody, key), "utf8");
  const given = Buffer.from(received, "utf8");
  if (given.length !== expected.length) return "INVALID";
  return timingSafeEqual(given, expected) ? "VALID" : "INVALID";
}
