export const PROVIDER_SLUGS = ["kard", "ktn", "kazawallet", "kvitka", "open-loyalty"] as const;
export type ProviderSlug = (typeof PROVIDER_SLUGS)[number];

/**
 * What a failed provider call means for the operation that made it:
 * - "failed": the provider did not apply the request (4xx, 429, a read that timed out).
 * - "unknown": the provider may have applied it (a write that timed out, lost its response,
 *   got a 5xx or an unreadable body); reconciliation must ask the provider before anything else.
 */
export type ProviderOutcome = "failed" | "unknown";

export interface ProviderErrorInit {
  provider: ProviderSlug;
  endpoint: string;
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
 * The one error type every wire client throws. `code` is the provider's own error code when it
 * sends one (KvitkaCard `error_code`, Kard JSON:API `code`), otherwise one of ours:
 * TIMEOUT, NETWORK, HTTP_<status>, INVALID_RESPONSE, RATE_LIMITED.
 */
export class ProviderError extends Error implements ProviderErrorInit {
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

export function isProviderError(value: unknown): value is ProviderError {
  return value instanceof ProviderError;
}
