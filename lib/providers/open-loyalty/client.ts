import Decimal from "decimal.js";
import type { z } from "zod";
import { type FetchFn, type ParsedProviderError, providerRequest } from "@/lib/providers/http";
import { notSent } from "@/lib/providers/provider-error";
import {
  type CardData,
  cardDataSchema,
  type CustomerInfo,
  type EntryType,
  envelopeSchema,
  giftActivateBodySchema,
  giftInquiryBodySchema,
  giftIssuanceBodySchema,
  giftTipBodySchema,
  giftTransactionBodySchema,
  giftVoidBodySchema,
  loyaltyPointsBodySchema,
  successSchema,
  type TransactionData,
  transactionDataSchema,
  type VoidData,
  voidDataSchema,
} from "./schemas";
import { openLoyaltySign } from "./sign";

export interface OpenLoyaltyClientConfig {
  /** https://portal.paywizard.biz live (or OPEN_LOYALTY_BASE_URL), this console's /sandbox/open-loyalty otherwise. */
  baseUrl: string;
  /** The developer id, sent as `clientId` in every body and appended to the signed text. */
  clientId: string;
  /** The HMAC key of `sign`. Secret: never sent, never logged. */
  clientSecret: string;
  /** The merchant token issued at onboarding, sent as the `jwt-token` header. Secret. */
  jwtToken: string;
  /** The prepaid channel, `loyaltyChannel` in the bodies that carry it ("FACTOR4"). */
  loyaltyChannel: string;
  timeoutMs?: number;
}

/** A card as the caller names it. */
export interface CardRef {
  accountId: string;
  entryType: EntryType;
}

/** Money we send: a Decimal or decimal string, positive, at most two decimals ("10.50" on the wire). */
export type MoneyInput = Decimal | string;
/** Points we send: a whole number ("1" on the wire). */
export type PointsInput = Decimal | string | number;

export interface ActivateInput extends CardRef {
  customerInfo: CustomerInfo;
}
export interface TopUpInput extends CardRef {
  tranOrderNo: string;
  amount: MoneyInput;
  tranCurrency: string;
  customerInfo?: CustomerInfo;
}
export interface PayInput extends CardRef {
  tranOrderNo: string;
  amount: MoneyInput;
  tranCurrency: string;
  nsfAllowed?: boolean;
}
export interface VoidInput {
  tranOrderNo: string;
  /** The original payment's or top-up's `checkoutId`. */
  oriOrderNo: string;
}
export interface PointsInputBody extends CardRef {
  tranOrderNo: string;
  amount: PointsInput;
}
export interface TipInput extends CardRef {
  tranOrderNo: string;
  /** The original payment's `checkoutId`. */
  oriOrderNo: string;
  amount: MoneyInput;
  tranCurrency: string;
}

/**
 * The Open Loyalty Pay wire client: the eight POST endpoints under `/ovstrade/openLoyaltyPay/`,
 * each body built in the documentation's field names, checked by its schema, serialised ONCE,
 * signed (`sign` header, ./sign.ts) and sent as exactly that text with the `jwt-token` header.
 * Answers are the envelope's `data`, zod-checked. Nothing is retried except the inquiry (a read):
 * a repeated write must carry the same `tranOrderNo`, which is the caller's to keep.
 * Failures throw `ProviderError` (provider "open-loyalty"): `code` is the envelope's non-200
 * `code` as text (the sandbox's are in ./error-codes.ts), else TIMEOUT / NETWORK / HTTP_<status> /
 * INVALID_RESPONSE / INVALID_REQUEST (refused before sending); `outcome: "unknown"` means a write
 * may have been applied (timeout, lost answer, 5xx, unreadable answer).
 * Source: ../shared/seeds/003_4f16c7c692592474.txt; ../shared/specs/open-loyalty-pay-recovered.md.
 */
export interface OpenLoyaltyClient {
  /** giftActivate: activates a card (`activating: "Y"`) with its holder's details; answers its balances. */
  giftActivate(input: ActivateInput): Promise<CardData>;
  /** giftInquiry ("Query"): the card's balances (`USD`, `Points`) and holder details. */
  giftInquiry(input: CardRef): Promise<CardData>;
  /** giftIssuance ("Top-up"): adds `amount` (assumed field, see the docs) to the card. */
  giftIssuance(input: TopUpInput): Promise<TransactionData>;
  /** giftTransaction ("Pay"): takes `amount`; with `nsfAllowed`, approves what the card holds (in `data.amount`). */
  giftTransaction(input: PayInput): Promise<TransactionData>;
  /** giftVoid: reverses the payment or top-up whose `checkoutId` is `oriOrderNo`. */
  giftVoid(input: VoidInput): Promise<VoidData>;
  /** loyaltyIssuance ("Issue Points"): adds whole points to the card's `Points` balance. */
  loyaltyIssuance(input: PointsInputBody): Promise<TransactionData>;
  /** loyaltyRedemption ("Redeem Points"): takes whole points; never below zero. */
  loyaltyRedemption(input: PointsInputBody): Promise<TransactionData>;
  /** giftTip ("Add Tip"): a tip on the payment whose `checkoutId` is `oriOrderNo`. */
  giftTip(input: TipInput): Promise<TransactionData>;
}

const PREFIX = "/ovstrade/openLoyaltyPay";

