import { z } from "zod";
import { amountInput, currencyCode, successFlag, wireAmount, wireId } from "./common";

/**
 * Card payloads. Every request and answer below except the deprecated create's is OUR DESIGN:
 * the reference's JSON blocks were lost and no stored page recovers them
 * (kazawallet-recovered.md §5). The card is named by `cardId` ("kc-…", the one field the
 * recovered old create answer shows). Correct a shape here, in one place, once the live API is known.
 * Source: seed 004 "Cards"; kazawallet-recovered.md §5.10; docs/providers/kazawallet.md.
 */

/** The two tiers ("Use cardType to choose the tier — basic (default) or plus"). */
export const CARD_TYPES = ["basic", "plus"] as const;
export type CardType = (typeof CARD_TYPES)[number];

/** A card's state (our design): active ⇄ locked → cancelled. */
export const CARD_STATUSES = ["active", "locked", "cancelled"] as const;

export const cardIdSchema = z.string().trim().min(1).max(64);

/** One card as the list and details answer it (our design). `cardNumber` is masked to its last 4. */
export const cardSchema = z.object({
  cardId: cardIdSchema,
  email: z.string(),
  cardType: z.enum(CARD_TYPES),
  status: z.enum(CARD_STATUSES),
  balance: wireAmount,
  currency: currencyCode,
  cardNumber: z.string(),
  createdAt: z.string(),
});
export type KazawalletCard = z.infer<typeof cardSchema>;

/** The money movement an issue or top-up creates (the recovered old answer names it `createdTransfer`). */
export const createdTransferSchema = z.object({
  id: wireId,
  amount: wireAmount.optional(),
  fee: wireAmount.optional(),
  currency: currencyCode.optional(),
});

/** POST /wallet-cards/create-then-topup body (our design). `amount` is the initial top-up. */
export const issueCardInputSchema = z.object({
  email: z.string().trim().email(),
  amount: amountInput(),
  currency: currencyCode,
  cardType: z.enum(CARD_TYPES).default("basic"),
});
export type IssueCardInput = z.input<typeof issueCardInputSchema>;

/** Issue answer (our design, after the recovered old create answer: `created`, `cardId`, `createdTransfer`). */
export const issueCardResponseSchema = z.object({
  success: successFlag,
  created: z.literal(true),
  cardId: cardIdSchema,
  createdTransfer: createdTransferSchema,
});
export type IssueCardResponse = z.infer<typeof issueCardResponseSchema>;

/** PUT /wallet-cards/topup body (our design). */
export const topUpCardInputSchema = z.object({ cardId: cardIdSchema, amount: amountInput() });
export type TopUpCardInput = z.input<typeof topUpCardInputSchema>;

/** Top-up answer (our design). */
export const topUpCardResponseSchema = z.object({
  success: successFlag,
  cardId: cardIdSchema,
  balance: wireAmount,
  createdTransfer: createdTransferSchema,
});
export type TopUpCardResponse = z.infer<typeof topUpCardResponseSchema>;

/** PUT /wallet-cards/lock | unlock | cancel body (our design). */
export const cardActionInputSchema = z.object({ cardId: cardIdSchema });
export type CardActionInput = z.input<typeof cardActionInputSchema>;

/** Lock / unlock / cancel answer (our design): the card's new status. */
export const cardActionResponseSchema = z.object({ success: successFlag, cardId: cardIdSchema, status: z.enum(CARD_STATUSES) });
export type CardActionResponse = z.infer<typeof cardActionResponseSchema>;

/** GET /get-merchant-wallets-cards answer (our design). */
export const cardsListResponseSchema = z.object({ success: successFlag, cards: z.array(cardSchema) });
export type CardsListResponse = z.infer<typeof cardsListResponseSchema>;

/** GET /wallet-cards/get-card-details?cardId= answer (our design). */
export const cardDetailsResponseSchema = z.object({ success: successFlag, card: cardSchema });
export type CardDetailsResponse = z.infer<typeof cardDetailsResponseSchema>;

/**
 * One card transaction (our design, with the field names of the card webhooks' `details`):
 * `status` 1–7, `type` 1–10, `direction` 1–2 (../codes.ts), `transactionAt` Unix ms.
 */
export const cardTransactionSchema = z.object({
  id: wireId,
  amount: wireAmount,
  currency: currencyCode,
  status: z.number().int(),
  type: z.number().int(),
  direction: z.number().int(),
  merchantName: z.string().nullish(),
  reason: z.string().nullish(),
  originalAmount: wireAmount.nullish(),
  originalCurrency: currencyCode.nullish(),
  transactionAt: z.number().int(),
});
export type CardTransaction = z.infer<typeof cardTransactionSchema>;

/** GET /wallet-cards/get-transactions?cardId= answer (our design). */
export const cardTransactionsResponseSchema = z.object({ success: successFlag, transactions: z.array(cardTransactionSchema) });
export type CardTransactionsResponse = z.infer<typeof cardTransactionsResponseSchema>;

/** POST /wallet-cards/validate-code body (our design): the `validateCode` of a 3DS_CONFIRM event. */
export const validateCodeInputSchema = z.object({ cardId: cardIdSchema, code: z.string().trim().min(1).max(32) });
export type ValidateCodeInput = z.input<typeof validateCodeInputSchema>;

/** Validate-code answer (our design). */
export const validateCodeResponseSchema = z.object({ success: successFlag, validated: z.literal(true) });
export type ValidateCodeResponse = z.infer<typeof validateCodeResponseSchema>;

/** Deprecated POST /wallet-cards/create body. Source: kazawallet-recovered.md §5.10 (`{currency: "currency_code"}`). */
export const createCardInputSchema = z.object({ currency: currencyCode });
export type CreateCardInput = z.input<typeof createCardInputSchema>;

/**
 * Deprecated create answer: `created`, `cardId`, `createdTransfer.id` recovered (the text is
 * cut after `"id": `); the rest of `createdTransfer` is unknown and passes through.
 * Source: kazawallet-recovered.md §5.10.
 */
export const createCardResponseSchema = z.object({
  success: successFlag,
  created: z.literal(true),
  cardId: cardIdSchema,
  createdTransfer: z.object({ id: wireId }).passthrough(),
});
export type CreateCardResponse = z.infer<typeof createCardResponseSchema>;
