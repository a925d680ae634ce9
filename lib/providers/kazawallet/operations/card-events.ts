import type { KazawalletCardEvent, Prisma } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { openSecret, sealSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { isProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import { STATE, TYPE } from "../codes";
import type { CardTransaction } from "../schemas/cards";
import type { CardWebhook } from "../schemas/webhooks";
import { fromWire } from "./card-record";

/** How long a 3DS code is taken to stay valid after its transaction (OUR DESIGN: undocumented). */
export const THREE_DS_WINDOW_MS = 5 * 60_000;

const CODE_PURPOSE = "kazawallet-3ds-code";

/** Whether Kazawallet's own transactions hold the one a card event describes. */
function matches(event: CardWebhook, t: CardTransaction): boolean {
  if (event.event === "3DS_CONFIRM") {
    const d = event.details;
    return t.status === STATE.IN_PROCESS && t.type === TYPE.CONSUMPTION && t.amount.eq(d.amount) && t.transactionAt === d.transactionDate;
  }
  const d = event.details;
  return t.type === d.type && t.direction === d.direction && t.status === d.status && t.amount.eq(d.amount) && t.transactionAt === d.transactionAt;
}

/** Kazawallet's transactions of a card; empty when Kazawallet does not know the card (a 4xx refusal). */
async function transactionsOf(cardId: string): Promise<CardTransaction[]> {
  try {
    return (await providerClient("kazawallet").getCardTransactions(cardId)).transactions;
  } catch (error) {
    if (isProviderError(error) && error.outcome === "failed" && error.httpStatus !== null && error.httpStatus < 500) return [];
    throw error;
  }
}

/**
 * The local effect of a card event (CC_CONSUME, CC_REFUND, CC_RECHARGE, 3DS_CONFIRM), which
 * Kazawallet does not sign: it is first CONFIRMED against the API — the card's transactions must
 * hold a transaction of the same type, direction, state, amount and time (a 3DS one: in process,
 * consumption, same amount and date). Confirmed: the event is kept (a 3DS one PENDING, its code
 * sealed) and the card's record re-read from the card details — the balance always comes from
 * the API, never from the body. Unconfirmed (forged, or not Kazawallet's): kept as unconfirmed
 * for attention and nothing else changes. Idempotent by `webhookEventId`.
 * @throws ProviderError when Kazawallet could not be read (the inbox marks the event FAILED; re-process it later).
 */
export async function applyCardWebhook(tx: Prisma.TransactionClient, event: CardWebhook, webhookEventId: string) {
  const existing = await tx.kazawalletCardEvent.findUnique({ where: { webhookEventId } });
  if (existing) return { localChange: "none", confirmed: existing.confirmed };
  const transaction = (await transactionsOf(event.cardId)).find((t) => matches(event, t));
  const threeDs = event.event === "3DS_CONFIRM" ? event.details : null;
  const card = event.event === "3DS_CONFIRM" ? null : event.details;
  await tx.kazawalletCardEvent.create({
    data: {
      webhookEventId,
      event: event.event,
      cardId: event.cardId,
      amount: event.details.amount.toFixed(2),
      currency: threeDs ? threeDs.transactionCurrency : card!.currency,
      merchantName: threeDs ? (threeDs.merchants ?? null) : (card!.merchantName ?? null),
      transactionAt: new Date(threeDs ? threeDs.transactionDate : card!.transactionAt),
      status: card?.status ?? null,
      type: card?.type ?? null,
      direction: card?.direction ?? null,
      confirmed: Boolean(transaction),
      providerTransactionId: transaction?.id ?? null,
      threeDsStatus: threeDs && transaction ? "PENDING" : null,
      codeCiphertext: threeDs && transaction ? sealSecret(threeDs.validateCode, CODE_PURPOSE, webhookEventId) : null,
    },
  });
  if (!transaction) return { localChange: "none", confirmed: false, reason: "no such transaction at Kazawallet: not applied" };
  const local = await tx.kazawalletCard.findUnique({ where: { cardId: event.cardId } });
  if (local) {
    const { card: wire } = await providerClient("kazawallet").getCardDetails(event.cardId);
    await tx.kazawalletCard.update({ where: { id: local.id }, data: fromWire(wire) });
  }
  return { localChange: local ? "kazawalletCard.balance (from the API)" : "kazawalletCardEvent", confirmed: true, transactionId: transaction.id };
}

/** Time left (ms, ≥ 0) to validate a pending 3DS event. */
export function threeDsTimeLeft(event: Pick<KazawalletCardEvent, "transactionAt">, now = Date.now()): number {
  return Math.max(0, event.transactionAt.getTime() + THREE_DS_WINDOW_MS - now);
}

/**
 * Validates a confirmed, pending 3DS payment (POST /wallet-cards/validate-code with the event's
 * `validateCode`, opened from its sealed column; staff never see it). Audited; VALIDATED on
 * success, FAILED when Kazawallet refuses; the card's record is re-read either way.
 * @throws OperationError NOT_FOUND / NOT_PENDING / EXPIRED; ProviderError when refused.
 */
export async function validateThreeDs({ eventId }: { eventId: string }, actor: Actor): Promise<KazawalletCardEvent> {
  const event = await db.kazawalletCardEvent.findUnique({ where: { id: eventId } });
  if (!event) throw new OperationError("NOT_FOUND", "That 3DS confirmation does not exist.");
  if (!event.confirmed || event.threeDsStatus !== "PENDING" || !event.codeCiphertext) {
    throw new OperationError("NOT_PENDING", `This 3DS confirmation is ${event.threeDsStatus ?? "unconfirmed"}: nothing to validate.`);
  }
  if (threeDsTimeLeft(event) === 0) throw new OperationError("EXPIRED", "The time to validate this payment has passed.");
  const code = openSecret(event.codeCiphertext, CODE_PURPOSE, event.webhookEventId);
  const client = providerClient("kazawallet");
  const done = (status: string) => ({ threeDsStatus: status, validatedAt: new Date(), validatedByEmail: actor.staff?.email ?? null });
  try {
    await auditedProviderCall(
      { actor, action: "kazawallet.three-ds.validate", provider: "kazawallet", target: `kazawallet-card-event:${event.id}`, request: { cardId: event.cardId, amount: event.amount.toString() } },
      () => client.validateCode({ cardId: event.cardId, code }),
      {
        onSuccess: (tx) => tx.kazawalletCardEvent.update({ where: { id: event.id }, data: done("VALIDATED") }),
        onProviderError: async (tx, error) => {
          if (error.outcome === "failed") await tx.kazawalletCardEvent.update({ where: { id: event.id }, data: done("FAILED") });
        },
      },
    );
  } finally {
    const local = await db.kazawalletCard.findUnique({ where: { cardId: event.cardId } });
    if (local) {
      await client
        .getCardDetails(event.cardId)
        .then(({ card }) => db.kazawalletCard.update({ where: { id: local.id }, data: fromWire(card) }))
        .catch(() => undefined);
    }
  }
  return db.kazawalletCardEvent.findUniqueOrThrow({ where: { id: event.id } });
}
