/* The console's record of one Kazawallet card (`KazawalletCard`) and its top-ups: loading, targets, states. */
import type { KazawalletCard, KazawalletTopUp } from "@prisma/client";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import type { KazawalletCard as WireCard } from "../schemas/cards";

/** Audit target of a card record: the console's own id. */
export const cardTarget = (card: Pick<KazawalletCard, "id">) => `kazawallet-card:${card.id}`;
/** Audit target of a top-up record. */
export const topUpTarget = (topUp: Pick<KazawalletTopUp, "id">) => `kazawallet-top-up:${topUp.id}`;

/**
 * How far back (ms) before a record's request time a card or transaction found at Kazawallet
 * may be dated and still be taken as that request's: the clocks of the console and Kazawallet differ.
 */
export const RECONCILE_CLOCK_SKEW_MS = 5 * 60_000;

/** @throws OperationError NOT_FOUND */
export async function loadCard(id: string): Promise<KazawalletCard> {
  const card = await db.kazawalletCard.findUnique({ where: { id } });
  if (!card) throw new OperationError("NOT_FOUND", "That Kazawallet card does not exist here.");
  return card;
}

/** @throws OperationError NOT_FOUND / NOT_ISSUED (the card has no Kazawallet id yet) */
export async function loadIssuedCard(id: string): Promise<KazawalletCard & { cardId: string }> {
  const card = await loadCard(id);
  if (!card.cardId) throw new OperationError("NOT_ISSUED", `This card is ${card.status} and has no Kazawallet card yet.`);
  return card as KazawalletCard & { cardId: string };
}

/** The columns a card record takes from Kazawallet's view of the card (its API, never a webhook body). */
export function fromWire(card: WireCard) {
  return { cardId: card.cardId, status: card.status, balance: card.balance.toFixed(2), cardNumber: card.cardNumber, syncedAt: new Date() };
}
