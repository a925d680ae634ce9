import type { z } from "zod";
import { type FetchFn, type HttpMethod, type ParsedProviderError, providerRequest } from "@/lib/providers/http";
import { notSent } from "@/lib/providers/provider-error";
import {
  type CardActionInput,
  cardActionInputSchema,
  type CardActionResponse,
  cardActionResponseSchema,
  cardDetailsResponseSchema,
  type CardDetailsResponse,
  cardsListResponseSchema,
  type CardsListResponse,
  cardTransactionsResponseSchema,
  type CardTransactionsResponse,
  type CreateCardInput,
  createCardInputSchema,
  type CreateCardResponse,
  createCardResponseSchema,
  type IssueCardInput,
  issueCardInputSchema,
  type IssueCardResponse,
  issueCardResponseSchema,
  type TopUpCardInput,
  topUpCardInputSchema,
  type TopUpCardResponse,
  topUpCardResponseSchema,
  type ValidateCodeInput,
  validateCodeInputSchema,
  type ValidateCodeResponse,
  validateCodeResponseSchema,
} from "./schemas/cards";
import { errorEnvelopeSchema } from "./schemas/common";
import {
  type CreateDepositInput,
  createDepositInputSchema,
  type CreateGiftCardInput,
  createGiftCardInputSchema,
  type CreateGiftCardResponse,
  createGiftCardResponseSchema,
  type CreatedPaymentResponse,
  createdPaymentResponseSchema,
  type CreatePaymentLinkInput,
  createPaymentLinkInputSchema,
  type CreatePaymentLinkResponse,
  createPaymentLinkResponseSchema,
  type CreateWithdrawalInput,
  createWithdrawalInputSchema,
  type FieldKind,
  type MethodFieldsResponse,
  methodFieldsResponseSchema,
  type RatesResponse,
  ratesResponseSchema,
  type RedeemGiftCardInput,
  redeemGiftCardInputSchema,
  type RedeemGiftCardResponse,
  redeemGiftCardResponseSchema,
  type TransferInput,
  transferInputSchema,
  type TransferResponse,
  transferResponseSchema,
  type WalletsResponse,
  walletsResponseSchema,
} from "./schemas/merchant";

export interface KazawalletClientConfig {
  /** https://outdoor.kasroad.com/wallet live, or this console's /sandbox/kazawallet. */
  baseUrl: string;
  /** `x-api-key`. */
  apiKey: string;
  /** `x-api-secret`. Secret: never logged. */
  apiSecret: string;
  /** `merchant-email`: the merchant account's email. */
  merchantEmail: string;
  timeoutMs?: number;
}

/**
 * The Kazawallet wire client: one method per endpoint of seed 004, the provider's field names,
 * zod both ways (schemas/). Kazawallet documents no idempotency key, so no request is ever
 * retried: a write whose answer is lost is `outcome: "unknown"` and must be reconciled from the
 * reads (cards list, card transactions, wallets), never re-sent blind.
 * Failures throw `ProviderError` (provider "kazawallet"): `code` KAZAWALLET_ERROR with the
 * `error` message of `{success:false, error}` (any HTTP status), else TIMEOUT / NETWORK /
 * HTTP_<status> / INVALID_RESPONSE / INVALID_REQUEST (refused before sending).
 */
