import type { KvitkaOperation } from "@prisma/client";
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import type { WithdrawConfirmResponse, WithdrawInitResponse } from "../schemas";
import { codeColumns, loadOperation } from "./operation-record";
import { WITHDRAW_SETTLED_NOTE } from "./statuses";
import { sendStep } from "./send-step";

export interface WithdrawInput {
  /** Our reference to the customer whose points leave (sent as `user_id`). */
  customerRef: string;
  /** The customer's loyalty points to exchange, a decimal string with at most two decimals. */
  points: string;
}

/** Shown on a withdrawal whose withdraw/confirm answer was lost. */
export const WITHDRAW_UNKNOWN_NOTE =
  "KvitkaCard did not answer the confirmation, so it is not known whether it holds the points and issued a code. " +
  "KvitkaCard has no status endpoint and answers a repeated confirm without the code: check this operation with " +
  "KvitkaCard (quote its operation id) and do NOT deduct the customer's points until KvitkaCard confirms it holds them. " +
  "The console will not send the confirmation again.";

/** Shown on a withdrawal whose withdraw/init answer was lost. */
const WITHDRAW_INIT_LOST_NOTE =
  "KvitkaCard did not answer the initiation. Any operation it created stays initiated, cannot be confirmed without " +
  "its id and holds nothing: no points may be deducted. Start a new withdrawal.";

/**
 * Step 1 of a withdrawal (customer's points → KvitkaCoins): the record (`requested`) and its
 * REQUESTED audit row are stored, then withdraw/init.php converts and checks KvitkaCard's
 * 1–1000 KvitkaCoin limits. The answer is the preview: the record becomes `initiated` with
 * `amountKc` (KvitkaCoins) and `pointsAmount` (points). Nothing is held yet: the operator
 * confirms or abandons.
 * @returns the record; `failed` (with the reason) when the answer was lost.
 * @throws ProviderError when KvitkaCard refused (e.g. AMOUNT_OUT_OF_RANGE); the record is `failed`.
 * Source: KvitkaCard API v1.0, "Step 1: Initiate withdrawal".
 */
export async function withdrawInit(input: WithdrawInput, actor: Actor): Promise<KvitkaOperation> {
  const id = randomUUID();
  const points = new Decimal(input.points);
  return sendStep<WithdrawInitResponse>(
    {
      id,
      step: "withdraw_init",
      action: "kvitka.withdraw.init",
      request: { user_id: input.customerRef, points_amount: points.toFixed(2) },
      call: (client) => client.withdrawInit({ user_id: input.customerRef, points_amount: points }),
      onRequested: (tx) =>
        tx.kvitkaOperation.create({
          data: {
            id,
            direction: "WITHDRAW",
            status: "requested",
            customerRef: input.customerRef,
            pointsAmount: points.toFixed(2),
            pendingStep: "withdraw_init",
            pendingStepAt: new Date(),
            createdById: actor.staff?.id ?? null,
            createdByEmail: actor.staff?.email ?? null,
          },
        }),
      applied: (r) => ({
        status: "initiated",
        providerOperationId: r.operation_id,
        amountKc: r.amount_kc.toFixed(2),
        pointsAmount: (r.points_amount ?? points).toFixed(2),
      }),
      refused: () => ({ status: "failed" }),
      lost: () => ({ status: "failed", pendingStep: null, pendingStepAt: null, lastErrorMessage: WITHDRAW_INIT_LOST_NOTE }),
      responseSummary: (r) => ({ operation_id: r.operation_id, amount_kc: r.amount_kc, status: r.status }),
    },
    actor,
  );
}

export interface ConfirmedWithdrawal {
  operation: KvitkaOperation;
  /**
   * The 16-digit code, handed out this once (to show to the customer); null when the answer was
   * lost. Afterwards only `codeLast4` is readable.
   */
  transactionCode: string | null;
}

/**
 * Step 2 of a withdrawal: withdraw/confirm.php moves an `initiated` operation to `holding` and
 * issues the single-use 16-digit code. The code is stored sealed (AES-256-GCM) with only its last
 * 4 digits in clear, returned once, and the record says "Points may now be deducted from the
 * customer's account" — only now. A lost answer leaves the record `unknown` with
 * WITHDRAW_UNKNOWN_NOTE; it is never re-sent (a second confirm would be refused without the code).
 * KvitkaCard's INVALID_STATUS (already confirmed) is treated as unknown too; OPERATION_NOT_FOUND
 * fails the record; any other refusal leaves it `initiated`.
 * @throws OperationError NOT_FOUND / NOT_CONFIRMABLE / STATE_CHANGED (nothing sent),
 *   ProviderError when KvitkaCard refused.
 * Source: KvitkaCard API v1.0, withdraw/confirm.php and "Important".
 */
export async function withdrawConfirm({ operationId: id }: { operationId: string }, actor: Actor): Promise<ConfirmedWithdrawal> {
  const op = await loadOperation(id);
  if (op.direction !== "WITHDRAW" || op.status !== "initiated" || !op.providerOperationId) {
    throw new OperationError("NOT_CONFIRMABLE", `Only an initiated withdrawal can be confirmed; this one is ${op.status}.`);
  }
  const operationId = op.providerOperationId;
  let transactionCode: string | null = null;
  const operation = await sendStep<WithdrawConfirmResponse>(
    {
      id,
      step: "withdraw_confirm",
      from: ["initiated"],
      action: "kvitka.withdraw.confirm",
      request: { operation_id: operationId },
      call: (client) => client.withdrawConfirm({ operation_id: operationId }),
      applied: (r) => {
        transactionCode = r.transaction_code;
        const now = new Date();
        return {
          status: "holding",
          amountKc: r.amount_kc.toFixed(2),
          ...codeColumns(id, r.transaction_code),
          codeRevealedAt: now,
          settledAt: now,
          pointsSettledNote: WITHDRAW_SETTLED_NOTE,
        };
      },
      refused: (e) =>
        e.code === "INVALID_STATUS"
          ? { status: "unknown", lastErrorMessage: `${e.message} ${WITHDRAW_UNKNOWN_NOTE}` }
          : { status: e.code === "OPERATION_NOT_FOUND" ? "failed" : "initiated" },
      lost: () => ({ status: "unknown", lastErrorMessage: WITHDRAW_UNKNOWN_NOTE }),
      responseSummary: (r) => ({ operation_id: r.operation_id, status: r.status, amount_kc: r.amount_kc, codeLast4: r.transaction_code.slice(-4) }),
    },
    actor,
  );
  return { operation, transactionCode };
}
