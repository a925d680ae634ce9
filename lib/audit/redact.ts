/**
 * Redaction of what an audit row keeps of a request or response.
 *
 * Source: the audit history issue ("redacted request/response summaries") and the house rule
 * "secrets never reach audit rows: tokens, Authorization headers, passwords, card numbers (last 4),
 * PINs, gift card codes/credentials, KvitkaCard transaction codes (last 4), api_token,
 * client_secret". Field names come from the provider documents in ../shared/seeds/.
 */

export const REDACTED = "[redacted]";

/** Upper bound of one stored summary, in UTF-8 bytes of its JSON, marker included. */
export const SUMMARY_MAX_BYTES = 4096;

export const TRUNCATION_MARKER = "…[truncated]";

/** Keys are compared lowercased with `-` and `_` removed, so `api_token`, `apiToken` and `API-Token` are one key. */
function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, "");
}

/**
 * Keys whose value is dropped whole, wherever they appear: Authorization/Cookie headers, KvitkaCard
 * `api_token`, Kard `client_secret` and `access_token`, Open Loyalty `jwt-token` and `sign`,
 * Kazawallet `x-api-key`/`x-api-secret`/webhook `secret`/3DS `validateCode`/`giftCardCode`, KTN
 * credentials (`pinCode`, `redemptionUrl`), and our own password fields.
 */
const SECRET_KEYS = new Set(
  [
    "authorization", "proxy-authorization", "cookie", "set-cookie", "sign", "pin", "pinCode",
    "cvv", "cvc", "otp", "validateCode", "giftCardCode", "redemptionUrl", "credentials",
  ].map(normalizeKey),
);

/** Any key containing one of these is a secret too (`passwordHash`, `x-api-secret`, `refresh_token`, `notify-signature`). */
const SECRET_KEY_PARTS = ["password", "secret", "token", "apikey", "signature"];

/**
 * Keys whose value keeps only its last 4 characters: card numbers (Kazawallet, KTN credentials),
 * the Open Loyalty prepaid card `accountId`, and KvitkaCard's 16-digit `transaction_code`.
 */
const LAST4_KEYS = new Set(["cardNumber", "cardNo", "pan", "accountId", "transaction_code"].map(normalizeKey));

/** `****4719`; values of 4 characters or fewer are masked whole. */
export function maskLast4(value: string): string {
  const clear = value.replace(/[\s-]/g, "");
  return clear.length > 4 ? `****${clear.slice(-4)}` : "****";
}

const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
// 15–19 digits (card PANs, KvitkaCard 16-digit codes), optionally grouped by spaces or dashes, not
// glued to letters so the digits inside ids and hashes are left alone.
const LONG_DIGITS = /(?<![A-Za-z0-9_])\d(?:[ -]?\d){14,18}(?![A-Za-z0-9_])/g;

/** Masks secrets recognisable by their value alone, anywhere in free text. */
export function redactText(text: string): string {
  return text
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(LONG_DIGITS, (digits) => maskLast4(digits));
}

function redactKeyed(key: string, value: unknown, seen: WeakSet<object>): unknown {
  const name = normalizeKey(key);
  if (value === null || value === undefined) return value;
  if (SECRET_KEYS.has(name) || SECRET_KEY_PARTS.some((part) => name.includes(part))) return REDACTED;
  if (LAST4_KEYS.has(name) && (typeof value === "string" || typeof value === "number")) {
    return maskLast4(String(value));
  }
  return redactWalk(value, seen);
}

function redactObject(value: object, seen: WeakSet<object>): unknown {
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactWalk(item, seen));
  const entries =
    value instanceof Headers
      ? [...value.entries()]
      : value instanceof Error
        ? [["name", value.name], ["message", value.message], ...Object.entries(value)]
        : Object.entries(value);
  return Object.fromEntries(entries.map(([key, item]) => [key, redactKeyed(key, item, seen)]));
}

function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function redactWalk(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === "string") {
    // A raw body passed as text is redacted by key too (e.g. a KvitkaCard body with api_token).
    const parsed = parseJsonText(value);
    return parsed === undefined ? redactText(value) : redactWalk(parsed, seen);
  }
  if (typeof value === "number") return Number.isInteger(value) ? redactNumber(value) : value;
  if (typeof value === "bigint") return redactText(value.toString());
  if (value === null || typeof value !== "object") return typeof value === "function" ? undefined : value;
  // Date, decimal.js Decimal and the like say how they serialise.
  const toJSON = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof toJSON === "function") return redactWalk(toJSON.call(value), seen);
  return redactObject(value, seen);
}

function redactNumber(value: number): number | string {
  const masked = redactText(String(value));
  return masked === String(value) ? value : masked;
}

/**
 * Deep copy of `value` with secrets removed: by key name (case-, `-`- and `_`-insensitive) and by
 * value pattern in every string (Bearer/Basic credentials, JWTs, 15–19-digit numbers → last 4).
 * Dates and Decimals become their JSON form, Errors `{name, message, …}`, Headers a plain object,
 * cycles "[circular]". Never throws.
 */
export function redact(value: unknown): unknown {
  return redactWalk(value, new WeakSet());
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  const room = maxBytes - encoder.encode(TRUNCATION_MARKER).length;
  const { read } = encoder.encodeInto(text, new Uint8Array(Math.max(room, 0)));
  return text.slice(0, read) + TRUNCATION_MARKER;
}

/**
 * The stored form of a request or response summary: redacted JSON, at most `maxBytes` UTF-8 bytes
 * (longer JSON is cut and ends with TRUNCATION_MARKER, so it no longer parses). `undefined` and
 * `null` give `null` (no summary).
 */
export function summarize(value: unknown, maxBytes = SUMMARY_MAX_BYTES): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(redact(value)) ?? null;
  return json === null ? null : truncateUtf8(json, maxBytes);
}
