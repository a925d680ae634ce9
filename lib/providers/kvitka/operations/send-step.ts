import type { KvitkaOperation, Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import type { ProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import type { KvitkaClient } from "../client";
import { operationTarget } from "./operation-record";
import type { OperationStatus, PendingStep } from "./statuses";

type Update = Prisma.KvitkaOperationUpdateInput;

export interface Step<R> {
  id: string;
  step: PendingStep;
  action: AuditAction;
  /** Audit summary of the request: ids and last 4 digits only, never a whole code. */
  request: unknown;
  call: (client: KvitkaClient) => Promise<R>;
  /**
   * Writes the local record before the call, in the REQUESTED row's transaction. Default: claim
   * the record — it must be in one of `from` with no other step on its way — and mark `step` sent.
   */
  onRequested?: (tx: Prisma.TransactionClient) => Promise<unknown>;
  from?: readonly OperationStatus[];
  /** The answer, as columns; `pendingStep` and the last error are cleared unless these set them. */
  applied: (result: R, tx: Prisma.TransactionClient) => Update | Promise<Update>;
  /** KvitkaCard refused (nothing applied): the columns to write; `pendingStep` is cleared unless these keep it. */
  refused: (error: ProviderError) => Update;
  /** The answer was lost (the step may have been applied): the columns; `pendingStep` is kept. */
  lost: (error: ProviderError) => Update;
  responseSummary: (result: R) => unknown;
}

/**
 * Moves the record into "`step` sent" only from the statuses the step needs and only when no
 * other step is on its way: two clicks, two tabs or two staff members can never send a second
 * confirm while the first is unanswered.
 * @throws OperationError STATE_CHANGED
 */
async function claimStep(tx: Prisma.TransactionClient, id: string, from: readonly OperationStatus[], step: PendingStep) {
  const claimed = await tx.kvitkaOperation.updateMany({
    where: { id, status: { in: [...from] }, pendingStep: null },
    data: { pendingStep: step, pendingStepAt: new Date() },
  });
  if (claimed.count !== 1) {
    throw new OperationError("STATE_CHANGED", "This operation changed meanwhile or already has a step on its way. Reload it and look again.");
  }
}

/**
 * One KvitkaCard step on one record, sent through the configured client (`providerClient`: the
 * process-wide rate limiter of the token), audited (REQUESTED before the call; SUCCEEDED /
 * FAILED / UNKNOWN with the record's change, in one transaction) and never repeated: the client
 * does not retry, and nothing here does.
 * @returns the stored record, also when the answer was lost (status as `lost` wrote it).
 * @throws OperationError from the claim (nothing sent), ProviderError when KvitkaCard refused
 *   (after `refused` was stored).
 */
export async function sendStep<R>(s: Step<R>, actor: Actor): Promise<KvitkaOperation> {
  const client = providerClient("kvitka");
  const from = s.from ?? [];
  await auditedWrite(
    { actor, action: s.action, provider: "kvitka", target: operationTarget({ id: s.id }), request: s.request },
    () => s.call(client),
    {
      onRequested: s.onRequested ?? ((tx) => claimStep(tx, s.id, from, s.step)),
      onSuccess: async (tx, result) =>
        tx.kvitkaOperation.update({
          where: { id: s.id },
          data: { pendingStep: null, pendingStepAt: null, lastErrorCode: null, lastErrorMessage: null, ...(await s.applied(result, tx)) },
        }),
      onProviderError: async (tx, error) => {
        const data = error.outcome === "unknown" ? s.lost(error) : { pendingStep: null, pendingStepAt: null, ...s.refused(error) };
        await tx.kvitkaOperation.update({ where: { id: s.id }, data: { lastErrorCode: error.code, lastErrorMessage: error.message, ...data } });
      },
      responseSummary: s.responseSummary,
    },
  );
  return db.kvitkaOperation.findUniqueOrThrow({ where: { id: s.id } });
}
