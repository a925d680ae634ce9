"use client";

import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reconcileTopUpAction, retryTopUpAction } from "../../actions";
import { useRun } from "../../use-run";

/** A top-up row's buttons: reconcile an unanswered one; send again only one reconciliation found not applied. */
export function TopUpActions({ topUpId, status, canReconcile, canRetry }: { topUpId: string; status: string; canReconcile: boolean; canRetry: boolean }) {
  const { run, pending } = useRun();
  if (canReconcile && (status === "UNKNOWN" || status === "REQUESTED")) {
    return (
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => run((t) => `Reconciled: ${t.status}`, () => reconcileTopUpAction({ topUpId }))}>
        Reconcile
      </Button>
    );
  }
  if (canRetry && status === "NOT_APPLIED") {
    return (
      <ConfirmDialog
        trigger={<Button size="sm" disabled={pending}>Send again</Button>}
        title="Send this top-up again?"
        description="Reconciliation found no recharge for it at Kazawallet. Sending it again charges the USD wallet."
        confirmLabel="Top up again"
        onConfirm={() => run("Top-up sent again", () => retryTopUpAction({ topUpId }))}
      />
    );
  }
  return null;
}
