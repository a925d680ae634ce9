"use client";

import { Scale } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { SelectField, TextareaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { AbandonDialog } from "../../abandon-dialog";
import { reconcileDepositAction, resolveWithdrawalAction } from "../../actions";
import { resolveWithdrawalSchema } from "../../kvitka.validation";
import { finishHref, type LiveOperationPermissions } from "../../live-operations";
import { useActionRunner } from "../../use-action-runner";

interface ResolveFields {
  kvitkaSays: "holding" | "initiated";
  note: string;
}

/** What can be done with one operation now; each button only when its state and the role allow. */
export function OperationActions({ operation: op, can }: { operation: KvitkaOperationDto; can: LiveOperationPermissions }) {
  const router = useRouter();
  const { pending, run } = useActionRunner();
  const refresh = () => router.refresh();
  const resolve = useActionForm({
    schema: resolveWithdrawalSchema,
    action: resolveWithdrawalAction,
    defaultValues: { kvitkaSays: "holding", note: "" },
    prepare: (values: ResolveFields) => ({ operationId: op.id, ...values }),
    onSuccess: () => {
      toast.success("Answer recorded");
      refresh();
    },
  });
  const finishAllowed = op.direction === "WITHDRAW" ? can.withdraw : can.deposit;

  return (
    <div className="flex flex-wrap gap-2">
      {op.can.finish && finishAllowed ? (
        <Button asChild>
          <Link href={finishHref(op)}>{op.direction === "WITHDRAW" ? "Finish: confirm or abandon" : "Finish: confirm or reject"}</Link>
        </Button>
      ) : null}
      {op.can.abandon && can.resolve ? <AbandonDialog operation={op} trigger={<Button variant="outline">Abandon</Button>} onDone={refresh} /> : null}
      {op.can.reconcile && can.resolve ? (
        <Button variant="secondary" disabled={pending} onClick={() => run(() => reconcileDepositAction({ operationId: op.id }), (d) => `KvitkaCard says: ${d.operation.status.replace("_", " ")}`).then(refresh)}>
          <Scale className="size-4" aria-hidden /> Check state with KvitkaCard
        </Button>
      ) : null}
      {op.can.resolve && can.resolve ? (
        <ConfirmDialog
          trigger={<Button variant="secondary">Record KvitkaCard&apos;s answer</Button>}
          title="What did KvitkaCard say about this withdrawal?"
          description={`KvitkaCard has no status endpoint: ask its support about operation #${op.providerOperationId}. Record their answer here; the console sends nothing.`}
          confirmLabel="Record answer"
          destructive={false}
          onOpenChange={(open) => open || resolve.form.clearErrors()}
          onConfirm={resolve.submit}
        >
          <div className="grid gap-3">
            <SelectField
              control={resolve.form.control}
              name="kvitkaSays"
              id="kvitka-says"
              label="KvitkaCard says the operation is"
              options={[
                { value: "holding", label: "holding — the points are held (deduct them)" },
                { value: "initiated", label: "initiated — not confirmed (it may be confirmed again)" },
              ]}
            />
            <TextareaField control={resolve.form.control} name="note" id="resolve-note" label="Who confirmed it, when" maxLength={500} />
            <FormError control={resolve.form.control} />
          </div>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
