import type { z } from "zod";
import { providerRequest, type FetchFn, type HttpMethod, type ParsedProviderError } from "@/lib/providers/http";
import { notSent } from "@/lib/providers/provider-error";
import {
  ktnAccountDetailsResponseSchema,
  ktnAckResponseSchema,
  ktnCredentialsResponseSchema,
  ktnErrorSchema,
  ktnFeePreferenceResponseSchema,
  ktnGiftCardListResponseSchema,
  ktnOrderListResponseSchema,
  ktnOrderResponseSchema,
  ktnPurchaseRequestSchema,
  type KtnAccountDetails,
  type KtnAck,
  type KtnCredential,
  type KtnFeePreference,
  type KtnGiftCard,
  type KtnOrder,
  type KtnPurchaseRequest,
} from "./schemas";

export interface KtnClientConfig {
  /** Documented base URL (`https://api.ktngiftcard.katronai.com/katron-gift-card`) or the sandbox's. */
  baseUrl: string;
  /** The merchant API key (a JWT), sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Per-attempt timeout in milliseconds; defaults to PROVIDER_TIMEOUT_MS or 10 000. */
  timeoutMs?: number;
}

/** Reads are safe to repeat: two extra attempts on 429 / 5xx / timeout / network errors. */
const READ_RETRY = { retries: 2, maxWaitMs: 5_000 };

/**
 * Maps the documented error envelope `{status:"error", message, errors}` to our terms. KTN sends
 * no machine-readable error code, so the code is the HTTP status (`HTTP_404`; 429 stays
 * RATE_LIMITED as everywhere else) and `errors` goes to `details.errors`.
 * Source: "Error Handling › Error Response Format".
 */
export function parseKtnError(httpStatus: number, body: unknown): ParsedProviderError | undefined {
  const parsed = ktnErrorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  return {
    code: httpStatus === 429 ? "RATE_LIMITED" : `HTTP_${httpStatus}`,
    message: parsed.data.message,
    details: { errors: parsed.data.errors },
  };
}

/**
 * "Always check the status field in the response body, not just the HTTP status code": a 2xx
 * whose body is the error envelope, or mirrors a 4xx/5xx status, is a failure.
 * Source: "Error Handling › Common Error Codes" (best practice note).
 */
function errorInSuccessBody(body: unknown): ParsedProviderError | undefined {
  const parsed = ktnErrorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { status } = parsed.data;
  if (status !== "error" && status < 400) return undefined;
  return {
    code: status === "error" ? "KTN_ERROR" : `HTTP_${status}`,
    message: parsed.data.message,
    details: { errors: parsed.data.errors },
  };
}

/**
 * Wire client for the KTN Gift Card Merchant API: one method per documented endpoint (errors
 * and logs name the endpoint as documented, e.g. `listAllGiftCardOrders` for listAllOrders). Every
 * method validates the `{status, message, data}` envelope with zod and resolves to `data` (the
 * acknowledgements of refresh/refund/void resolve to the whole envelope, whose `message` is the
 * only information they carry).
 *
 * Amounts are JSON numbers in major currency units (e.g. dollars): `balance`, `fee`, `subTotal`
 * and `total` in the account currency, `unitPrice` and denominations in the card's
 * `recipientCurrencyCode`.
 *
 * Errors: every method throws `ProviderError` (provider "ktn", endpoint = method's documented
 * name) — 4xx with code `HTTP_<status>`, the envelope's `message` and `details.errors`;
 * `RATE_LIMITED` on 429; `TIMEOUT` / `NETWORK`; `INVALID_RESPONSE` when the body does not match
 * the schema; `INVALID_REQUEST` (nothing sent, see `notSent`) for a purchase body the documented
 * request schema refuses, a blank idempotency key or an order id that is not a positive integer.
 * Writes that time out, lose their response or get a 5xx have `outcome: "unknown"`.
 *
 * Retries: reads (GET) and refreshOrder (it only asks KTN to re-check an order) retry twice on
 * retryable errors, honouring Retry-After. purchaseGiftCard, refundOrder and voidOrder
 * never retry here: an unknown purchase is settled by the operation layer, which
 * resends it with the SAME idempotency key once it has recorded the unknown outcome.
 *
 * Source: KTN Gift Card API Documentation, "Authentication" (Bearer token) and the endpoint
 * sections named on each method.
 */
