import type { Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import { auditTransaction, recordAudit, type AuditActor, type AuditContext } from "@/lib/audit/record";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import { type ProviderSlug } from "@/lib/providers/slugs";

export interface AuditedCall {
  actor: AuditActor;
  context?: AuditContext;
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
    context: spec.context,
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
