import { db } from "@/lib/db";
import { isStepStale, STUCK_AFTER_MS } from "@/lib/providers/kvitka/operations/operation-record";
import { canReconcileDeposit, canResolveWithdrawal, reconcileDeposit } from "@/lib/providers/kvitka/operations/reconcile";
import { defineJob } from "../define-job";
import { combine, noted, settleEach, tallied } from "../settle";

/** At most this many deposits are re-verified per run: KvitkaCard allows 60 requests per 60 s, shared with the operators. */
const BATCH = 10;

/**
 * Stuck KvitkaCard operations (the live view's "stuck"): a deposit whose step was sent and never
 * answered (the console stopped meanwhile: `pendingStep` older than stepStaleAfterMs) is
 * reconciled with reconcileDeposit (deposit/init again with the same code: the only documented way
 * to learn a code's state). A withdrawal in the same plight only KvitkaCard's staff can settle
 * (resolveWithdrawal), and an operation waiting for its operator's next step (confirm or abandon)
 * for over STUCK_AFTER_MS is the operator's: both are counted in the summary. Unknown deposits are
 * the reconciliation job's. `changed`: deposits whose status moved or whose step was settled.
 */
export const kvitkaStuckJob = defineJob({
  name: "kvitka-stuck",
  title: "Stuck KvitkaCard operations",
  description: "Re-verifies KvitkaCard deposits whose step was interrupted, and counts the operations waiting for a person.",
  schedule: { everyMinutes: 5 },
  async run({ actor, now }) {
    const interrupted = await db.kvitkaOperation.findMany({
      where: { pendingStep: { not: null }, status: { notIn: ["unknown"] } },
      orderBy: { pendingStepAt: "asc" },
    });
    const stale = interrupted.filter((op) => isStepStale(op, now.getTime()));
    const deposits = stale.filter((op) => canReconcileDeposit(op, now.getTime())).slice(0, BATCH);
    const withdrawals = stale.filter((op) => canResolveWithdrawal(op, now.getTime())).length;
    const idle = await db.kvitkaOperation.count({
      where: {
        pendingStep: null,
        updatedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) },
        OR: [
          { direction: "WITHDRAW", status: "initiated" },
          { direction: "DEPOSIT", status: "pending_deposit" },
        ],
      },
    });
    const tally = await settleEach(
      "kvitka-stuck",
      deposits,
      (op) => reconcileDeposit({ operationId: op.id }, actor),
      (op) => `${op.status}:${op.pendingStep ?? ""}`,
    );
    return combine(
      [
        tallied("Interrupted deposits", tally),
        noted(withdrawals, `Interrupted withdrawal confirmations: ${withdrawals}, only KvitkaCard's staff can say (resolve them on the operation)`),
        noted(idle, `Waiting for their operator to confirm or abandon: ${idle}`),
      ],
      "No KvitkaCard operation is stuck.",
    );
  },
});
