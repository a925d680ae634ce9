import type { KvitkaOperation } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import { sendDepositReject } from "./deposit";
import { localChange } from "./local-change";
import { isStepStale, loadOperation } from "./operation-record";

/**
 * Gives up an operation stuck half-way:
 * - a withdrawal `initiated` (or `requested` whose init was interrupted): local only — KvitkaCard
 *   has no cancel endpoint, and an initiated operation holds nothing, so no points may be
 *   deducted; the record becomes `abandoned`;
 * - a deposit `pending_deposit`: rejected at KvitkaCard with `reason` (depositReject), so the code
 *   stays usable elsewhere; the record becomes `abandoned`.
 * @throws OperationError NOT_ABANDONABLE / STATE_CHANGED, ProviderError (deposit reject refused).
 * Source: KvitkaCard API v1.0, "How the system works" and "Alternative: Reject deposit".
 */
export async function abandonOperation({ operationId, reason }: { operationId: string; reason: string }, actor: Actor): Promise<KvitkaOperation> {
  const op = await loadOperation(operationId);
  if (op.direction === "DEPOSIT" && op.status === "pending_deposit") return sendDepositReject(op.id, reason, "abandoned", actor);
  const withdrawable =
    op.direction === "WITHDRAW" &&
    ((op.status === "initiated" && !op.pendingStep) || (op.status === "requested" && isStepStale(op)));
  if (!withdrawable) {
    throw new OperationError(
      "NOT_ABANDONABLE",
      `Only an initiated withdrawal or a pending deposit can be abandoned; this ${op.direction.toLowerCase()} is ${op.status}${op.pendingStep ? " with a step on its way" : ""}.`,
    );
  }
  return localChange(
    op,
    "kvitka.operation.abandon",
    { operation_id: op.providerOperationId, from: op.status, reason },
    { status: "abandoned", rejectReason: reason, pendingStep: null, pendingStepAt: null },
    actor,
  );
}
