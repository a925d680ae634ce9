import Decimal from "decimal.js";
import type { KtnGiftCard } from "./schemas";

/** What a card may be bought for, in its `recipientCurrencyCode` (major units). */
export type KtnDenominations =
  | { type: "FIXED"; values: number[] }
  | { type: "RANGE"; min: number; max: number };

/**
 * The allowed `unitPrice` values of a card. The documented fields are the recipient ones; the
 * Quick Start example only carries the sender ones, so they are the fallback (same currency
 * assumed). Undefined when the card carries neither.
 * Source: "List Gift Cards" field table; "Purchase Gift Card" (FIXED / RANGE rules).
 */
export function ktnDenominations(card: KtnGiftCard): KtnDenominations | undefined {
  if (card.denominationType === "FIXED") {
    const values = card.fixedRecipientDenominations ?? card.fixedSenderDenominations;
    return values?.length ? { type: "FIXED", values } : undefined;
  }
  const min = card.minRecipientDenomination ?? card.minSenderDenomination;
  const max = card.maxRecipientDenomination ?? card.maxSenderDenomination;
  return min != null && max != null ? { type: "RANGE", min, max } : undefined;
}

/**
 * Whether `unitPrice` is a documented choice for `card`: one of the FIXED values exactly, or
 * within the RANGE bounds inclusive. Compared as decimals, so 50 and 50.00 are the same price.
 */
export function isKtnUnitPriceAllowed(card: KtnGiftCard, unitPrice: Decimal.Value): boolean {
  const denominations = ktnDenominations(card);
  if (!denominations) return false;
  const price = new Decimal(unitPrice);
  if (denominations.type === "FIXED") return denominations.values.some((value) => price.eq(String(value)));
  return price.gte(String(denominations.min)) && price.lte(String(denominations.max));
}

/**
 * What the merchant is charged before fees, in the account currency (dollars), for a card bought
 * at `unitPrice` in its own currency: the order's `subTotal`, the amount the fee tiers price.
 * KTN lists each card's denominations twice, recipient (card currency) and sender (account
 * currency); the sender value paired with a FIXED denomination, or the sender/recipient ratio of a
 * RANGE card's maximum, converts the price. Cards without sender fields are taken to be in dollars.
 * Undefined when `unitPrice` is not allowed for the card.
 */
export function ktnChargedAmount(card: KtnGiftCard, unitPrice: Decimal.Value): Decimal | undefined {
  if (!isKtnUnitPriceAllowed(card, unitPrice)) return undefined;
  const price = new Decimal(unitPrice);
  if (card.denominationType === "FIXED") {
    const recipient = card.fixedRecipientDenominations;
    const sender = card.fixedSenderDenominations;
    if (!recipient || !sender || recipient.length !== sender.length) return price;
    const index = recipient.findIndex((value) => price.eq(String(value)));
    return new Decimal(String(sender[index]));
  }
  const maxRecipient = card.maxRecipientDenomination;
  const maxSender = card.maxSenderDenomination;
  if (maxRecipient == null || maxSender == null || maxRecipient === 0) return price;
  return price.mul(String(maxSender)).div(String(maxRecipient)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
