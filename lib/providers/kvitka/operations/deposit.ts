import type { KvitkaOperation, Prisma } from "@prisma/client";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import type { DepositConfirmResponse, DepositInitResponse, DepositRejectResponse } from "../schemas";
import { checkDepositLimits } from "./deposit-limits";
import { codeColumns, loadOperation, storedCode } from "./operation-record";
import { DEPOSIT_SETTLED_NOTE } from "./statuses";
import { sendStep } from "./send-step";

export interface DepositInput {
  /** The customer's 16-digit transaction code. */
  transactionCode: string;
  /** Our reference to the customer whose points arrive. */
  customerRef: string;
}

/** Shown on a deposit whose deposit/confirm answer was lost. */
export const DEPOSIT_UNKNOWN_NOTE =
  "KvitkaCard did not answer the confirmation, so it is not known whether the code was spent here. Do NOT credit " +
  "points yet. Check its state: the console verifies the same code again (deposit/init) — still pending means the " +
  "confirmation was not applied and may be sent again; already used means it was applied and points may be credited.";

/** Shown on a deposit whose deposit/init or deposit/reject answer was lost. */
const DEPOSIT_STEP_LOST_NOTE =
  "KvitkaCard did not answer, so this deposit's state is not known. Check its state (the console verifies the same code " +
  "again) before doing anything else.";

/** Open deposits of ours: a second record for the same KvitkaCard operation would credit twice. */
const OPEN_DEPOSIT: Prisma.KvitkaOperationWhereInput = { direction: "DEPOSIT", status: { in: ["requested", "pending_deposit", "unknown"] } };

/**
 * Step 1 of a deposit: the record (`requested`, the code sealed, last 4 in clear) and its
 * REQUESTED audit row are stored, then deposit/init.php verifies the code. The answer makes the
 * record `pending_deposit` with `amountKc` (KvitkaCoins) and `pointsAmount` (our points to credit);
 * the operator then checks them against our limits (checkDepositLimits) and confirms or rejects.
 * @returns the record (`unknown` when the answer was lost).
 * @throws ProviderError when KvitkaCard refused (CODE_NOT_FOUND, CODE_ALREADY_USED, CODE_IN_USE…;
 *   the record is `failed`), OperationError DUPLICATE_DEPOSIT when another open deposit of ours
 *   already holds the same operation (this record is `failed`; KvitkaCard is unaffected).
 * Source: KvitkaCard API v1.0, "Step 1: Verify code".
 */
export async function depositInit(input: DepositInput, actor: Actor): Promise<KvitkaOperation> {
  const id = randomUUID();
  const code = input.transactionCode;
  let duplicateOf: string | undefined;
  const op = await sendStep<DepositInitResponse>(
    {
      id,
      step: "deposit_init",
      action: "kvitka.deposit.init",
      request: { codeLast4: code.slice(-4), customerRef: input.customerRef },
      call: (client) => client.depositInit({ transaction_code: code }),
      onRequested: (tx) =>
        tx.kvitkaOperation.create({
          data: {
            id,
            direction: "DEPOSIT",
            status: "requested",
            customerRef: input.customerRef,
            ...codeColumns(id, code),
            pendingStep: "deposit_init",
            pendingStepAt: new Date(),
            createdById: actor.staff?.id ?? null,
            createdByEmail: actor.staff?.email ?? null,
          },
        }),
      applied: async (r, tx) => {
        const other = await tx.kvitkaOperation.findFirst({ where: { ...OPEN_DEPOSIT, providerOperationId: r.operation_id, id: { not: id } } });
        duplicateOf = other?.id;
        const amounts = { providerOperationId: r.operation_id, amountKc: r.amount_kc.toFixed(2), pointsAmount: r.points_amount.toFixed(2) };
        return other
          ? { ...amounts, status: "failed", lastErrorCode: "DUPLICATE_DEPOSIT", lastErrorMessage: "This code is already pending in another deposit here." }
          : { ...amounts, status: "pending_deposit" };
      },
      refused: () => ({ status: "failed" }),
      lost: () => ({ status: "unknown", lastErrorMessage: DEPOSIT_STEP_LOST_NOTE }),
      responseSummary: (r) => ({ operation_id: r.operation_id, amount_kc: r.amount_kc, points_amount: r.points_amount, status: r.status }),
    },
    actor,
  );
  if (duplicateOf) {
    throw new OperationError("DUPLICATE_DEPOSIT", "This code is already pending in another deposit here: finish or abandon that one.", {
      operationId: [duplicateOf],
    });
  }
  return op;
}

