import type { OpenLoyaltyTransaction } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall, auditedWrite } from "@/lib/operations/audited-call";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { isProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import type { EntryType } from "../schemas";
import { balanceOf } from "./card";
import { directionOf, movesPoints, OPEN_STATUSES, type TransactionKind, type TransactionStatus } from "./kinds";
import { applyAnswer, markVoided } from "./send-transaction";
import { transactionTarget } from "./transaction-record";
import { sendRecord } from "./wire-call";

/** What reconciliation found, for the operator. */
export type Finding =
  /** The inquiry shows the move applied and the record already has its ids: succeeded. */
  | "applied"
  /** Pending, and the card does not show it yet: still pending. */
  | "still-pending"
  /** The record was sent again under its own tranOrderNo; its status is the answer's. */
  | "resent"
  /** The card moved by another amount than this move or nothing: left for a person to check. */
  | "mismatch";

/** A record still `requested` this long after it was created lost its answer (ms). */
const requestedStaleAfterMs = () => defaultTimeoutMs() * 2;

/** The change the move makes to the card if applied: approved (or asked) amount, signed; with nsfAllowed at most the balance before. */
function expectedDelta(tx: OpenLoyaltyTransaction, originalKind: string | undefined, before: Decimal): Decimal {
  let amount = new Decimal((tx.approvedAmount ?? tx.amount).toString());
  if (tx.kind === "PAY" && tx.nsfAllowed && !tx.approvedAmount) amount = Decimal.min(amount, before);
  return amount.times(directionOf(tx.kind as TransactionKind, originalKind));
}

/**
 * Settles a `pending`, `unknown` (or stale `requested`) record by inquiry, never by a new order
 * number: giftInquiry reads the card's balance of the moved value, compared with the balance
 * read just before the call (the card had no other open move meanwhile: ./send-transaction.ts).
 * - pending: the card shows the move → `succeeded` ("applied"); shows nothing yet → "still-pending".
 * - unknown: the card shows the move, or nothing → the record is sent again with its own
 *   tranOrderNo ("resent"): Open Loyalty Pay answers a repeated tranOrderNo with the first
 *   transaction and moves nothing twice (issue 10; the sandbox does), or applies it now if it
 *   never arrived.
 * - any other change → "mismatch": the record stays as it is, with a note for a person.
 * Audited as openloyalty.transaction.reconcile — the inquiry, then the resend (request
 * `{ tranOrderNo, resend: kind }`, the tranOrderNo as idempotency key) —, never under the move's
 * own action (openloyalty.transaction.pay, …): that action's REQUESTED rows are the moves an
 * operator asked for, one each, so an auditor counting payments counts each once, and the
 * console's settling of a lost answer reads as such, as KTN's replay (ktn.order.reconcile) and
 * Kard's resend (kard.transaction.reconcile) do. Each attempt still has its own outcome row.
 * @throws OperationError NOT_OPEN / STILL_SENDING; ProviderError when the inquiry fails.
 */
export async function reconcileTransaction({ transactionId }: { transactionId: string }, actor: Actor): Promise<{ transaction: OpenLoyaltyTransaction; finding: Finding }> {
  const record = await db.openLoyaltyTransaction.findUnique({ where: { id: transactionId }, include: { original: true } });
  if (!record) throw new OperationError("NOT_FOUND", "That Open Loyalty Pay transaction does not exist.");
  const status = record.status as TransactionStatus;
  if (!OPEN_STATUSES.includes(status)) throw new OperationError("NOT_OPEN", `This transaction is ${status}: there is nothing to reconcile.`);
  if (status === "requested" && Date.now() - record.createdAt.getTime() < requestedStaleAfterMs()) {
    throw new OperationError("STILL_SENDING", "This transaction was sent moments ago and may still be answered. Try again in a minute.");
  }

  const client = providerClient("open-loyalty");
  const valueCode = movesPoints(record.kind) ? "Points" : (record.currency ?? "USD");
  const before = new Decimal((record.balanceBefore ?? 0).toString());
  const expected = expectedDelta(record, record.original?.kind, before);

  const inquired = await auditedProviderCall(
    { actor, action: "openloyalty.transaction.reconcile", provider: "open-loyalty", target: transactionTarget(record), request: { tranOrderNo: record.tranOrderNo, status } },
    () => client.giftInquiry({ accountId: record.accountId, entryType: record.entryType as EntryType }),
    {
      onSuccess: async (tx, card) => {
        const after = balanceOf(card, valueCode);
        const delta = after.minus(before);
        const applied = delta.eq(expected);
        let finding: Finding;
        let data: Parameters<typeof tx.openLoyaltyTransaction.update>[0]["data"] = { balanceAfter: after.toString() };
        if (status === "pending") {
          finding = applied ? "applied" : delta.isZero() ? "still-pending" : "mismatch";
          if (applied) data = { ...data, status: "succeeded", result: 0, approvedAmount: record.approvedAmount ?? expected.abs().toString() };
        } else {
          finding = applied || delta.isZero() ? "resent" : "mismatch";
        }
        if (finding === "mismatch") {
          data = { ...data, lastErrorCode: "RECONCILE_MISMATCH", lastErrorMessage: `The card's ${valueCode} balance moved by ${delta.toString()} since this was sent; this move is ${expected.toString()}. Check it with PayWizard before anything else.` };
        }
        const updated = await tx.openLoyaltyTransaction.update({ where: { id: record.id }, data });
        if (finding === "applied") await markVoided(tx, updated);
        return finding;
      },
      responseSummary: (card) => ({ balances: card.balances }),
    },
  );
  if (inquired !== "resent") return { transaction: await db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id: record.id } }), finding: inquired };

  await auditedWrite(
    { actor, action: "openloyalty.transaction.reconcile", provider: "open-loyalty", target: transactionTarget(record), idempotencyKey: record.tranOrderNo, request: { tranOrderNo: record.tranOrderNo, resend: record.kind } },
    () => sendRecord(client, record, record.original?.checkoutId ?? null),
    {
      onSuccess: (tx, data) => applyAnswer(tx, record.id, data),
      onProviderError: async (tx, error) => {
        await tx.openLoyaltyTransaction.update({
          where: { id: record.id },
          data: { status: error.outcome === "unknown" ? "unknown" : "declined", lastErrorCode: error.code, lastErrorMessage: error.message },
        });
      },
      responseSummary: (data) => ({ checkoutId: data.checkoutId, result: data.result, amount: data.amount }),
    },
  ).catch((error: unknown) => {
    // A refusal is stored on the record (declined) by onProviderError: the record is the answer.
    if (!isProviderError(error)) throw error;
  });
  return { transaction: await db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id: record.id } }), finding: "resent" };
}
