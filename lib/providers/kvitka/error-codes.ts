/**
 * KvitkaCard error codes and the HTTP status each is answered with.
 *
 * The documentation says only: "On error, the API returns JSON with success: false, error_code
 * and message fields" — it lists no codes and no statuses. These are our assumption (see
 * docs/providers/kvitka.md); the sandbox answers with them, and the client passes
 * whatever `error_code` the live service sends through unchanged as `ProviderError.code`.
 * Source: KvitkaCard API v1.0, "Error codes".
 */
export const KVITKA_ERRORS = {
  /** Body is not JSON, Content-Type is not application/json, or a parameter is missing/malformed. */
  INVALID_REQUEST: 400,
  /** `api_token` missing or not issued to any business. */
  INVALID_TOKEN: 401,
  /** The converted amount is below 1 or above 1000 KvitkaCoins. */
  AMOUNT_OUT_OF_RANGE: 400,
  /** No operation with this `operation_id` belongs to the calling business. */
  OPERATION_NOT_FOUND: 404,
  /** The operation is not in the status this step needs (e.g. confirming a holding withdrawal). */
  INVALID_STATUS: 409,
  /** No active transaction code with these 16 digits (or it is not this operation's code). */
  CODE_NOT_FOUND: 404,
  /** The code was spent by a completed deposit: single-use. */
  CODE_ALREADY_USED: 409,
  /** Another business has a deposit pending on this code; it must confirm or reject first. */
  CODE_IN_USE: 409,
  /** More than 60 requests in 60 seconds with this `api_token`. */
  RATE_LIMIT_EXCEEDED: 429,
  /** The path is not an API endpoint. */
  ENDPOINT_NOT_FOUND: 404,
  /** Every endpoint is POST. */
  METHOD_NOT_ALLOWED: 405,
} as const;

export type KvitkaErrorCode = keyof typeof KVITKA_ERRORS;
