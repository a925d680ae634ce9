import type { KvitkaOperation } from "@prisma/client";
import { canReconcileDeposit, canResolveWithdrawal } from "./reconcile";
import { isStepStale, maskedCode, STUCK_AFTER_MS } from "./operation-record";

/** One audited step of an operation, for its timeline. */
export interface OperationStepDto {
  action: string;
  outcome: string;
  at: string;
  errorCode: string | null;
  actorEmail: string | null;
}

/**
 * An operation as the browser sees it: decimals as strings (`pointsAmount` in points,
 * `amountKc` in KvitkaCoins), dates as ISO strings, the code only masked (`****4719`).
 */
export interface KvitkaOperationDto {
  id: string;
  direction: string;
  status: string;
  providerOperationId: number | null;
  customerRef: string | null;
  pointsAmount: string | null;
  amountKc: string | null;
  codeMasked: string | null;
  codeShownAt: string | null;
  reason: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  pointsSettledNote: string | null;
  pendingStep: string | null;
  settledAt: string | null;
  createdByEmail: string | null;
  createdAt: string;
  updatedAt: string;
  /** Open and untouched for a while, or waiting for its state to be learned. */
  stuck: boolean;
  /** What the operator may do next (the server checks again). */
  can: { finish: boolean; abandon: boolean; reconcile: boolean; resolve: boolean };
  steps: OperationStepDto[];
}

export function toOperationDto(op: KvitkaOperation, steps: OperationStepDto[] = [], now = Date.now()): KvitkaOperationDto {
  const idle = !op.pendingStep;
  const finish = idle && ((op.direction === "WITHDRAW" && op.status === "initiated") || (op.direction === "DEPOSIT" && op.status === "pending_deposit"));
  const abandon = finish || (op.direction === "WITHDRAW" && op.status === "requested" && isStepStale(op, now));
  const reconcile = canReconcileDeposit(op, now);
  const resolve = canResolveWithdrawal(op, now);
  const stuck = op.status === "unknown" || isStepStale(op, now) || (finish && now - op.updatedAt.getTime() > STUCK_AFTER_MS);
  return {
    id: op.id,
    direction: op.direction,
    status: op.status,
    providerOperationId: op.providerOperationId,
    customerRef: op.customerRef,
    pointsAmount: op.pointsAmount?.toFixed(2) ?? null,
    amountKc: op.amountKc?.toFixed(2) ?? null,
    codeMasked: maskedCode(op.codeLast4),
    codeShownAt: op.codeRevealedAt?.toISOString() ?? null,
    reason: op.rejectReason,
    lastErrorCode: op.lastErrorCode,
    lastErrorMessage: op.lastErrorMessage,
    pointsSettledNote: op.pointsSettledNote,
    pendingStep: op.pendingStep,
    settledAt: op.settledAt?.toISOString() ?? null,
    createdByEmail: op.createdByEmail,
    createdAt: op.createdAt.toISOString(),
    updatedAt: op.updatedAt.toISOString(),
    stuck,
    can: { finish, abandon, reconcile, resolve },
    steps,
  };
}