export interface KazawalletClient {
  /** POST /createPaymentLink (only `x-api-key`): a hosted link; answers `id`, `url`. */
  createPaymentLink(input: CreatePaymentLinkInput): Promise<CreatePaymentLinkResponse>;
  /** POST /createWithdrawalRequest: a payout to `paymentMethod` with its `fields`; answers the request (pending). */
  createWithdrawalRequest(input: CreateWithdrawalInput): Promise<CreatedPaymentResponse>;
  /** GET /get-rate: current exchange rates. */
  getRates(): Promise<RatesResponse>;
  /** GET /get-merchant-wallets: the merchant's balance per currency. */
  getMerchantWallets(): Promise<WalletsResponse>;
  /** GET /get-payment-method-fields?id=&field=: the fields a method asks for (`withdraw` or `deposit`). */
  getPaymentMethodFields(id: string | number, field: FieldKind): Promise<MethodFieldsResponse>;
  /** POST /createDepositRequest (no merchant-email header: it travels as `merchantEmail`). */
  createDepositRequest(input: Omit<CreateDepositInput, "merchantEmail">): Promise<CreatedPaymentResponse>;
  /** POST /transfer-from-merchant-to-user: moves funds from a merchant wallet to a user. */
  transferFromMerchantToUser(input: TransferInput): Promise<TransferResponse>;
  /** POST /wallet-cards/create-then-topup: issues a `basic` (default) or `plus` card loaded with `amount`. */
  issueCard(input: IssueCardInput): Promise<IssueCardResponse>;
  /** PUT /wallet-cards/topup. */
  topUpCard(input: TopUpCardInput): Promise<TopUpCardResponse>;
  /** PUT /wallet-cards/cancel: irreversible. */
  cancelCard(input: CardActionInput): Promise<CardActionResponse>;
  /** PUT /wallet-cards/lock. */
  lockCard(input: CardActionInput): Promise<CardActionResponse>;
  /** PUT /wallet-cards/unlock. */
  unlockCard(input: CardActionInput): Promise<CardActionResponse>;
  /** GET /get-merchant-wallets-cards: every card of the merchant. */
  getCardsList(): Promise<CardsListResponse>;
  /** GET /wallet-cards/get-card-details?cardId=. */
  getCardDetails(cardId: string): Promise<CardDetailsResponse>;
  /** GET /wallet-cards/get-transactions?cardId=. */
  getCardTransactions(cardId: string): Promise<CardTransactionsResponse>;
  /** POST /wallet-cards/validate-code: confirms a 3DS payment with the event's `validateCode`. */
  validateCode(input: ValidateCodeInput): Promise<ValidateCodeResponse>;
  /**
   * POST /wallet-cards/create: a card without a top-up.
   * @deprecated Kazawallet: "use Issue Card (POST /wallet-cards/create-then-topup)". Kept for
   * completeness; the console never offers it.
   */
  createCard(input: CreateCardInput): Promise<CreateCardResponse>;
  /** POST /gift-card/create: expiry fixed by Kazawallet at one year (none is sent). */
  createGiftCard(input: CreateGiftCardInput): Promise<CreateGiftCardResponse>;
  /** POST /gift-card/redeem: credits a user with the code's value. */
  redeemGiftCard(input: RedeemGiftCardInput): Promise<RedeemGiftCardResponse>;
}

/** `{success:false, error}` → our terms. Source: kazawallet-recovered.md §4.2 "Response Error". */
function kazawalletError(body: unknown): ParsedProviderError | undefined {
  const parsed = errorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { error } = parsed.data;
  if (typeof error === "string") return { code: "KAZAWALLET_ERROR", message: error || "Kazawallet refused the request" };
  return { code: error.details?.key ?? "KAZAWALLET_ERROR", message: error.message ?? "Kazawallet refused the request", details: error.details };
}

type Headers = "key" | "all" | "noMerchant";

