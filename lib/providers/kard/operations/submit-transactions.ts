import type { Prisma } from "@prisma/client";
import { randomUUID } from "node:crypto";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import { type KardIncomingTransaction, MAX_TRANSACTIONS_PER_REQUEST } from "../schemas/transactions";
import { errorsById } from "./multi-status";
import { type TransactionEventInput, toKardTransactionItem, wireIssues } from "./transaction-events";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

/** How a submission went: events Kard accepted, refused (with its words) or may have (no answer). */
export interface SubmissionResult {
  eventIds: string[];
  accepted: number;
  rejected: { eventId: string | null; transactionId: string; status: string; message: string }[];
  unknown: number;
}

/** Where a batch came from: FORM, PRESET:<case> or CSV. */
type SubmissionOrigin = "FORM" | "CSV" | `PRESET:${string}`;

/** The transaction events to send (amounts in cents) and where the batch came from. */
export interface SubmissionInput {
  events: TransactionEventInput[];
  origin: SubmissionOrigin;
}

function checkBatch(events: TransactionEventInput[]): void {
  if (events.length === 0) throw new OperationError("EMPTY_BATCH", "There is no transaction to send.");
  if (events.length > MAX_TRANSACTIONS_PER_REQUEST) {
    throw new OperationError("BATCH_LIMIT_EXCEEDED", `Kard takes at most ${MAX_TRANSACTIONS_PER_REQUEST} transactions per request (got ${events.length}); split the batch.`);
  }
  const fieldErrors: Record<string, string[]> = {};
  events.forEach((event, index) => {
    const issues = wireIssues(event);
    if (issues.length > 0) fieldErrors[`events.${index}`] = issues;
  });
  const first = Object.entries(fieldErrors)[0];
  if (first) throw new OperationError("INVALID_TRANSACTION", `Transaction ${Number(first[0].split(".")[1]) + 1}: ${first[1][0]}`, fieldErrors);
}

function rowsFor(events: TransactionEventInput[], items: KardIncomingTransaction[], origin: SubmissionOrigin, actor: Actor): Prisma.KardTransactionCreateManyInput[] {
  return events.map((event, index) => ({
    eventId: items[index].id,
    wireItem: JSON.stringify(items[index]),
    transactionId: event.transactionId,
    userId: event.userId,
    kind: "transaction",
    status: event.status,
    submittedStatus: event.status,
    submission: "PENDING",
    amountCents: event.amountCents,
    currency: event.currency,
    description: event.description,
    merchantName: event.description,
    cardLastFour: event.cardLastFour,
    eventAt: event.eventAt,
    origin,
    accepted: false,
    createdByEmail: actor.staff?.email ?? null,
  }));
}

async function markRefused(tx: Prisma.TransactionClient, eventIds: string[], error: ProviderError): Promise<void> {
  const perEvent = errorsById(Array.isArray(error.details) ? error.details : []);
  const submission = error.outcome === "unknown" ? "UNKNOWN" : "REJECTED";
  for (const eventId of eventIds) {
    const own = perEvent.get(eventId);
    await tx.kardTransaction.update({
      where: { eventId },
      data: { submission, accepted: false, error: own?.message ?? error.message, errorCode: own?.code ?? error.code },
    });
  }
}

/**
 * Sends up to 500 transaction events in ONE Create Incoming Transactions call, crash-safe:
 * 1. every event is checked against the client's request schema (nothing is stored or sent if
 *    one fails) and gets a fresh event id;
 * 2. one KardTransaction row per event (submission PENDING) is stored with the REQUESTED audit
 *    row before Kard is called;
 * 3. the answer marks each row ACCEPTED, or REJECTED with Kard's error for that event (a 207
 *    names them by id); a timeout, lost answer or 5xx marks them UNKNOWN (Kard may have queued
 *    them; resending the same event ids would be answered 409 if it did): auditedWrite records
 *    the UNKNOWN outcome and the rows wait for reconcileSubmission (each row keeps its wire item).
 * Audited as kard.transaction.submit. An UNKNOWN outcome is a successful return (`unknown` > 0).
 * @throws OperationError EMPTY_BATCH / BATCH_LIMIT_EXCEEDED / INVALID_TRANSACTION (nothing
 *   stored), ProviderError when Kard refused the whole request (rows kept as REJECTED).
 * Source: "Create Incoming Transactions" (202 queued, 207 multi-status, at most 500).
 */
export async function submitTransactions({ events, origin }: SubmissionInput, actor: Actor): Promise<SubmissionResult> {
  checkBatch(events);
  const eventIds = events.map(() => randomUUID());
  const items = events.map((event, index) => toKardTransactionItem(event, eventIds[index]));
  const transactionIds = [...new Set(events.map((event) => event.transactionId))];
  const result: SubmissionResult = { eventIds, accepted: 0, rejected: [], unknown: 0 };
  const outcome = await auditedWrite(
    {
      actor,
      action: "kard.transaction.submit",
      provider: "kard",
      target: transactionIds.length === 1 ? `kard-transaction:${transactionIds[0]}` : `kard-transactions:${origin}`,
      request: { origin, count: items.length, data: items.slice(0, 5) },
    },
    () => providerClient("kard").createIncomingTransactions(items),
    {
      onRequested: (tx) => tx.kardTransaction.createMany({ data: rowsFor(events, items, origin, actor) }),
      onSuccess: async (tx, answer) => {
        const refused = errorsById(answer.errors ?? []);
        const acceptedIds = eventIds.filter((id) => !refused.has(id));
        await tx.kardTransaction.updateMany({ where: { eventId: { in: acceptedIds } }, data: { submission: "ACCEPTED", accepted: true } });
        for (const [eventId, error] of refused) {
          await tx.kardTransaction.updateMany({ where: { eventId }, data: { submission: "REJECTED", accepted: false, error: error.message, errorCode: error.code } });
        }
        result.accepted = acceptedIds.length;
        result.rejected = events.flatMap((event, index) => {
          const error = refused.get(eventIds[index]);
          return error ? [{ eventId: eventIds[index], transactionId: event.transactionId, status: event.status, message: error.message }] : [];
        });
      },
      onProviderError: (tx, error) => markRefused(tx, eventIds, error),
      responseSummary: (answer) => ({ job: answer.data.id, errors: answer.errors?.length ?? 0 }),
    },
  );
  if (!outcome.known) result.unknown = eventIds.length;
  return result;
}

/**
 * Sends the events of one purchase one request at a time, in order (Kard matches each event
 * against the ones before it), stopping at the first event Kard refuses or does not answer.
 * @returns the combined result; a refusal is reported in `rejected`, not thrown.
 * @throws OperationError when an event fails the request schema (nothing sent).
 */
export async function submitTransactionSequence({ events, origin }: SubmissionInput, actor: Actor): Promise<SubmissionResult> {
  checkBatch(events);
  const total: SubmissionResult = { eventIds: [], accepted: 0, rejected: [], unknown: 0 };
  for (const event of events) {
    let step: SubmissionResult;
    try {
      step = await submitTransactions({ events: [event], origin }, actor);
    } catch (error) {
      if (!isProviderError(error)) throw error;
      total.rejected.push({ eventId: null, transactionId: event.transactionId, status: event.status, message: error.message });
      break;
    }
    total.eventIds.push(...step.eventIds);
    total.accepted += step.accepted;
    total.rejected.push(...step.rejected);
    total.unknown += step.unknown;
    if (step.rejected.length > 0 || step.unknown > 0) break;
  }
  return total;
}
