import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/audit/actor";
import { auditTransaction, recordAudit } from "@/lib/audit/record";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import type { ProviderSlug } from "@/lib/providers/slugs";

export interface AuditedCall {
  actor: Actor;
  action: AuditAction;
  provider: ProviderSlug;
  /** What the call acts on, e.g. the local order id. */
  target: string;
  idempotencyKey?: string;
  /** Summary of the request (redacted before it is stored). */
  request?: unknown;
}

export interface AuditedCallHandlers<R, T> {
  /** Local state written before the call, in the same transaction as the REQUESTED row. */
  onRequested?: (tx: Prisma.TransactionClient) => Promise<unknown>;
  /** Local state change on success, in the same transaction as the SUCCEEDED row. */
  onSuccess: (tx: Prisma.TransactionClient, result: R) => Promise<T>;
  /** Local state change on a provider failure (FAILED or UNKNOWN row), same transaction. */
  onProviderError?: (tx: Prisma.TransactionClient, error: ProviderError) => Promise<void>;
  /** What of the result is kept in the audit row (default: the result itself, redacted). */
  responseSummary?: (result: R) => unknown;
}

/**
 * A provider call with its audit trail: a REQUESTED row before the call, then the outcome row
 * (SUCCEEDED, FAILED or UNKNOWN, from the ProviderError's `outcome`) written in ONE transaction
 * with the local state change, so a crash leaves either the old state or the new state with its
 * audit row, never half of it.
 * @returns what `onSuccess` returns.
 * @throws the call's error after recording it (ProviderError, or any other error as FAILED/INTERNAL).
 */
export async function auditedProviderCall<R, T>(
  spec: AuditedCall,
  call: () => Promise<R>,
  handlers: AuditedCallHandlers<R, T>,
): Promise<T> {
  const base = {
    actor: spec.actor,
    action: spec.action,
    provider: spec.provider,
    target: spec.target,
    idempotencyKey: spec.idempotencyKey,
  };
  await auditTransaction(async (tx, audit) => {
    await handlers.onRequested?.(tx);
    await audit({ ...base, outcome: "REQUESTED", request: spec.request });
  });
  const started = performance.now();
  let result: R;
  try {
    result = await call();
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    if (isProviderError(error)) {
      await auditTransaction(async (tx, audit) => {
        await handlers.onProviderError?.(tx, error);
        // A staff member's call left without an answer: reconciliation is asked for with the record (lib/jobs).
        if (error.outcome === "unknown" && spec.actor.staff) await enqueueJob("reconcile-unknown", { tx, startAfterSeconds: 30 });
        await audit({
          ...base,
          outcome: error.outcome === "unknown" ? "UNKNOWN" : "FAILED",
          errorCode: error.code,
          message: error.message,
          response: error.details,
          durationMs,
        });
      });
    } else {
      await recordAudit({ ...base, outcome: "FAILED", errorCode: "INTERNAL", message: String(error), durationMs });
    }
    throw error;
  }
  const durationMs = Math.round(performance.now() - started);
  return auditTransaction(async (tx, audit) => {
    const value = await handlers.onSuccess(tx, result);
    await audit({
      ...base,
      outcome: "SUCCEEDED",
      response: handlers.responseSummary ? handlers.responseSummary(result) : result,
      durationMs,
    });
    return value;
  });
}

/** A write's outcome: known (the provider answered) or unknown (it may have applied it). */
export type WriteOutcome<T> = { known: true; value: T } | { known: false; error: ProviderError };

/**
 * {@link auditedProviderCall} for a money move or other write whose answer can be lost: an
 * unknown outcome (timeout, lost response, 5xx) is recorded as UNKNOWN by `onProviderError` and
 * returned, not thrown — the local record stays for reconciliation to resolve, and the caller
 * re-reads it. A refusal (outcome "failed") is still thrown, after `onProviderError` stored it.
 * @throws ProviderError refused by the provider; any error of the handlers or the database.
 */
export async function auditedWrite<R, T>(
  spec: AuditedCall,
  call: () => Promise<R>,
  handlers: AuditedCallHandlers<R, T>,
): Promise<WriteOutcome<T>> {
  try {
    return { known: true, value: await auditedProviderCall(spec, call, handlers) };
  } catch (error) {
    if (isProviderError(error) && error.outcome === "unknown") return { known: false, error };
    throw error;
  }
}
