import type { KazawalletCard } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import type { CardType } from "../schemas/cards";
import { cardTarget, loadCard } from "./card-record";

export interface IssueCardInput {
  email: string;
  cardType: CardType;
  /** The initial top-up, a decimal string in the card currency (USD). */
  amount: string;
}

/** Shown on a card whose issue answer was lost. */
export const ISSUE_UNKNOWN_NOTE =
  "Kazawallet did not answer the issue, so it is not known whether the card exists. Reconcile: the console reads the " +
  "merchant's cards and links the one issued for this user, or says none was. No new issue is sent meanwhile.";

/** The card currency: the sandbox issues USD cards (our reading; the documentation names none). */
export const CARD_CURRENCY = "USD";

async function sendIssue(card: KazawalletCard, actor: Actor): Promise<KazawalletCard> {
  const client = providerClient("kazawallet");
  const body = { email: card.email, amount: new Decimal(card.initialAmount.toString()).toFixed(2), currency: card.currency, cardType: card.cardType as CardType };
  await auditedWrite(
    { actor, action: "kazawallet.card.issue", provider: "kazawallet", target: cardTarget(card), request: body },
    () => client.issueCard(body),
    {
      onSuccess: (tx, r) =>
        tx.kazawalletCard.update({
          where: { id: card.id },
          data: { cardId: r.cardId, status: "active", balance: body.amount, lastErrorCode: null, lastErrorMessage: null, syncedAt: new Date() },
        }),
      onProviderError: async (tx, error) => {
        const unknown = error.outcome === "unknown";
        await tx.kazawalletCard.update({
          where: { id: card.id },
          data: { status: unknown ? "UNKNOWN" : "FAILED", lastErrorCode: error.code, lastErrorMessage: unknown ? ISSUE_UNKNOWN_NOTE : error.message },
        });
      },
      responseSummary: (r) => ({ cardId: r.cardId, createdTransfer: r.createdTransfer }),
    },
  );
  return loadCard(card.id);
}

/**
 * Issues a card (POST /wallet-cards/create-then-topup): the record is written REQUESTED with its
 * audit row before the call; the answer makes it `active` with Kazawallet's `cardId`; a lost
 * answer leaves it UNKNOWN (ISSUE_UNKNOWN_NOTE) for {@link reconcileIssue}; a refusal FAILED.
 * @returns the record, also when the answer was lost.
 * @throws ProviderError when Kazawallet refused (after the record was marked FAILED).
 * Source: seed 004 "Issue Card"; issue 9 "Money safety without idempotency keys".
 */
export async function issueCard(input: IssueCardInput, actor: Actor): Promise<KazawalletCard> {
  const card = await db.kazawalletCard.create({
    data: {
      email: input.email.trim().toLowerCase(),
      cardType: input.cardType,
      currency: CARD_CURRENCY,
      initialAmount: new Decimal(input.amount).toFixed(2),
      status: "REQUESTED",
      createdById: actor.staff?.id ?? null,
      createdByEmail: actor.staff?.email ?? null,
    },
  });
  return sendIssue(card, actor);
}

/**
 * Sends the issue again for a record reconciliation found NOT_ISSUED (Kazawallet has no card for
 * it): the same record, REQUESTED again, one more attempt counted. Nothing else may be retried.
 * @throws OperationError NOT_RETRYABLE (any other state: UNKNOWN must be reconciled first), ProviderError.
 */
export async function retryIssue({ id }: { id: string }, actor: Actor): Promise<KazawalletCard> {
  const claimed = await db.kazawalletCard.updateMany({
    where: { id, status: "NOT_ISSUED" },
    data: { status: "REQUESTED", requestedAt: new Date(), issueAttempts: { increment: 1 }, lastErrorCode: null, lastErrorMessage: null },
  });
  if (claimed.count !== 1) {
    const card = await loadCard(id);
    throw new OperationError("NOT_RETRYABLE", `Only an issue reconciliation found not done may be sent again; this card is ${card.status}.`);
  }
  return sendIssue(await loadCard(id), actor);
}
