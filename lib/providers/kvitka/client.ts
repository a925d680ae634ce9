import type { z } from "zod";
import { type FetchFn, type ParsedProviderError, providerRequest } from "@/lib/providers/http";
import { notSent, ProviderError } from "@/lib/providers/provider-error";
import { isRateLimiterUnavailable, type KvitkaRateLimiter } from "./rate-limiter";
import {
  type DepositConfirmInput,
  depositConfirmInputSchema,
  type DepositConfirmResponse,
  depositConfirmResponseSchema,
  type DepositInitInput,
  depositInitInputSchema,
  type DepositInitResponse,
  depositInitResponseSchema,
  type DepositRejectInput,
  depositRejectInputSchema,
  type DepositRejectResponse,
  depositRejectResponseSchema,
  errorEnvelopeSchema,
  type WithdrawConfirmInput,
  withdrawConfirmInputSchema,
  type WithdrawConfirmResponse,
  withdrawConfirmResponseSchema,
  type WithdrawInitInput,
  withdrawInitInputSchema,
  type WithdrawInitResponse,
  withdrawInitResponseSchema,
} from "./schemas";

export interface KvitkaClientConfig {
  /** https://www.kvitkacard.com/api/v1 live, or this console's /sandbox/kvitka. */
  baseUrl: string;
  /** Sent as `api_token` in every JSON body. Secret: never logged. */
  apiToken: string;
  /**
   * The request budget every call waits on: the process-wide one of `apiToken`
   * (`kvitkaRateLimiterFor`, as provider.ts passes it) or, in tests, one of its own.
   */
  limiter: KvitkaRateLimiter;
  timeoutMs?: number;
}

/**
 * The KvitkaCard wire client: one method per documented endpoint, the provider's field names.
 * Every request waits for the rate limiter; none is ever retried, because a confirm repeated
 * without first learning the operation's state could hold or credit twice. Failures throw
 * `ProviderError` (provider "kvitka"): `code` is KvitkaCard's `error_code` when it sends one
 * (see ./error-codes.ts), else TIMEOUT / NETWORK / HTTP_<status> / INVALID_RESPONSE /
 * INVALID_REQUEST (input refused before sending) / RATE_LIMITER_UNAVAILABLE (shared limiter's
 * Redis unreachable, nothing sent); `outcome: "unknown"` means the step may have
 * been applied (timeout, 5xx, unreadable answer) and must be reconciled, never re-sent.
 */
export interface KvitkaClient {
  /**
   * withdraw/init.php: converts `points_amount` (this business's loyalty points, ≤ 2 decimals)
   * to KvitkaCoins and checks the 1–1000 KvitkaCoin limits; the operation is `initiated` and no
   * points may be deducted yet. `user_id` is our customer reference (parameters assumed: the
   * documentation lists none). Answer: `operation_id`, `amount_kc` (KvitkaCoins).
   * @throws ProviderError e.g. AMOUNT_OUT_OF_RANGE, INVALID_TOKEN, RATE_LIMIT_EXCEEDED.
   * Source: KvitkaCard API v1.0, "Step 1: Initiate withdrawal".
   */
  withdrawInit(input: WithdrawInitInput): Promise<WithdrawInitResponse>;
  /**
   * withdraw/confirm.php: `initiated` → `holding`; answers the 16-digit single-use
   * `transaction_code` and `amount_kc` (KvitkaCoins). Deduct the customer's points only after
   * this succeeds.
   * @throws ProviderError e.g. OPERATION_NOT_FOUND, INVALID_STATUS.
   * Source: KvitkaCard API v1.0, withdraw/confirm.php.
   */
  withdrawConfirm(input: WithdrawConfirmInput): Promise<WithdrawConfirmResponse>;
  /**
   * deposit/init.php: verifies `transaction_code` and answers `amount_kc` (KvitkaCoins) and
   * `points_amount` (this business's points to credit); the operation is `pending_deposit`.
   * Check internal limits before confirming; calling it again for a code pending here re-reads
   * that pending deposit (sandbox behaviour, assumed live), which is how a deposit's state is
   * learned before any repeated confirm.
   * @throws ProviderError e.g. CODE_NOT_FOUND, CODE_ALREADY_USED, CODE_IN_USE.
   * Source: KvitkaCard API v1.0, "Step 1: Verify code".
   */
  depositInit(input: DepositInitInput): Promise<DepositInitResponse>;
  /**
   * deposit/confirm.php: `pending_deposit` → `completed`, the code is spent; answers
   * `points_amount` (this business's points). Credit the customer only after this succeeds.
   * @throws ProviderError e.g. OPERATION_NOT_FOUND, CODE_NOT_FOUND, CODE_ALREADY_USED, INVALID_STATUS.
   * Source: KvitkaCard API v1.0, "Step 2: Confirm deposit".
   */
  depositConfirm(input: DepositConfirmInput): Promise<DepositConfirmResponse>;
  /**
   * deposit/reject.php: refuses a pending deposit (optional `reason`, for KvitkaCard's logs);
   * the operation returns to `holding` and the code stays usable at another business.
   * @throws ProviderError as depositConfirm.
   * Source: KvitkaCard API v1.0, "Alternative: Reject deposit".
   */
  depositReject(input: DepositRejectInput): Promise<DepositRejectResponse>;
  /** The limiter this client's requests wait on (for its queue depth and next free slot). */
  readonly limiter: KvitkaRateLimiter;
}

