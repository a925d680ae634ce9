import type { KvitkaOperation, Prisma } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/audit/actor";
import { auditTransaction } from "@/lib/audit/record";
import { OperationError } from "@/lib/errors";
import { operationTarget } from "./operation-record";

/**
 * A change to our record alone (nothing is sent to KvitkaCard), audited in the same transaction.
 * Applied only if the record is still as `op` was read (same status, same pending step).
 * @throws OperationError STATE_CHANGED when it moved meanwhile.
 */
export function localChange(
  op: KvitkaOperation,
  action: AuditAction,
  request: unknown,
  data: Prisma.KvitkaOperationUpdateInput,
  actor: Actor,
): Promise<KvitkaOperation> {
  return auditTransaction(async (tx, audit) => {
    const changed = await tx.kvitkaOperation.updateMany({
      where: { id: op.id, status: op.status, pendingStep: op.pendingStep },
      data: data as Prisma.KvitkaOperationUpdateManyMutationInput,
    });
    if (changed.count !== 1) throw new OperationError("STATE_CHANGED", "This operation changed meanwhile. Reload it and look again.");
    await audit({ actor, action, provider: "kvitka", target: operationTarget(op), outcome: "SUCCEEDED", request });
    return tx.kvitkaOperation.findUniqueOrThrow({ where: { id: op.id } });
  });
}
