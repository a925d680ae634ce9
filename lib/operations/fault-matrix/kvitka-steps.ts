import type { KvitkaOperation } from "@prisma/client";
import { db } from "@/lib/db";
import { depositConfirm, depositInit } from "@/lib/providers/kvitka/operations/deposit";
import { reconcileDeposit, resolveWithdrawal } from "@/lib/providers/kvitka/operations/reconcile";
import { withdrawConfirm, withdrawInit } from "@/lib/providers/kvitka/operations/withdraw";
import { mintPartnerCode, OPERATOR, sandboxOperation } from "@/lib/providers/kvitka/testing/operations-harness";
import { type LocalRecord, type ProviderRows, step } from "./step";

/*
 * KvitkaCard's money-moving steps: withdraw/confirm (points held, a code issued) and
 * deposit/confirm (a code spent here). KvitkaCard has no status endpoint: a withdrawal whose
 * confirmation answer was lost is resolved with what KvitkaCard's staff say (here: the sandbox's
 * own record); a deposit's state is learnt by verifying the same code again (reconcileDeposit).
 */

type Ctx = { id: string; operationId: number };

async function records(moved: (op: KvitkaOperation) => boolean): Promise<LocalRecord[]> {
  return (await db.kvitkaOperation.findMany()).map((op) => ({
    id: op.id,
    status: op.status,
    moved: moved(op),
    settled: op.status !== "unknown" && op.status !== "requested" && op.pendingStep === null,
  }));
}

/** What KvitkaCard says the operation is, as its staff would tell the operator. */
const kvitkaStatus = async (operationId: number) => (await sandboxOperation(operationId))?.status;

const withdraw = step<Ctx>({
  provider: "kvitka",
  name: "KvitkaCard withdraw confirm",
  request: { method: "POST", pathIncludes: "/withdraw/confirm.php" },
  action: "kvitka.withdraw.confirm",
  setup: async () => {
    const op = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);
    return { id: op.id, operationId: op.providerOperationId! };
  },
  run: (ctx) => withdrawConfirm({ operationId: ctx.id }, OPERATOR),
  reconcile: async (ctx) => {
    const op = await db.kvitkaOperation.findUniqueOrThrow({ where: { id: ctx.id } });
    if (op.status !== "unknown") return;
    const says = (await kvitkaStatus(ctx.operationId)) === "holding" ? "holding" : "initiated";
    await resolveWithdrawal({ operationId: ctx.id, kvitkaSays: says, note: `KvitkaCard support: operation ${ctx.operationId} is ${says}` }, OPERATOR);
  },
  providerCount: async (ctx) => ((await kvitkaStatus(ctx.operationId)) === "holding" ? 1 : 0),
  localRecords: () => records((op) => op.status === "holding"),
});

const deposit = step<Ctx>({
  provider: "kvitka",
  name: "KvitkaCard deposit confirm",
  request: { method: "POST", pathIncludes: "/deposit/confirm.php" },
  action: "kvitka.deposit.confirm",
  setup: async () => {
    const { transaction_code } = await mintPartnerCode();
    const op = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    return { id: op.id, operationId: op.providerOperationId! };
  },
  run: (ctx) => depositConfirm({ operationId: ctx.id }, OPERATOR),
  reconcile: async (ctx) => {
    const op = await db.kvitkaOperation.findUniqueOrThrow({ where: { id: ctx.id } });
    if (op.status === "unknown") await reconcileDeposit({ operationId: ctx.id }, OPERATOR);
  },
  providerCount: async (ctx) => ((await kvitkaStatus(ctx.operationId)) === "completed" ? 1 : 0),
  localRecords: () => records((op) => op.status === "completed"),
});

export const KVITKA_ROWS: ProviderRows = {
  provider: "kvitka",
  clear: async () => {
    await db.kvitkaOperation.deleteMany();
  },
  steps: [withdraw, deposit],
};