/**
 * The shared limiter could not give a slot (its Redis is unreachable): nothing was sent, so the
 * outcome is "failed", but unlike a refused input the same request may succeed once Redis is back.
 */
function limiterUnavailable(endpoint: string, reason: string): ProviderError {
  return new ProviderError({
    provider: "kvitka",
    endpoint,
    httpStatus: null,
    code: "RATE_LIMITER_UNAVAILABLE",
    message: `KvitkaCard request not sent: ${reason}`,
    retryable: true,
    outcome: "failed",
  });
}

/** `{success:false, error_code, message}` in any answer. Source: "Error codes". */
function kvitkaError(body: unknown): ParsedProviderError | undefined {
  const parsed = errorEnvelopeSchema.safeParse(body);
  return parsed.success ? { code: parsed.data.error_code, message: parsed.data.message || parsed.data.error_code } : undefined;
}

/**
 * Builds the wire client over `fetch` (the network live, the in-process simulator in sandbox
 * mode, anything in tests). Pure: the limiter comes in with the config.
 */
export function createKvitkaClient(config: KvitkaClientConfig, fetch: FetchFn): KvitkaClient {
  const baseUrl = config.baseUrl.replace(/\/$/, "");
  const { limiter } = config;

  function call<I extends z.ZodType, T>(
    endpoint: string,
    path: string,
    inputSchema: I,
    input: unknown,
    toBody: (params: z.output<I>) => Record<string, unknown>,
    schema: z.ZodType<T>,
  ): Promise<T> {
    const params = inputSchema.safeParse(input);
    if (!params.success) {
      const message = params.error.issues[0]?.message ?? "invalid request";
      return Promise.reject(notSent("kvitka", endpoint, message, params.error.issues.slice(0, 5)));
    }
    const json = { api_token: config.apiToken, ...toBody(params.data) };
    return limiter
      .schedule(() =>
        providerRequest(fetch, {
          provider: "kvitka",
          endpoint,
          method: "POST",
          url: `${baseUrl}${path}`,
          json,
          schema,
          parseError: (_status, body) => kvitkaError(body),
          errorInSuccessBody: kvitkaError,
          timeoutMs: config.timeoutMs,
        }),
      )
      .catch((error: unknown) => {
        if (isRateLimiterUnavailable(error)) throw limiterUnavailable(endpoint, error.message);
        throw error;
      });
  }

  return {
    limiter,
    withdrawInit: (input) =>
      call(
        "withdrawInit",
        "/withdraw/init.php",
        withdrawInitInputSchema,
        input,
        (p) => ({ user_id: p.user_id, points_amount: p.points_amount.toNumber() }),
        withdrawInitResponseSchema,
      ),
    withdrawConfirm: (input) =>
      call("withdrawConfirm", "/withdraw/confirm.php", withdrawConfirmInputSchema, input, (p) => p, withdrawConfirmResponseSchema),
    depositInit: (input) =>
      call("depositInit", "/deposit/init.php", depositInitInputSchema, input, (p) => p, depositInitResponseSchema),
    depositConfirm: (input) =>
      call("depositConfirm", "/deposit/confirm.php", depositConfirmInputSchema, input, (p) => p, depositConfirmResponseSchema),
    depositReject: (input) =>
      call("depositReject", "/deposit/reject.php", depositRejectInputSchema, input, (p) => p, depositRejectResponseSchema),
  };
}
