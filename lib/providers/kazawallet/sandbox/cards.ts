import Decimal from "decimal.js";
import { refusal } from "./errors";
import { issueFee, type SandboxTier, topUpFee } from "./fees";
import { nextId, type SandboxCard, type SandboxState, type SandboxTransaction } from "./state";
import { debit } from "./wallet";

/**
 * The card state machine (OUR DESIGN, issue 9): active ⇄ locked → cancelled. Locking a locked
 * card and unlocking an active one are errors; a cancelled card accepts nothing; a locked card
 * refuses top-ups (our rule: a lock freezes the card both ways). Cards are USD.
 */

export const CARD_CURRENCY = "USD";

export function cardView(card: SandboxCard) {
  return {
    cardId: card.cardId,
    email: card.email,
    cardType: card.cardType,
    status: card.status,
    balance: card.balance.toFixed(2),
    currency: card.currency,
    cardNumber: card.cardNumber,
    createdAt: card.createdAt.toISOString(),
  };
}

export function transactionView(tx: SandboxTransaction) {
  return {
    id: tx.id,
    amount: tx.amount.toFixed(2),
    currency: tx.currency,
    status: tx.status,
    type: tx.type,
    direction: tx.direction,
    merchantName: tx.merchantName,
    reason: tx.reason,
    transactionAt: tx.transactionAt,
  };
}

export function findCard(state: SandboxState, cardId: unknown): SandboxCard {
  if (typeof cardId !== "string" || !cardId) throw refusal("cardId is required");
  const card = state.cards.find((c) => c.cardId === cardId);
  if (!card) throw refusal("Card not found", 404);
  return card;
}

function requireUsable(card: SandboxCard, action: string): void {
  if (card.status === "cancelled") throw refusal(`Card is cancelled: cannot ${action}`);
}

export function addTransaction(state: SandboxState, now: number, tx: Omit<SandboxTransaction, "id" | "transactionAt">): SandboxTransaction {
  const record = { ...tx, id: nextId(state, "ctx"), transactionAt: now };
  state.transactions.push(record);
  return record;
}

/** Loads `amount` onto `card`: merchant USD wallet pays amount + the tier's top-up fee; a recharge transaction. */
export function load(state: SandboxState, card: SandboxCard, amount: Decimal, now: number, extraFee = new Decimal(0)) {
  const fee = topUpFee(card.cardType, amount).plus(extraFee);
  debit(state, CARD_CURRENCY, amount.plus(fee));
  card.balance = card.balance.plus(amount);
  const tx = addTransaction(state, now, { cardId: card.cardId, amount, currency: CARD_CURRENCY, status: 1, type: 1, direction: 1, merchantName: null, reason: null });
  return { tx, fee };
}

export function issue(state: SandboxState, email: string, tier: SandboxTier, amount: Decimal, now: number) {
  const cardId = nextId(state, "kc");
  const card: SandboxCard = {
    cardId,
    email,
    cardType: tier,
    status: "active",
    balance: new Decimal(0),
    currency: CARD_CURRENCY,
    cardNumber: `**** **** **** ${String(4000 + state.sequence).slice(-4)}`,
    createdAt: new Date(now),
  };
  const fee = issueFee(tier);
  if ((state.wallets.get(CARD_CURRENCY) ?? new Decimal(0)).lt(amount.plus(fee).plus(topUpFee(tier, amount)))) {
    throw refusal(`Insufficient ${CARD_CURRENCY} balance`);
  }
  state.cards.push(card);
  return { card, ...load(state, card, amount, now, fee) };
}

export function topUp(state: SandboxState, card: SandboxCard, amount: Decimal, now: number) {
  requireUsable(card, "top up");
  if (card.status === "locked") throw refusal("Card is locked: unlock it before a top-up");
  return load(state, card, amount, now);
}

export function lock(card: SandboxCard): void {
  requireUsable(card, "lock");
  if (card.status === "locked") throw refusal("Card is already locked");
  card.status = "locked";
}

export function unlock(card: SandboxCard): void {
  requireUsable(card, "unlock");
  if (card.status === "active") throw refusal("Card is not locked");
  card.status = "active";
}

/** Cancels the card; its remaining balance returns to the merchant's USD wallet (our design). */
export function cancel(state: SandboxState, card: SandboxCard): void {
  requireUsable(card, "cancel");
  state.wallets.set(CARD_CURRENCY, (state.wallets.get(CARD_CURRENCY) ?? new Decimal(0)).plus(card.balance));
  card.balance = new Decimal(0);
  card.status = "cancelled";
}
