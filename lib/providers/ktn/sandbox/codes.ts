import { createHash } from "node:crypto";

/*
 * Deterministic stand-ins for the identifiers and card codes KTN generates: the same order id
 * always yields the same values, so a reset sandbox replays identically and tests can assert them.
 */

function digest(label: string, orderId: number): Buffer {
  return createHash("sha256").update(`ktn-sandbox:${label}:${orderId}`).digest();
}

function pick(bytes: Buffer, alphabet: string, length: number): string {
  return Array.from(bytes.subarray(0, length), (byte) => alphabet[byte % alphabet.length]).join("");
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Like the documented `"paymentTransactionId": "onDXOXLWWWbboObL"`: 16 letters. */
export function paymentTransactionId(orderId: number): string {
  return pick(digest("payment", orderId), LETTERS, 16);
}

/** Numeric string like the documented `"giftCardTransactionId": "67767"` (order 65 gets exactly that). */
export function giftCardTransactionId(orderId: number): string {
  return String(67702 + orderId);
}

/** UUID-shaped, like the documented `giftCardCustomIdentifier`. */
export function giftCardCustomIdentifier(orderId: number): string {
  const hex = digest("custom", orderId).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A 16-character card code and a 6-digit PIN. */
export function cardCode(orderId: number): { cardNumber: string; pinCode: string } {
  const bytes = digest("card", orderId);
  return { cardNumber: pick(bytes, CODE_ALPHABET, 16), pinCode: pick(bytes.subarray(16), "0123456789", 6) };
}
