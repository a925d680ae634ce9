import type { KvitkaOperation, Prisma } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import { isProviderError, type ProviderError } from "@/lib/providers/provider-error";
import type { DepositInitResponse } from "../schemas";
import { localChange } from "./local-change";
import { isStepStale, loadOperation, storedCode } from "./operation-record";
import { DEPOSIT_SETTLED_NOTE, WITHDRAW_SETTLED_NOTE } from "./statuses";
import { sendStep } from "./send-step";

/** Refusals that are themselves the answer about the code's state. */
const STATE_ANSWERS = new Set(["CODE_ALREADY_USED", "CODE_IN_USE", "CODE_NOT_FOUND"]);

/** A deposit whose state we may learn now: an answer was lost, a step was interrupted, or it is pending. */
export function canReconcileDeposit(op: KvitkaOperation, now = Date.now()): boolean {
  if (op.direction !== "DEPOSIT" || !op.codeCiphertext) return false;
  if (op.status === "unknown") return true;
  if (op.pendingStep) return isStepStale(op, now) && (op.status === "requested" || op.status === "pending_deposit");
  return op.status === "pending_deposit";
}

/** What a state answer means for our record, given the step whose answer was lost. */
function fromStateAnswer(op: KvitkaOperation, error: ProviderError): Prisma.KvitkaOperationUpdateInput {
  if (!STATE_ANSWERS.has(error.code)) return { pendingStep: op.pendingStep, pendingStepAt: op.pendingStepAt };
  if (error.code === "CODE_ALREADY_USED" && op.pendingStep === "deposit_confirm") {
    // Only we could spend a code pending here: the lost confirmation was applied.
    return { status: "completed", settledAt: new Date(), pointsSettledNote: DEPOSIT_SETTLED_NOTE, lastErrorCode: null, lastErrorMessage: null };
  }
  if (error.code === "CODE_IN_USE" && op.pendingStep === "deposit_reject") {
    // The rejection was applied: another business has since verified the code.
    return { status: "rejected", lastErrorCode: null, lastErrorMessage: null };
  }
  return { status: "failed" };
}

/**
 * Learns a deposit's state the only documented way — deposit/init.php again with the same code —
 * and records it; nothing is repeated blindly:
 * - `pending_deposit`: the lost confirmation (or rejection) was not applied, or the code was
 *   verified here again; the record is `pending_deposit` and the operator may confirm or reject;
 * - CODE_ALREADY_USED after a lost confirmation: it was applied → `completed`, "Points may now be
 *   credited"; otherwise the code was spent elsewhere → `failed`;
 * - CODE_IN_USE after a lost rejection: it was applied → `rejected`; otherwise `failed`;
 * - CODE_NOT_FOUND → `failed`. Any other refusal or a lost answer changes nothing.
 * @throws OperationError NOT_RECONCILABLE, ProviderError when KvitkaCard could not be asked.
 * Source: KvitkaCard API v1.0, "Step 1: Verify code"; the state-learning rule in docs/providers/kvitka.md.
 */
export async function reconcileDeposit({ operationId: id }: { operationId: string }, actor: Actor): Promise<KvitkaOperation> {
  const op = await loadOperation(id);
  if (!canReconcileDeposit(op)) {
    throw new OperationError("NOT_RECONCILABLE", `This ${op.direction.toLowerCase()} (${op.status}) has no state to learn from KvitkaCard.`);
  }
  const code = storedCode(op);
  try {
    return await sendStep<DepositInitResponse>(
      {
        id,
        step: "deposit_init",
        action: "kvitka.operation.reconcile",
        request: { codeLast4: op.codeLast4, lostStep: op.pendingStep, status: op.status },
        call: (client) => client.depositInit({ transaction_code: code }),
        onRequested: async (tx) => {
          const current = await tx.kvitkaOperation.findUniqueOrThrow({ where: { id } });
          if (current.status !== op.status || current.pendingStep !== op.pendingStep) {
            throw new OperationError("STATE_CHANGED", "This operation changed meanwhile. Reload it and look again.");
          }
        },
        applied: (r) => ({
          status: "pending_deposit",
          providerOperationId: r.operation_id,
          amountKc: r.amount_kc.toFixed(2),
          pointsAmount: r.points_amount.toFixed(2),
        }),
        refused: (error) => fromStateAnswer(op, error),
        lost: () => ({}),
        responseSummary: (r) => ({ operation_id: r.operation_id, points_amount: r.points_amount, status: r.status }),
      },
      actor,
    );
  } catch (error) {
    if (isProviderError(error) && STATE_ANSWERS.has(error.code)) return loadOperation(id);
    throw error;
  }
}

/** A withdrawal whose confirmation answer was lost or interrupted: only KvitkaCard's staff can say. */
export function canResolveWithdrawal(op: KvitkaOperation, now = Date.now()): boolean {
  if (op.direction !== "WITHDRAW") return false;
  return op.status === "unknown" || (op.status === "initiated" && op.pendingStep === "withdraw_confirm" && isStepStale(op, now));
}

/**
 * Records what KvitkaCard said (outside the API: it has no status endpoint) about a withdrawal
 * whose confirmation answer was lost: `holding` → the points are held, "Points may now be
 * deducted from the customer's account" (the code comes from KvitkaCard, the console never saw
 * it); `initiated` → the confirmation was not applied, and it may be sent again by the operator.
 * Local only, audited as kvitka.operation.reconcile with the operator's note.
 * @throws OperationError NOT_RESOLVABLE / STATE_CHANGED.
 * Source: KvitkaCard API v1.0, withdraw/confirm.php and "Important".
 */
export interface WithdrawalResolution {
  operationId: string;
  /** What KvitkaCard's staff said the operation is. */
  kvitkaSays: "holding" | "initiated";
  /** Who at KvitkaCard said so, and when. */
  note: string;
}

export async function resolveWithdrawal({ operationId, kvitkaSays: answer, note }: WithdrawalResolution, actor: Actor): Promise<KvitkaOperation> {
  const op = await loadOperation(operationId);
  if (!canResolveWithdrawal(op)) {
    throw new OperationError("NOT_RESOLVABLE", `Only a withdrawal whose confirmation went unanswered can be resolved; this one is ${op.status}.`);
  }
  const settled = answer === "holding" ? { settledAt: new Date(), pointsSettledNote: WITHDRAW_SETTLED_NOTE } : {};
  return localChange(
    op,
    "kvitka.operation.reconcile",
    { operation_id: op.providerOperationId, kvitkaSays: answer, note },
    { status: answer, ...settled, pendingStep: null, pendingStepAt: null, lastErrorCode: null, lastErrorMessage: null },
    actor,
  );
}
