"use client";

import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { abandonOperationAction } from "./actions";
import { useActionRunner } from "./use-action-runner";

/** Abandon with a reason: local for an initiated withdrawal, a rejection at KvitkaCard for a pending deposit. */
export function AbandonDialog({ operation, trigger, onDone }: { operation: KvitkaOperationDto; trigger: ReactNode; onDone?: (op: KvitkaOperationDto) => void }) {
  const { run } = useActionRunner();
  const [reason, setReason] = useState("");
  const deposit = operation.direction === "DEPOSIT";
  return (
    <ConfirmDialog
      trigger={trigger}
      title={deposit ? "Abandon this deposit?" : "Abandon this withdrawal?"}
      description={
        deposit
          ? "The console rejects the pending deposit at KvitkaCard: nothing is credited here, and the code stays valid at any other business."
          : "KvitkaCard holds nothing for an initiated withdrawal and has no way to cancel it; the console stops here. Do not deduct any points."
      }
      confirmLabel="Abandon"
      pendingLabel="Abandoning…"
      onConfirm={async () => {
        if (reason.trim().length < 3) {
          toast.error("Give a reason of at least 3 characters.");
          return false;
        }
        const data = await run(() => abandonOperationAction({ operationId: operation.id, reason }), "Operation abandoned");
        if (data) onDone?.(data.operation);
        return Boolean(data);
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor={`abandon-reason-${operation.id}`}>Reason</Label>
        <Textarea id={`abandon-reason-${operation.id}`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="Customer left, wrong amount, …" />
      </div>
    </ConfirmDialog>
  );
}
