import type { KazawalletCard, KazawalletTopUp } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import { DIRECTION, TYPE } from "../codes";
import { cardTarget, fromWire, loadCard, loadIssuedCard, RECONCILE_CLOCK_SKEW_MS, topUpTarget } from "./card-record";

/**
 * Decides an issue whose answer was lost (UNKNOWN, or REQUESTED and older than the timeout): reads
 * the merchant's cards (GET /get-merchant-wallets-cards) and takes as this record's card the
 * earliest one for the same email and tier, created no earlier than the request (less
 * RECONCILE_CLOCK_SKEW_MS) and not already another record's. Found: the record becomes the card
 * (its state and balance from Kazawallet). None: NOT_ISSUED, and only then may the issue be retried.
 * Audited `kazawallet.card.reconcile`. Never sends a write.
 * @throws OperationError NOT_RECONCILABLE; ProviderError when the read failed (nothing changed).
 */
export async function reconcileIssue({ id }: { id: string }, actor: Actor): Promise<KazawalletCard> {
  const card = await loadCard(id);
  if (card.status !== "UNKNOWN" && card.status !== "REQUESTED") {
    throw new OperationError("NOT_RECONCILABLE", `Only an issue whose answer is missing is reconciled; this card is ${card.status}.`);
  }
  const client = providerClient("kazawallet");
  const since = card.requestedAt.getTime() - RECONCILE_CLOCK_SKEW_MS;
  return auditedProviderCall(
    { actor, action: "kazawallet.card.reconcile", provider: "kazawallet", target: cardTarget(card), request: { email: card.email, cardType: card.cardType } },
    () => client.getCardsList(),
    {
      onSuccess: async (tx, { cards }) => {
        const taken = new Set((await tx.kazawalletCard.findMany({ where: { cardId: { not: null }, id: { not: card.id } }, select: { cardId: true } })).map((c) => c.cardId));
        const found = cards
          .filter((c) => c.email.toLowerCase() === card.email && c.cardType === card.cardType && !taken.has(c.cardId) && Date.parse(c.createdAt) >= since)
          .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))[0];
        return tx.kazawalletCard.update({
          where: { id: card.id },
          data: found
            ? { ...fromWire(found), lastErrorCode: null, lastErrorMessage: null }
            : { status: "NOT_ISSUED", lastErrorCode: "NOT_ISSUED", lastErrorMessage: "Kazawallet has no card for this issue: it may be sent again." },
        });
      },
      responseSummary: ({ cards }) => ({ cards: cards.length }),
    },
  );
}

/**
 * Decides a top-up whose answer was lost: reads the card's transactions
 * (GET /wallet-cards/get-transactions) for a recharge (type 1, income) of the same amount, dated
 * no earlier than the request (less RECONCILE_CLOCK_SKEW_MS), not already another top-up's and
 * not the card's first recharge (the issue's initial load). Found: SUCCEEDED with that transaction
 * and the card's balance re-read. None: NOT_APPLIED, and only then may it be retried.
 * @throws OperationError NOT_FOUND / NOT_RECONCILABLE; ProviderError when a read failed.
 */
export async function reconcileTopUp({ topUpId }: { topUpId: string }, actor: Actor): Promise<KazawalletTopUp> {
  const topUp = await db.kazawalletTopUp.findUnique({ where: { id: topUpId } });
  if (!topUp) throw new OperationError("NOT_FOUND", "That top-up does not exist.");
  if (topUp.status !== "UNKNOWN" && topUp.status !== "REQUESTED") {
    throw new OperationError("NOT_RECONCILABLE", `Only a top-up whose answer is missing is reconciled; this one is ${topUp.status}.`);
  }
  const card = await loadIssuedCard(topUp.cardRecordId);
  const client = providerClient("kazawallet");
  const since = topUp.requestedAt.getTime() - RECONCILE_CLOCK_SKEW_MS;
  const amount = new Decimal(topUp.amount.toString());
  return auditedProviderCall(
    { actor, action: "kazawallet.card.reconcile", provider: "kazawallet", target: topUpTarget(topUp), request: { cardId: card.cardId, amount: amount.toFixed(2) } },
    async () => ({ ...(await client.getCardTransactions(card.cardId)), details: await client.getCardDetails(card.cardId) }),
    {
      onSuccess: async (tx, { transactions, details }) => {
        const taken = new Set(
          (await tx.kazawalletTopUp.findMany({ where: { providerTransactionId: { not: null }, id: { not: topUp.id } }, select: { providerTransactionId: true } })).map((t) => t.providerTransactionId),
        );
        const recharges = transactions.filter((t) => t.type === TYPE.RECHARGE && t.direction === DIRECTION.INCOME).sort((a, b) => a.transactionAt - b.transactionAt);
        const found = recharges.slice(1).find((t) => t.amount.eq(amount) && t.transactionAt >= since && !taken.has(t.id));
        await tx.kazawalletCard.update({ where: { id: card.id }, data: fromWire(details.card) });
        return tx.kazawalletTopUp.update({
          where: { id: topUp.id },
          data: found
            ? { status: "SUCCEEDED", providerTransactionId: found.id, lastErrorCode: null, lastErrorMessage: null }
            : { status: "NOT_APPLIED", lastErrorCode: "NOT_APPLIED", lastErrorMessage: "Kazawallet has no recharge for this top-up: it may be sent again." },
        });
      },
      responseSummary: ({ transactions }) => ({ transactions: transactions.length }),
    },
  );
}
