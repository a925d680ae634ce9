import type { KardTransaction } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import type { KardIncomingTransaction } from "../schemas/transactions";

/** A PENDING row older than this was interrupted between being stored and being answered (ms). */
const STALE_PENDING_MS = () => defaultTimeoutMs() * 3;

/** A submitted event whose answer is missing: Kard may or may not have it (what reconcileSubmission resends). */
export function needsResend(row: Pick<KardTransaction, "submission" | "createdAt" | "wireItem">, now = Date.now()): boolean {
  if (!row.wireItem) return false;
  if (row.submission === "UNKNOWN") return true;
  return row.submission === "PENDING" && now - row.createdAt.getTime() > STALE_PENDING_MS();
}

/** Kard's "already received" for a resent event id: it has the event, so the lost submission was applied. */
const alreadyReceived = (error: ProviderError) => error.httpStatus === 409;

/**
 * Settles one event whose submission answer was lost, never sending it twice as two events: the
 * stored wire item is sent again under its own event id (Create Incoming Transactions). Kard
 * answers 202 when it never had it (queued now, once), 409 "already received" when the lost
 * submission was applied — both make the row ACCEPTED — and any other refusal makes it REJECTED
 * with Kard's words. A lost answer again leaves it UNKNOWN for the next attempt.
 * Audited as kard.transaction.reconcile.
 * @returns the row. @throws OperationError NOT_FOUND / NOT_RECONCILABLE; ProviderError when Kard
 *   could not be asked (429; the row is unchanged).
 * Source: "Create Incoming Transactions" (an event `id` "must be unique for each distinct event";
 *   409 when every event was already received).
 */
export async function reconcileSubmission({ id }: { id: string }, actor: Actor): Promise<KardTransaction> {
  const row = await db.kardTransaction.findUnique({ where: { id } });
  if (!row) throw new OperationError("NOT_FOUND", "That transaction event does not exist here.");
  if (!needsResend(row)) {
    throw new OperationError("NOT_RECONCILABLE", `Only an event whose submission went unanswered is reconciled; this one is ${row.submission}.`);
  }
  const item = JSON.parse(row.wireItem!) as KardIncomingTransaction;
  const settle = (data: { submission: "ACCEPTED" | "REJECTED"; error?: string; errorCode?: string }) => ({
    submission: data.submission,
    accepted: data.submission === "ACCEPTED",
    error: data.error ?? null,
    errorCode: data.errorCode ?? null,
  });
  try {
    await auditedWrite(
      { actor, action: "kard.transaction.reconcile", provider: "kard", target: `kard-transaction:${row.transactionId}`, request: { resend: row.eventId } },
      () => providerClient("kard").createIncomingTransactions([item]),
      {
        onSuccess: async (tx, answer) => {
          const own = (answer.errors ?? []).find((e) => e.id === row.eventId);
          const refused = own && own.status !== "409";
          await tx.kardTransaction.update({
            where: { id },
            data: settle(refused ? { submission: "REJECTED", error: [own.title, own.detail].filter(Boolean).join(": "), errorCode: own.code ?? `HTTP_${own.status}` } : { submission: "ACCEPTED" }),
          });
        },
        onProviderError: async (tx, error) => {
          if (error.outcome === "unknown") return;
          if (alreadyReceived(error)) await tx.kardTransaction.update({ where: { id }, data: settle({ submission: "ACCEPTED" }) });
          else if (error.httpStatus !== 429) await tx.kardTransaction.update({ where: { id }, data: settle({ submission: "REJECTED", error: error.message, errorCode: error.code }) });
        },
        responseSummary: (answer) => ({ job: answer.data.id, errors: answer.errors?.length ?? 0 }),
      },
    );
  } catch (error) {
    if (!(isProviderError(error) && error.httpStatus !== 429)) throw error;
  }
  return db.kardTransaction.findUniqueOrThrow({ where: { id } });
}