export function createKtnClient(config: KtnClientConfig, fetch: FetchFn) {
  const baseUrl = config.baseUrl.replace(/\/$/, "");

  function call<T>(
    endpoint: string,
    method: HttpMethod,
    path: string,
    schema: z.ZodType<T>,
    options: { json?: unknown; headers?: Record<string, string>; retry?: boolean } = {},
  ): Promise<T> {
    return providerRequest(fetch, {
      provider: "ktn",
      endpoint,
      method,
      url: `${baseUrl}${path}`,
      headers: { authorization: `Bearer ${config.apiKey}`, ...options.headers },
      json: options.json,
      schema,
      parseError: parseKtnError,
      errorInSuccessBody,
      timeoutMs: config.timeoutMs,
      retry: options.retry ? READ_RETRY : undefined,
    });
  }

  /** `?orderId=<id>` for KTN's numeric order id. @throws ProviderError INVALID_REQUEST (not sent) for anything else. */
  function orderQuery(endpoint: string, orderId: number): string {
    if (!Number.isSafeInteger(orderId) || orderId <= 0) throw notSent("ktn", endpoint, `orderId must be a positive integer, not ${orderId}`);
    return `?orderId=${orderId}`;
  }

  return {
    /**
     * The merchant API profile: `active`, and `merchantApiProfileBalanceAccount` with `balance`
     * (dollars) and `chargeType`.
     * Source: "Account › Get Account Details" — GET /api/v1/merchant/getAccountDetails.
     */
    async getAccountDetails(): Promise<KtnAccountDetails> {
      const body = await call("getAccountDetails", "GET", "/api/v1/merchant/getAccountDetails", ktnAccountDetailsResponseSchema, { retry: true });
      return body.data;
    },

    /**
     * The fee tiers applied to purchases (`feeFor1To99` … dollars; `feePercentageFor1000To5000`
     * percent). Price them with `quoteKtnFee` from ./fees.
     * Source: "Account › Get Active Fee Preference" — GET /api/v1/merchant/giftCard/getActiveFeePreference.
     */
    async getActiveFeePreference(): Promise<KtnFeePreference> {
      const body = await call(
        "getActiveFeePreference",
        "GET",
        "/api/v1/merchant/giftCard/getActiveFeePreference",
        ktnFeePreferenceResponseSchema,
        { retry: true },
      );
      return body.data;
    },

    /**
     * The whole catalogue (no pagination is documented). Read a card's allowed prices with
     * `ktnDenominations` from ./denominations.
     * Source: "Gift Cards › List Gift Cards" — GET /api/v1/merchant/giftCard/listGiftCards.
     */
    async listGiftCards(): Promise<KtnGiftCard[]> {
      const body = await call("listGiftCards", "GET", "/api/v1/merchant/giftCard/listGiftCards", ktnGiftCardListResponseSchema, { retry: true });
      return body.data;
    },

    /**
     * Orders one gift card. `request.unitPrice` is the face value in the card's currency and must
     * be one of its FIXED denominations or within its RANGE. `idempotencyKey` is sent as the
     * `Idempotent-Key` header: generate it (UUID) and store it BEFORE calling, and resend the same
     * key when retrying the same purchase. Resolves to the new order (`PENDING` until fulfilled).
     * @throws ProviderError — 400 invalid request / insufficient balance, 404 unknown product;
     *   outcome "unknown" on timeout, lost response or 5xx (the order may exist).
     * Source: "Gift Cards › Purchase Gift Card" — POST /api/v1/merchant/giftCard/purchaseGiftCard.
     */
    async purchaseGiftCard(request: KtnPurchaseRequest, options: { idempotencyKey: string }): Promise<KtnOrder> {
      if (!options.idempotencyKey.trim()) throw notSent("ktn", "purchaseGiftCard", "purchaseGiftCard needs an idempotency key");
      const parsed = ktnPurchaseRequestSchema.safeParse(request);
      if (!parsed.success) {
        throw notSent("ktn", "purchaseGiftCard", parsed.error.issues[0]?.message ?? "invalid purchase request", parsed.error.issues.slice(0, 5));
      }
      const body = await call("purchaseGiftCard", "POST", "/api/v1/merchant/giftCard/purchaseGiftCard", ktnOrderResponseSchema, {
        json: parsed.data,
        headers: { "Idempotent-Key": options.idempotencyKey },
      });
      return body.data;
    },

    /**
     * Every order of the merchant profile. The documentation gives no pagination or filters.
     * Source: "Orders › List All Orders" — GET /api/v1/merchant/giftCard/listAllGiftCardOrders.
     */
    async listAllOrders(): Promise<KtnOrder[]> {
      const body = await call(
        "listAllGiftCardOrders",
        "GET",
        "/api/v1/merchant/giftCard/listAllGiftCardOrders",
        ktnOrderListResponseSchema,
        { retry: true },
      );
      return body.data;
    },

    /**
     * One order. @throws ProviderError 404 when the order does not exist.
     * Source: "Orders › Get Order By ID" — GET /api/v1/merchant/giftCard/getGiftCardOrderById?orderId=.
     */
    async getOrderById(orderId: number): Promise<KtnOrder> {
      const body = await call(
        "getGiftCardOrderById",
        "GET",
        `/api/v1/merchant/giftCard/getGiftCardOrderById${orderQuery("getGiftCardOrderById", orderId)}`,
        ktnOrderResponseSchema,
        { retry: true },
      );
      return body.data;
    },

    /**
     * The card codes of a fulfilled order (`cardNumber`, `pinCode`, `redemptionUrl`): secrets,
     * never log them. An empty list means "not delivered yet" — refresh the order.
     * @throws ProviderError 404 unknown order; 400 when the order failed, was voided or refunded.
     * Source: "Orders › Get Gift Card Credentials" — GET /api/v1/merchant/giftCard/getGiftCardCredentials?orderId=.
     */
    async getCredentials(orderId: number): Promise<KtnCredential[]> {
      const body = await call(
        "getGiftCardCredentials",
        "GET",
        `/api/v1/merchant/giftCard/getGiftCardCredentials${orderQuery("getGiftCardCredentials", orderId)}`,
        ktnCredentialsResponseSchema,
        { retry: true },
      );
      return body.data;
    },

    /**
     * Asks KTN to re-check a processing order; read the order again for its new status.
     * @throws ProviderError 404 unknown order.
     * Source: "Orders › Refresh Order" — POST /api/v1/merchant/giftCard/refreshOrder?orderId=.
     */
    async refreshOrder(orderId: number): Promise<KtnAck> {
      return call("refreshOrder", "POST", `/api/v1/merchant/giftCard/refreshOrder${orderQuery("refreshOrder", orderId)}`, ktnAckResponseSchema, {
        retry: true,
      });
    },

    /**
     * Refunds a paid, fulfilled order (`data: "refunded"`).
     * @throws ProviderError 400 when not eligible (not fulfilled, non-refundable brand, already
     *   refunded), 404 unknown order; outcome "unknown" on timeout or 5xx.
     * Source: "Orders › Refund Order Payment" — POST /api/v1/merchant/giftCard/refundOrderPayment?orderId=.
     */
    async refundOrder(orderId: number): Promise<KtnAck> {
      const query = orderQuery("refundOrderPayment", orderId);
      return call("refundOrderPayment", "POST", `/api/v1/merchant/giftCard/refundOrderPayment${query}`, ktnAckResponseSchema);
    },

    /**
     * Voids the payment of an order that is not fulfilled yet (`data: "void"`).
     * @throws ProviderError 400 when the order is already processed, 404 unknown order;
     *   outcome "unknown" on timeout or 5xx.
     * Source: "Orders › Void Order Payment" — POST /api/v1/merchant/giftCard/voidOrderPayment?orderId=.
     */
    async voidOrder(orderId: number): Promise<KtnAck> {
      return call("voidOrderPayment", "POST", `/api/v1/merchant/giftCard/voidOrderPayment${orderQuery("voidOrderPayment", orderId)}`, ktnAckResponseSchema);
    },
  };
}
