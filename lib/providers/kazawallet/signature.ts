import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * The payment-link webhook's `secret`, exactly as Kasroad's own WooCommerce plugin computes it:
 * message = `${amount}:::${orderId}:::${apiKey}` (the strings as received, no re-formatting),
 * h = SHA-256(message) raw (32 bytes), mac = HMAC-SHA512(key = apiSecret, h) raw, Base64 (88 chars).
 * `status` is NOT part of it, although seed 004's step 2 says "from the received order_id,
 * status and amount": no code and not the page's own PHP line uses it (docs/providers/kazawallet.md).
 * Source: kazawallet-recovered.md §2.3.
 */
export function paymentLinkSecret(amount: string, orderId: string, apiKey: string, apiSecret: string): string {
  const digest = createHash("sha256").update(`${amount}:::${orderId}:::${apiKey}`, "utf8").digest();
  return createHmac("sha512", apiSecret).update(digest).digest("base64");
}

/** Constant-time comparison of two strings (false without comparing when their lengths differ). */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when `secret` is the payment-link secret of (amount, orderId) under the merchant's key and secret. */
export function verifyPaymentLinkSecret(input: { amount: string; orderId: string; secret: string }, apiKey: string, apiSecret: string): boolean {
  return sameSecret(input.secret, paymentLinkSecret(input.amount, input.orderId, apiKey, apiSecret));
}
