import type { KazawalletTopUp } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import { loadIssuedCard, topUpTarget } from "./card-record";

/** Shown on a top-up whose answer was lost. */
export const TOP_UP_UNKNOWN_NOTE =
  "Kazawallet did not answer the top-up, so it is not known whether the card was loaded. Reconcile: the console reads " +
  "the card's transactions and matches the recharge, or says there was none. No top-up of this card is sent meanwhile.";

async function loadTopUp(id: string): Promise<KazawalletTopUp> {
  const topUp = await db.kazawalletTopUp.findUnique({ where: { id } });
  if (!topUp) throw new OperationError("NOT_FOUND", "That top-up does not exist.");
  return topUp;
}

async function sendTopUp(topUp: KazawalletTopUp, cardId: string, actor: Actor): Promise<KazawalletTopUp> {
  const client = providerClient("kazawallet");
  const body = { cardId, amount: new Decimal(topUp.amount.toString()).toFixed(2) };
  await auditedWrite(
    { actor, action: "kazawallet.card.top-up", provider: "kazawallet", target: topUpTarget(topUp), request: body },
    () => client.topUpCard(body),
    {
      onSuccess: async (tx, r) => {
        await tx.kazawalletCard.update({ where: { id: topUp.cardRecordId }, data: { balance: r.balance.toFixed(2), syncedAt: new Date() } });
        return tx.kazawalletTopUp.update({
          where: { id: topUp.id },
          data: { status: "SUCCEEDED", providerTransactionId: r.createdTransfer.id, fee: r.createdTransfer.fee?.toFixed(2) ?? null, lastErrorCode: null, lastErrorMessage: null },
        });
      },
      onProviderError: async (tx, error) => {
        const unknown = error.outcome === "unknown";
        await tx.kazawalletTopUp.update({
          where: { id: topUp.id },
          data: { status: unknown ? "UNKNOWN" : "FAILED", lastErrorCode: error.code, lastErrorMessage: unknown ? TOP_UP_UNKNOWN_NOTE : error.message },
        });
      },
      responseSummary: (r) => ({ cardId: r.cardId, balance: r.balance, createdTransfer: r.createdTransfer }),
    },
  );
  return loadTopUp(topUp.id);
}

/**
 * Tops up a card (PUT /wallet-cards/topup): the top-up record is written REQUESTED before the
 * call — refused while another top-up of the card is REQUESTED or UNKNOWN, so an unanswered one
 * is never doubled by a second click — then SUCCEEDED with Kazawallet's transaction id, UNKNOWN
 * when the answer was lost (for {@link reconcileTopUp}), FAILED when refused.
 * @throws OperationError NOT_FOUND / NOT_ISSUED / TOP_UP_OPEN; ProviderError when refused.
 * Source: seed 004 "Top up Card"; issue 9 "Money safety without idempotency keys".
 */
export async function topUpCard(input: { id: string; amount: string }, actor: Actor): Promise<KazawalletTopUp> {
  const card = await loadIssuedCard(input.id);
  const topUp = await db.$transaction(async (tx) => {
    const open = await tx.kazawalletTopUp.count({ where: { cardRecordId: card.id, status: { in: ["REQUESTED", "UNKNOWN"] } } });
    if (open > 0) throw new OperationError("TOP_UP_OPEN", "Another top-up of this card is unanswered: reconcile it before sending a new one.");
    return tx.kazawalletTopUp.create({
      data: { cardRecordId: card.id, amount: new Decimal(input.amount).toFixed(2), status: "REQUESTED", createdById: actor.staff?.id ?? null, createdByEmail: actor.staff?.email ?? null },
    });
  });
  return sendTopUp(topUp, card.cardId, actor);
}

/**
 * Sends a top-up again that reconciliation found NOT_APPLIED: the same record, REQUESTED again.
 * @throws OperationError NOT_RETRYABLE (any other state), ProviderError.
 */
export async function retryTopUp({ topUpId }: { topUpId: string }, actor: Actor): Promise<KazawalletTopUp> {
  const claimed = await db.kazawalletTopUp.updateMany({
    where: { id: topUpId, status: "NOT_APPLIED" },
    data: { status: "REQUESTED", requestedAt: new Date(), lastErrorCode: null, lastErrorMessage: null },
  });
  const topUp = await loadTopUp(topUpId);
  if (claimed.count !== 1) throw new OperationError("NOT_RETRYABLE", `Only a top-up reconciliation found not applied may be sent again; this one is ${topUp.status}.`);
  const card = await loadIssuedCard(topUp.cardRecordId);
  return sendTopUp(topUp, card.cardId, actor);
}
