import type { ProviderSlug } from "./slugs";

/**
 * What a failed provider call means for the operation that made it:
 * - "failed": the provider did not apply the request (4xx, 429, a read that timed out, a request
 *   refused before it was sent).
 * - "unknown": the provider may have applied it (a write that timed out, lost its response,
 *   got a 5xx or an unreadable body); reconciliation must ask the provider before anything else.
 */
export type ProviderOutcome = "failed" | "unknown";

export interface ProviderErrorInit {
  provider: ProviderSlug;
  endpoint: string;
  /** The HTTP status the provider answered; null when nothing was answered (or nothing sent). */
  httpStatus: number | null;
  code: string;
  message: string;
  retryable: boolean;
  outcome: ProviderOutcome;
  /** Provider-specific detail (validation errors, JSON:API error objects). Never secrets. */
  details?: unknown;
  retryAfterMs?: number;
}

/**
 * The brand every ProviderError carries. Next.js bundles a module once per route bundle, so an
 * error thrown by one copy of this class is not `instanceof` another copy: the brand (a
 * registered symbol, the same in every bundle) is what recognises it.
 */
const BRAND = Symbol.for("merchant-console.ProviderError");

/**
 * The one error type every wire client throws. `code` is the provider's own error code when it
 * sends one (KvitkaCard `error_code`, Kard JSON:API `code`), otherwise one of ours:
 * TIMEOUT, NETWORK, HTTP_<status>, INVALID_RESPONSE, RATE_LIMITED, INVALID_REQUEST (refused
 * before sending, see {@link notSent}).
 */
export class ProviderError extends Error implements ProviderErrorInit {
  readonly [BRAND] = true;
  readonly provider: ProviderSlug;
  readonly endpoint: string;
  readonly httpStatus: number | null;
  readonly code: string;
  readonly retryable: boolean;
  readonly outcome: ProviderOutcome;
  readonly details?: unknown;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    super(init.message);
    this.name = "ProviderError";
    this.provider = init.provider;
    this.endpoint = init.endpoint;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.retryable = init.retryable;
    this.outcome = init.outcome;
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** True for a ProviderError from any bundle (by brand, not `instanceof`). */
export function isProviderError(value: unknown): value is ProviderError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * A request our own checks refused before it was sent: nothing reached the provider, so the
 * outcome is "failed" and repeating it unchanged fails the same way. `code` defaults to
 * INVALID_REQUEST; a provider may name a narrower one (e.g. Kard's BATCH_LIMIT_EXCEEDED).
 */
export function notSent(provider: ProviderSlug, endpoint: string, message: string, details?: unknown, code = "INVALID_REQUEST"): ProviderError {
  return new ProviderError({ provider, endpoint, httpStatus: null, code, message, details, retryable: false, outcome: "failed" });
}
