"use server";

import type { KvitkaOperation } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { abandonOperation } from "@/lib/providers/kvitka/operations/abandon";
import { depositConfirm, depositInit, depositReject } from "@/lib/providers/kvitka/operations/deposit";
import { checkDepositLimits } from "@/lib/providers/kvitka/operations/deposit-limits";
import { toOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { mintPracticeCode } from "@/lib/providers/kvitka/operations/practice-code";
import { reconcileDeposit, resolveWithdrawal } from "@/lib/providers/kvitka/operations/reconcile";
import { withdrawConfirm, withdrawInit } from "@/lib/providers/kvitka/operations/withdraw";
import {
  abandonSchema,
  depositInitSchema,
  mintPracticeCodeSchema,
  operationIdSchema,
  rejectSchema,
  resolveWithdrawalSchema,
  withdrawInitSchema,
} from "./kvitka.validation";

/** The record for the browser, with the limit check while a deposit waits for confirm or reject. */
async function answer(op: KvitkaOperation) {
  revalidatePath("/kvitka");
  revalidatePath(`/kvitka/operations/${op.id}`);
  const limits = op.direction === "DEPOSIT" && op.status === "pending_deposit" && op.pointsAmount ? await checkDepositLimits(op.pointsAmount.toString(), op.id) : null;
  return { operation: toOperationDto(op), limits };
}

export const withdrawInitAction = defineAction({
  name: "kvitka.withdraw.init",
  permission: "kvitka.withdraw",
  input: withdrawInitSchema,
  handler: async (input, actor) => answer(await withdrawInit(input, actor)),
});

export const withdrawConfirmAction = defineAction({
  name: "kvitka.withdraw.confirm",
  permission: "kvitka.withdraw",
  input: operationIdSchema,
  handler: async ({ operationId }, actor) => {
    const { operation, transactionCode } = await withdrawConfirm(operationId, actor);
    // The one time the whole code leaves the server: the flow shows it, then only ****1234.
    return { ...(await answer(operation)), transactionCode };
  },
});

export const depositInitAction = defineAction({
  name: "kvitka.deposit.init",
  permission: "kvitka.deposit",
  input: depositInitSchema,
  handler: async (input, actor) => answer(await depositInit(input, actor)),
});

export const depositConfirmAction = defineAction({
  name: "kvitka.deposit.confirm",
  permission: "kvitka.deposit",
  input: operationIdSchema,
  handler: async ({ operationId }, actor) => answer(await depositConfirm(operationId, actor)),
});

export const depositRejectAction = defineAction({
  name: "kvitka.deposit.reject",
  permission: "kvitka.deposit",
  input: rejectSchema,
  handler: async ({ operationId, reason }, actor) => answer(await depositReject(operationId, reason, actor)),
});

export const abandonOperationAction = defineAction({
  name: "kvitka.operation.abandon",
  permission: "kvitka.operations.resolve",
  input: abandonSchema,
  handler: async ({ operationId, reason }, actor) => answer(await abandonOperation(operationId, reason, actor)),
});

export const reconcileDepositAction = defineAction({
  name: "kvitka.operation.reconcile",
  permission: "kvitka.operations.resolve",
  input: operationIdSchema,
  handler: async ({ operationId }, actor) => answer(await reconcileDeposit(operationId, actor)),
});

export const resolveWithdrawalAction = defineAction({
  name: "kvitka.operation.reconcile",
  permission: "kvitka.operations.resolve",
  input: resolveWithdrawalSchema,
  handler: async ({ operationId, kvitkaSays, note }, actor) => answer(await resolveWithdrawal(operationId, kvitkaSays, note, actor)),
});

export const mintPracticeCodeAction = defineAction({
  name: "sandbox.control.mint-partner-code",
  permission: "kvitka.deposit",
  input: mintPracticeCodeSchema,
  handler: async ({ amountKc }, actor) => mintPracticeCode(amountKc, actor),
});
