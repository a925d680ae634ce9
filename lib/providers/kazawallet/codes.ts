/**
 * Kazawallet's card code tables, decoded to the names the console shows.
 * Source: seed 004, "Get Card Transactions" › "Transaction State" and "Card Webhooks" ›
 * "Status (details.status)", "Type (details.type)", "Direction (details.direction)".
 */

/** Transaction state / webhook `details.status` 1–7. No webhook is sent for 4 (POSTED). */
export const TRANSACTION_STATES = {
  1: "Successful",
  2: "Failed",
  3: "In process",
  4: "Posted",
  5: "Not posted",
  6: "Payment failed",
  7: "Cancelled",
} as const;

/** Transaction type / webhook `details.type` 1–10. */
export const TRANSACTION_TYPES = {
  1: "Recharge / Mortgage",
  2: "Consumption",
  3: "Refund",
  4: "Cash withdrawal",
  5: "Redemption",
  6: "Management fee",
  7: "Other",
  8: "Replacement",
  9: "Deactivate",
  10: "Refund reversal",
} as const;

/** Transaction direction / webhook `details.direction` 1–2. */
export const TRANSACTION_DIRECTIONS = { 1: "Income", 2: "Expense" } as const;

/** The state codes, by name, for code that sets or compares them. */
export const STATE = { SUCCESSFUL: 1, FAILED: 2, IN_PROCESS: 3, POSTED: 4, NOT_POSTED: 5, PAYMENT_FAILED: 6, CANCELLED: 7 } as const;
/** The type codes this console acts on, by name. */
export const TYPE = { RECHARGE: 1, CONSUMPTION: 2, REFUND: 3 } as const;
/** The direction codes, by name. */
export const DIRECTION = { INCOME: 1, EXPENSE: 2 } as const;

function decode(table: Readonly<Record<number, string>>, code: number): string {
  return Object.hasOwn(table, code) ? table[code] : `Unknown (${code})`;
}

/** "Successful" for 1 … "Cancelled" for 7; "Unknown (n)" for a code the documentation does not list. */
export const stateName = (code: number) => decode(TRANSACTION_STATES, code);
/** "Recharge / Mortgage" for 1 … "Refund reversal" for 10; "Unknown (n)" otherwise. */
export const typeName = (code: number) => decode(TRANSACTION_TYPES, code);
/** "Income" for 1, "Expense" for 2; "Unknown (n)" otherwise. */
export const directionName = (code: number) => decode(TRANSACTION_DIRECTIONS, code);