function pendingDeposit(op: KvitkaOperation): { operationId: number; code: string } {
  if (op.direction !== "DEPOSIT" || op.status !== "pending_deposit" || !op.providerOperationId) {
    throw new OperationError("NOT_PENDING", `Only a pending deposit can be confirmed or rejected; this one is ${op.status}.`);
  }
  return { operationId: op.providerOperationId, code: storedCode(op) };
}

/**
 * Step 2 of a deposit: deposit/confirm.php completes a `pending_deposit` operation and spends the
 * code; the record says "Points may now be credited" — only now. Our limits are checked again
 * first (today's total may have grown since the preview). A lost answer leaves it `unknown` with
 * DEPOSIT_UNKNOWN_NOTE: reconcileDeposit learns the state before a confirm may be sent again.
 * A refusal leaves it `pending_deposit` with the reason.
 * @throws OperationError NOT_PENDING / LIMIT_EXCEEDED / STATE_CHANGED (nothing sent), ProviderError.
 * Source: KvitkaCard API v1.0, "Step 2: Confirm deposit" and "Important".
 */
export async function depositConfirm({ operationId: id }: { operationId: string }, actor: Actor): Promise<KvitkaOperation> {
  const op = await loadOperation(id);
  const { operationId, code } = pendingDeposit(op);
  const limits = await checkDepositLimits(op.pointsAmount?.toString() ?? 0, op.id);
  if (!limits.ok) {
    throw new OperationError(
      "LIMIT_EXCEEDED",
      `Crediting ${limits.points} points is beyond our limits (per deposit ${limits.perOperationMax}, ${limits.remainingToday} left today). Reject it: the code stays valid elsewhere.`,
    );
  }
  return sendStep<DepositConfirmResponse>(
    {
      id,
      step: "deposit_confirm",
      from: ["pending_deposit"],
      action: "kvitka.deposit.confirm",
      request: { operation_id: operationId, codeLast4: op.codeLast4 },
      call: (client) => client.depositConfirm({ operation_id: operationId, transaction_code: code }),
      applied: (r) => ({
        status: "completed",
        pointsAmount: r.points_amount.toFixed(2),
        settledAt: new Date(),
        pointsSettledNote: DEPOSIT_SETTLED_NOTE,
      }),
      refused: () => ({ status: "pending_deposit" }),
      lost: () => ({ status: "unknown", lastErrorMessage: DEPOSIT_UNKNOWN_NOTE }),
      responseSummary: (r) => ({ operation_id: r.operation_id, points_amount: r.points_amount, status: r.status }),
    },
    actor,
  );
}

/**
 * deposit/reject.php for a `pending_deposit` operation, with the operator's `reason` (sent for
 * KvitkaCard's logs). KvitkaCard returns the operation to `holding`: the code stays valid at any
 * other business. The record becomes `rejected`. A lost answer leaves it `unknown`.
 * @throws OperationError NOT_PENDING / STATE_CHANGED, ProviderError.
 * Source: KvitkaCard API v1.0, "Alternative: Reject deposit".
 */
export function depositReject({ operationId, reason }: { operationId: string; reason: string }, actor: Actor): Promise<KvitkaOperation> {
  return sendDepositReject(operationId, reason, "rejected", actor);
}

/**
 * The deposit/reject.php step of {@link depositReject}, also used to abandon a pending deposit:
 * the record then becomes `abandoned` (audited as kvitka.operation.abandon).
 */
export async function sendDepositReject(id: string, reason: string, as: "rejected" | "abandoned", actor: Actor): Promise<KvitkaOperation> {
  const op = await loadOperation(id);
  const { operationId, code } = pendingDeposit(op);
  return sendStep<DepositRejectResponse>(
    {
      id,
      step: "deposit_reject",
      from: ["pending_deposit"],
      action: as === "rejected" ? "kvitka.deposit.reject" : "kvitka.operation.abandon",
      request: { operation_id: operationId, codeLast4: op.codeLast4, reason },
      call: (client) => client.depositReject({ operation_id: operationId, transaction_code: code, reason }),
      applied: () => ({ status: as, rejectReason: reason }),
      refused: () => ({ status: "pending_deposit" }),
      lost: () => ({ status: "unknown", rejectReason: reason, lastErrorMessage: DEPOSIT_STEP_LOST_NOTE }),
      responseSummary: (r) => ({ operation_id: r.operation_id, status: r.status }),
    },
    actor,
  );
}
