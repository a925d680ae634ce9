"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { TextareaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { abandonOperationAction } from "./actions";
import { abandonSchema } from "./kvitka.validation";
import { kvitkaKeys } from "./query-keys";

/** Abandon with a reason: local for an initiated withdrawal, a rejection at KvitkaCard for a pending deposit. */
export function AbandonDialog({ operation, trigger, onDone }: { operation: KvitkaOperationDto; trigger: ReactNode; onDone?: (op: KvitkaOperationDto) => void }) {
  const queryClient = useQueryClient();
  const refreshLive = () => void queryClient.invalidateQueries({ queryKey: kvitkaKeys.all });
  const { form, submit } = useActionForm({
    schema: abandonSchema,
    action: abandonOperationAction,
    defaultValues: { reason: "" },
    prepare: (values: { reason: string }) => ({ operationId: operation.id, ...values }),
    onSuccess: (data) => {
      toast.success("Operation abandoned");
      refreshLive();
      onDone?.(data.operation);
    },
    onFailure: refreshLive,
  });
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
      onOpenChange={(open) => open || form.clearErrors()}
      onConfirm={submit}
    >
      <div className="grid gap-3">
        <TextareaField control={form.control} name="reason" id={`abandon-reason-${operation.id}`} label="Reason" maxLength={500} placeholder="Customer left, wrong amount, …" />
        <FormError control={form.control} />
      </div>
    </ConfirmDialog>
  );
}