/** The envelope's non-200 `code` and `msg`, from any answer. Source: recovered spec §4. */
function envelopeError(body: unknown): ParsedProviderError | undefined {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success || parsed.data.code === 200) return undefined;
  return { code: String(parsed.data.code), message: parsed.data.msg || `Open Loyalty Pay code ${parsed.data.code}` };
}

/** "10.50": a positive amount with at most two decimals, as a wire string. */
function moneyText(value: MoneyInput): string | undefined {
  try {
    const d = new Decimal(value);
    return d.isFinite() && d.gt(0) && d.decimalPlaces() <= 2 ? d.toFixed(2) : undefined;
  } catch {
    return undefined;
  }
}

/** "53": a positive whole number of points, as a wire string. */
function pointsText(value: PointsInput): string | undefined {
  try {
    const d = new Decimal(value);
    return d.isFinite() && d.gt(0) && d.isInteger() ? d.toFixed(0) : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the client over `fetch` (network live, in-process simulator in sandbox mode, anything in tests). Pure. */
export function createOpenLoyaltyClient(config: OpenLoyaltyClientConfig, fetch: FetchFn): OpenLoyaltyClient {
  const baseUrl = config.baseUrl.replace(/\/$/, "");
  const { clientId, loyaltyChannel } = config;

  function call<T>(endpoint: string, bodySchema: z.ZodType, body: Record<string, unknown>, data: z.ZodType<T>, read = false): Promise<T> {
    const checked = bodySchema.safeParse(body);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const message = issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "invalid request";
      return Promise.reject(notSent("open-loyalty", endpoint, message, checked.error.issues.slice(0, 5)));
    }
    const text = JSON.stringify(checked.data);
    return providerRequest(fetch, {
      provider: "open-loyalty",
      endpoint,
      method: "POST",
      url: `${baseUrl}${PREFIX}/${endpoint}`,
      headers: { "jwt-token": config.jwtToken, sign: openLoyaltySign(text, clientId, config.clientSecret) },
      rawJson: text,
      schema: successSchema(data).transform((envelope) => envelope.data as T),
      parseError: (_status, answer) => envelopeError(answer),
      errorInSuccessBody: envelopeError,
      timeoutMs: config.timeoutMs,
      retry: read ? { retries: 1 } : undefined,
    });
  }

  const card = (input: CardRef) => ({ accountId: input.accountId, entryType: input.entryType });
  const refusedAmount = (endpoint: string, what: string) => Promise.reject(notSent("open-loyalty", endpoint, what));

  return {
    giftActivate: (input) =>
      call("giftActivate", giftActivateBodySchema, { clientId, loyaltyChannel, ...card(input), activating: "Y", customerInfo: input.customerInfo }, cardDataSchema),

    giftInquiry: (input) => call("giftInquiry", giftInquiryBodySchema, { clientId, loyaltyChannel, ...card(input) }, cardDataSchema, true),

    giftIssuance: (input) => {
      const amount = moneyText(input.amount);
      if (!amount) return refusedAmount("giftIssuance", "amount: a positive amount with at most two decimals");
      return call(
        "giftIssuance",
        giftIssuanceBodySchema,
        { clientId, tranOrderNo: input.tranOrderNo, loyaltyChannel, ...card(input), activating: "N", amount, tranCurrency: input.tranCurrency, customerInfo: input.customerInfo },
        transactionDataSchema,
      );
    },

    giftTransaction: (input) => {
      const amount = moneyText(input.amount);
      if (!amount) return refusedAmount("giftTransaction", "amount: a positive amount with at most two decimals");
      return call(
        "giftTransaction",
        giftTransactionBodySchema,
        { clientId, tranOrderNo: input.tranOrderNo, loyaltyChannel, amount, tranCurrency: input.tranCurrency, ...card(input), nsfAllowed: input.nsfAllowed },
        transactionDataSchema,
      );
    },

    giftVoid: (input) => call("giftVoid", giftVoidBodySchema, { clientId, tranOrderNo: input.tranOrderNo, oriOrderNo: input.oriOrderNo }, voidDataSchema),

    loyaltyIssuance: (input) => {
      const amount = pointsText(input.amount);
      if (!amount) return refusedAmount("loyaltyIssuance", "amount: a positive whole number of points");
      return call("loyaltyIssuance", loyaltyPointsBodySchema, { clientId, tranOrderNo: input.tranOrderNo, loyaltyChannel, ...card(input), amount }, transactionDataSchema);
    },

    loyaltyRedemption: (input) => {
      const amount = pointsText(input.amount);
      if (!amount) return refusedAmount("loyaltyRedemption", "amount: a positive whole number of points");
      return call("loyaltyRedemption", loyaltyPointsBodySchema, { clientId, tranOrderNo: input.tranOrderNo, loyaltyChannel, ...card(input), amount }, transactionDataSchema);
    },

    giftTip: (input) => {
      const amount = moneyText(input.amount);
      if (!amount) return refusedAmount("giftTip", "amount: a positive amount with at most two decimals");
      return call(
        "giftTip",
        giftTipBodySchema,
        { clientId, tranOrderNo: input.tranOrderNo, oriOrderNo: input.oriOrderNo, tranCurrency: input.tranCurrency, amount, ...card(input) },
        transactionDataSchema,
      );
    },
  };
}
