"use client";

import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { KeyValue } from "@/components/ui/key-value";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { AbandonDialog } from "../abandon-dialog";
import { withdrawConfirmAction, withdrawInitAction } from "../actions";
import { withdrawInitSchema } from "../kvitka.validation";
import { OperationNotes } from "../operation-notes";
import { OperationStatusBadge } from "../operation-status-badge";
import { kvitkaKeys } from "../query-keys";
import { useActionRunner } from "../use-action-runner";

const EMPTY = { customerRef: "", points: "" };

/** The code, this once: copyable now, masked as ****1234 once the page is left. */
function CodeOnce({ code }: { code: string }) {
  return (
    <section aria-label="Transaction code" className="space-y-3 rounded-lg border-2 border-primary/40 bg-primary/5 p-5">
      <p className="text-sm font-medium">KvitkaCard transaction code — give it to the customer now</p>
      <div className="flex flex-wrap items-center gap-3">
        <output className="font-mono text-3xl tracking-[0.2em] tabular-nums" data-testid="transaction-code">
          {code.replace(/(\d{4})(?=\d)/g, "$1 ")}
        </output>
        <CopyButton value={code} label="Copy code" showLabel variant="outline" />
      </div>
      <p className="flex items-start gap-2 text-sm text-muted-foreground">
        <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        Shown once. The console keeps it encrypted and, after you leave this page, shows only its last four digits.
      </p>
    </section>
  );
}

/**
 * Customer's points → KvitkaCoins: customer and points → KvitkaCard converts and checks its
 * limits (withdraw/init: the preview) → confirm → the code, shown once. The record states that
 * points may be deducted only after the confirmation succeeded.
 */
export function WithdrawFlow({ initial, canAbandon }: { initial: KvitkaOperationDto | null; canAbandon: boolean }) {
  const { pending, run } = useActionRunner();
  const queryClient = useQueryClient();
  const [operation, setOperation] = useState<KvitkaOperationDto | null>(initial);
  const [code, setCode] = useState<string | null>(null);
  const refreshLive = () => void queryClient.invalidateQueries({ queryKey: kvitkaKeys.all });
  const { form, submit } = useActionForm({
    schema: withdrawInitSchema,
    action: withdrawInitAction,
    defaultValues: EMPTY,
    onSuccess: ({ operation: started }) => {
      if (started.status === "initiated") toast.success("KvitkaCard accepted the amount");
      setOperation(started);
      refreshLive();
    },
    onFailure: refreshLive,
  });

  const restart = () => {
    setOperation(null);
    setCode(null);
    form.reset(EMPTY);
  };

  if (!operation) {
    return (
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle className="text-base">Customer and points</CardTitle>
          <CardDescription>KvitkaCard converts the points to KvitkaCoins and checks its 1–1,000 KvitkaCoin limits. Nothing is held yet.</CardDescription>
        </CardHeader>
        <CardContent>
          <form className="grid gap-4" onSubmit={submit} noValidate>
            <InputField control={form.control} name="customerRef" id="customerRef" label="Customer reference" maxLength={128} autoComplete="off" />
            <InputField control={form.control} name="points" id="points" label="Points to withdraw" inputMode="decimal" placeholder="88.16" autoComplete="off" />
            <FormError control={form.control} />
            <div>
              <SubmitButton control={form.control} pendingLabel="Checking…">
                Check with KvitkaCard
              </SubmitButton>
            </div>
          </form>
        </CardContent>
      </Card>
    );
  }

  const op = operation;
  return (
    <div className="max-w-2xl space-y-4">
      {code ? <CodeOnce code={code} /> : null}
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2 text-base">
            {op.status === "initiated" ? "Preview" : "Withdrawal"} <OperationStatusBadge status={op.status} />
          </CardTitle>
          {op.status === "initiated" ? <CardDescription>KvitkaCard accepted this amount: it is within its 1–1,000 KvitkaCoin limits.</CardDescription> : null}
        </CardHeader>
        <CardContent className="space-y-4">
          <KeyValue
            items={[
              { label: "Customer", value: op.customerRef },
              { label: "Points leaving the customer", value: op.pointsAmount ? <span className="tabular-nums" data-testid="preview-points">{op.pointsAmount} points</span> : null },
              { label: "KvitkaCoins", value: op.amountKc ? <span className="tabular-nums" data-testid="preview-kc">{op.amountKc} KC</span> : null },
              { label: "KvitkaCard operation", value: op.providerOperationId ? <span className="font-mono">#{op.providerOperationId}</span> : null },
              ...(op.codeMasked && !code ? [{ label: "Code", value: <span className="font-mono" data-testid="masked-code">{op.codeMasked}</span> }] : []),
            ]}
          />
          <OperationNotes operation={op} />
          <div className="flex flex-wrap gap-2">
            {op.can.finish ? (
              <ConfirmDialog
                trigger={<Button disabled={pending}>Confirm withdrawal</Button>}
                title="Confirm the withdrawal?"
                description={`KvitkaCard holds ${op.amountKc} KvitkaCoins and issues a single-use code. Deduct ${op.pointsAmount} points from ${op.customerRef} only once this succeeds.`}
                confirmLabel="Confirm withdrawal"
                pendingLabel="Confirming…"
                destructive={false}
                onConfirm={async () => {
                  const data = await run(() => withdrawConfirmAction({ operationId: op.id }), (d) => (d.transactionCode ? "KvitkaCard holds the points" : null));
                  if (data) {
                    setOperation(data.operation);
                    setCode(data.transactionCode);
                  }
                  return Boolean(data);
                }}
              />
            ) : null}
            {op.can.abandon && canAbandon ? <AbandonDialog operation={op} trigger={<Button variant="outline">Abandon</Button>} onDone={setOperation} /> : null}
            {op.status !== "initiated" ? (
              <>
                <Button variant="outline" onClick={restart}>
                  Start another withdrawal
                </Button>
                <Button variant="ghost" asChild>
                  <Link href={`/kvitka/operations/${op.id}`}>Open the record</Link>
                </Button>
              </>
            ) : null}
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
