"use server";

import type { KvitkaOperation } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { abandonOperation } from "@/lib/providers/kvitka/operations/abandon";
import { depositConfirm, depositInit, depositReject } from "@/lib/providers/kvitka/operations/deposit";
import { mintPracticeCode } from "@/lib/providers/kvitka/operations/practice-code";
import { operationView } from "@/lib/providers/kvitka/operations/queries";
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
  return operationView(op);
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
  handler: async (input, actor) => {
    const { operation, transactionCode } = await withdrawConfirm(input, actor);
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
  handler: async (input, actor) => answer(await depositConfirm(input, actor)),
});

export const depositRejectAction = defineAction({
  name: "kvitka.deposit.reject",
  permission: "kvitka.deposit",
  input: rejectSchema,
  handler: async (input, actor) => answer(await depositReject(input, actor)),
});

export const abandonOperationAction = defineAction({
  name: "kvitka.operation.abandon",
  permission: "kvitka.operations.resolve",
  input: abandonSchema,
  handler: async (input, actor) => answer(await abandonOperation(input, actor)),
});

export const reconcileDepositAction = defineAction({
  name: "kvitka.operation.reconcile",
  permission: "kvitka.operations.resolve",
  input: operationIdSchema,
  handler: async (input, actor) => answer(await reconcileDeposit(input, actor)),
});

export const resolveWithdrawalAction = defineAction({
  name: "kvitka.operation.reconcile",
  permission: "kvitka.operations.resolve",
  input: resolveWithdrawalSchema,
  handler: async (input, actor) => answer(await resolveWithdrawal(input, actor)),
});

export const mintPracticeCodeAction = defineAction({
  name: "sandbox.control.mint-partner-code",
  permission: "kvitka.deposit",
  input: mintPracticeCodeSchema,
  handler: mintPracticeCode,
});