/** Builds the wire client over `fetch` (the network live, the simulator in sandbox mode, anything in tests). Pure. */
export function createKazawalletClient(config: KazawalletClientConfig, fetch: FetchFn): KazawalletClient {
  const baseUrl = config.baseUrl.replace(/\/$/, "");

  function headersFor(kind: Headers): Record<string, string> {
    if (kind === "key") return { "x-api-key": config.apiKey };
    const both = { "x-api-key": config.apiKey, "x-api-secret": config.apiSecret };
    return kind === "all" ? { ...both, "merchant-email": config.merchantEmail } : both;
  }

  function send<T>(endpoint: string, method: HttpMethod, path: string, schema: z.ZodType<T>, headers: Headers, json?: unknown): Promise<T> {
    return providerRequest(fetch, {
      provider: "kazawallet",
      endpoint,
      method,
      url: `${baseUrl}${path}`,
      headers: headersFor(headers),
      json,
      schema,
      parseError: (_status, body) => kazawalletError(body),
      errorInSuccessBody: kazawalletError,
      timeoutMs: config.timeoutMs,
    });
  }

  function write<I extends z.ZodType, T>(
    endpoint: string,
    method: HttpMethod,
    path: string,
    inputSchema: I,
    input: unknown,
    schema: z.ZodType<T>,
    headers: Headers = "all",
    toBody: (params: z.output<I>) => unknown = (p) => p,
  ): Promise<T> {
    const params = inputSchema.safeParse(input);
    if (!params.success) {
      const issue = params.error.issues[0];
      const message = issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "invalid request";
      return Promise.reject(notSent("kazawallet", endpoint, message, params.error.issues.slice(0, 5)));
    }
    return send(endpoint, method, path, schema, headers, toBody(params.data));
  }

  const byCard = (cardId: string) => `?${new URLSearchParams({ cardId })}`;

  return {
    createPaymentLink: (input) => write("createPaymentLink", "POST", "/createPaymentLink", createPaymentLinkInputSchema, input, createPaymentLinkResponseSchema, "key"),
    createWithdrawalRequest: (input) =>
      write("createWithdrawalRequest", "POST", "/createWithdrawalRequest", createWithdrawalInputSchema, input, createdPaymentResponseSchema, "noMerchant"),
    getRates: () => send("getRates", "GET", "/get-rate", ratesResponseSchema, "all"),
    getMerchantWallets: () => send("getMerchantWallets", "GET", "/get-merchant-wallets", walletsResponseSchema, "all"),
    getPaymentMethodFields: (id, field) =>
      send("getPaymentMethodFields", "GET", `/get-payment-method-fields?${new URLSearchParams({ id: String(id), field })}`, methodFieldsResponseSchema, "all"),
    createDepositRequest: (input) =>
      write(
        "createDepositRequest",
        "POST",
        "/createDepositRequest",
        createDepositInputSchema,
        { ...input, merchantEmail: config.merchantEmail },
        createdPaymentResponseSchema,
        "noMerchant",
      ),
    transferFromMerchantToUser: (input) =>
      write("transferFromMerchantToUser", "POST", "/transfer-from-merchant-to-user", transferInputSchema, input, transferResponseSchema, "noMerchant"),
    issueCard: (input) => write("issueCard", "POST", "/wallet-cards/create-then-topup", issueCardInputSchema, input, issueCardResponseSchema),
    topUpCard: (input) => write("topUpCard", "PUT", "/wallet-cards/topup", topUpCardInputSchema, input, topUpCardResponseSchema),
    cancelCard: (input) => write("cancelCard", "PUT", "/wallet-cards/cancel", cardActionInputSchema, input, cardActionResponseSchema),
    lockCard: (input) => write("lockCard", "PUT", "/wallet-cards/lock", cardActionInputSchema, input, cardActionResponseSchema),
    unlockCard: (input) => write("unlockCard", "PUT", "/wallet-cards/unlock", cardActionInputSchema, input, cardActionResponseSchema),
    getCardsList: () => send("getCardsList", "GET", "/get-merchant-wallets-cards", cardsListResponseSchema, "all"),
    getCardDetails: (cardId) => send("getCardDetails", "GET", `/wallet-cards/get-card-details${byCard(cardId)}`, cardDetailsResponseSchema, "all"),
    getCardTransactions: (cardId) =>
      send("getCardTransactions", "GET", `/wallet-cards/get-transactions${byCard(cardId)}`, cardTransactionsResponseSchema, "all"),
    validateCode: (input) => write("validateCode", "POST", "/wallet-cards/validate-code", validateCodeInputSchema, input, validateCodeResponseSchema),
    createCard: (input) => write("createCard", "POST", "/wallet-cards/create", createCardInputSchema, input, createCardResponseSchema),
    createGiftCard: (input) => write("createGiftCard", "POST", "/gift-card/create", createGiftCardInputSchema, input, createGiftCardResponseSchema),
    redeemGiftCard: (input) => write("redeemGiftCard", "POST", "/gift-card/redeem", redeemGiftCardInputSchema, input, redeemGiftCardResponseSchema),
  };
}
