import type { KazawalletCard } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import { cardTarget, fromWire, loadCard, loadIssuedCard } from "./card-record";

type Change = "lock" | "unlock" | "cancel";

const RULES: Record<Change, { from: string; action: AuditAction; refusal: string }> = {
  lock: { from: "active", action: "kazawallet.card.lock", refusal: "Only an active card can be locked" },
  unlock: { from: "locked", action: "kazawallet.card.unlock", refusal: "Only a locked card can be unlocked" },
  cancel: { from: "active|locked", action: "kazawallet.card.cancel", refusal: "A cancelled card cannot be cancelled again" },
};

/**
 * Syncs one card record from Kazawallet's card details (state, balance, masked number).
 * @throws ProviderError when the read failed.
 */
export async function syncCard({ id }: { id: string }): Promise<KazawalletCard> {
  const card = await loadIssuedCard(id);
  const { card: wire } = await providerClient("kazawallet").getCardDetails(card.cardId);
  return db.kazawalletCard.update({ where: { id }, data: fromWire(wire) });
}

/**
 * Lock, unlock or cancel (PUT /wallet-cards/lock | unlock | cancel), audited. Our state machine is
 * checked first (active ⇄ locked → cancelled; nothing sent otherwise) and Kazawallet's answer
 * sets the state. These changes move no money, so a lost answer is settled at once by re-reading
 * the card's details (the record keeps its old state if that read fails too).
 * @throws OperationError NOT_FOUND / NOT_ISSUED / ILLEGAL_TRANSITION; ProviderError when refused.
 * Source: seed 004 "Cancel Card", "Lock Card", "Unlock Card".
 */
export async function changeCardState(change: Change, { id }: { id: string }, actor: Actor): Promise<KazawalletCard> {
  const card = await loadIssuedCard(id);
  const rule = RULES[change];
  if (!rule.from.split("|").includes(card.status)) throw new OperationError("ILLEGAL_TRANSITION", `${rule.refusal}; this card is ${card.status}.`);
  const client = providerClient("kazawallet");
  const body = { cardId: card.cardId };
  const call = change === "lock" ? client.lockCard : change === "unlock" ? client.unlockCard : client.cancelCard;
  const outcome = await auditedWrite({ actor, action: rule.action, provider: "kazawallet", target: cardTarget(card), request: body }, () => call(body), {
    onSuccess: (tx, r) => tx.kazawalletCard.update({ where: { id }, data: { status: r.status, lastErrorCode: null, lastErrorMessage: null } }),
    onProviderError: async (tx, error) => {
      await tx.kazawalletCard.update({ where: { id }, data: { lastErrorCode: error.code, lastErrorMessage: error.message } });
    },
  });
  if (!outcome.known) return syncCard({ id }).catch(() => loadCard(id));
  return outcome.value;
}

export const lockCard = (input: { id: string }, actor: Actor) => changeCardState("lock", input, actor);
export const unlockCard = (input: { id: string }, actor: Actor) => changeCardState("unlock", input, actor);
export const cancelCard = (input: { id: string }, actor: Actor) => changeCardState("cancel", input, actor);
