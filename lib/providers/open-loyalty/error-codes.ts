/**
 * The non-200 `code` values of the envelope, by name. PayWizard publishes no list ("200 indicates
 * a successful request. Any other value indicates an error."), so these are ours: the sandbox
 * answers with them, and the client passes whatever `code` the live service sends through as
 * `ProviderError.code` (its decimal text). Recorded in docs/providers/open-loyalty.md.
 * Source: recovered spec §4.
 */
export const OPEN_LOYALTY_ERRORS = {
  /** Body is not JSON, or a field is missing or malformed (entryType not B/K/M/P, amount not a decimal string, …). */
  INVALID_REQUEST: 400,
  /** `jwt-token` missing or not issued to this client. */
  INVALID_TOKEN: 401,
  /** `sign` missing or not the HMAC of this body with this client's secret, or an unknown clientId. */
  INVALID_SIGN: 403,
  /** The path is not one of the eight endpoints. */
  ENDPOINT_NOT_FOUND: 404,
  /** Every endpoint is POST. */
  METHOD_NOT_ALLOWED: 405,
  /** No card with this accountId on this loyalty channel. */
  CARD_NOT_FOUND: 1001,
  /** The card exists but has not been activated. */
  CARD_NOT_ACTIVE: 1002,
  /** The card is active already: activate only once. */
  CARD_ALREADY_ACTIVE: 1003,
  /** The card holds less than the amount and `nsfAllowed` is not true (or it holds nothing at all). */
  INSUFFICIENT_FUNDS: 1004,
  /** Redeeming more points than the card holds: points never go below zero. */
  INSUFFICIENT_POINTS: 1005,
  /** No transaction with this `oriOrderNo` (checkoutId) for this client (and, for a tip, this card). */
  ORIGINAL_NOT_FOUND: 1006,
  /** The original transaction was voided already. */
  ALREADY_VOIDED: 1007,
  /** Void applies to a payment or a top-up; a tip attaches to a payment only. */
  NOT_APPLICABLE: 1008,
  /** This tranOrderNo was used already for a different request. */
  ORDER_NO_REUSED: 1009,
  /** tranCurrency is not the card's currency. */
  CURRENCY_MISMATCH: 1010,
} as const;

export type OpenLoyaltyErrorName = keyof typeof OPEN_LOYALTY_ERRORS;

