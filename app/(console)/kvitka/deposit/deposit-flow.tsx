"use client";

import { useQueryClient } from "@tanstack/react-query";
import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, TextareaField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { KeyValue } from "@/components/ui/key-value";
import type { LimitCheck } from "@/lib/providers/kvitka/operations/deposit-limits";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { depositConfirmAction, depositInitAction, depositRejectAction, mintPracticeCodeAction } from "../actions";
import { depositInitSchema, rejectSchema } from "../kvitka.validation";
import { OperationNotes } from "../operation-notes";
import { OperationStatusBadge } from "../operation-status-badge";
import { kvitkaKeys } from "../query-keys";
import { useActionRunner } from "../use-action-runner";
import { LimitCheckList } from "./limit-check";

const EMPTY = { transactionCode: "", customerRef: "" };

interface Preview {
  operation: KvitkaOperationDto;
  limits: LimitCheck | null;
}

/**
 * A code from the customer → KvitkaCard verifies it (deposit/init) and says how many of our
 * points it is worth → checked against our limits → confirm (credit) or reject with a reason,
 * which leaves the code valid elsewhere. In sandbox mode a partner code can be minted to practise.
 */
export function DepositFlow({ initial, sandbox }: { initial: Preview | null; sandbox: boolean }) {
  const { pending, run } = useActionRunner();
  const queryClient = useQueryClient();
  const refreshLive = () => void queryClient.invalidateQueries({ queryKey: kvitkaKeys.all });
  const [preview, setPreview] = useState<Preview | null>(initial);
  const verify = useActionForm({ schema: depositInitSchema, action: depositInitAction, defaultValues: EMPTY, onSuccess: setPreview });
  const operationId = preview?.operation.id ?? "";
  const reject = useActionForm({
    schema: rejectSchema,
    action: depositRejectAction,
    defaultValues: { reason: "" },
    prepare: (values: { reason: string }) => ({ operationId, ...values }),
    onSuccess: (data) => {
      if (data.operation.status === "rejected") toast.success("Deposit rejected; the code stays valid");
      setPreview(data);
      refreshLive();
    },
    onFailure: refreshLive,
  });

  const mint = () =>
    run(() => mintPracticeCodeAction({}), (d) => `Partner code for ${d.amountKc} KC minted`).then((d) => {
      if (d) verify.form.setValue("transactionCode", d.transactionCode, { shouldValidate: true });
    });

  if (!preview) {
    return (
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle className="text-base">Code and customer</CardTitle>
          <CardDescription>KvitkaCard verifies the code and converts it to our points. Nothing is credited until you confirm.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <form className="grid gap-4" onSubmit={verify.submit} noValidate>
            <InputField control={verify.form.control} name="transactionCode" id="transactionCode" label="Transaction code" inputMode="numeric" autoComplete="off" spellCheck={false} className="font-mono tracking-wider" placeholder="16 digits" maxLength={24} />
            <InputField control={verify.form.control} name="customerRef" id="customerRef" label="Customer reference" autoComplete="off" maxLength={128} />
            <FormError control={verify.form.control} data-testid="deposit-refused" format={(message) => `KvitkaCard refused this code: ${message}`} />
            <div className="flex flex-wrap gap-2">
              <SubmitButton control={verify.form.control} disabled={pending} pendingLabel="Verifying…">
                Verify code
              </SubmitButton>
              {sandbox ? (
                <Button type="button" variant="outline" disabled={pending} onClick={mint}>
                  <FlaskConical className="size-4" aria-hidden /> Practise: mint a partner code
                </Button>
              ) : null}
            </div>
          </form>
        </CardContent>
      </Card>
    );
  }

  const { operation: op, limits } = preview;
  const restart = () => {
    setPreview(null);
    verify.form.reset(EMPTY);
    reject.form.reset({ reason: "" });
  };
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle className="flex items-center gap-2 text-base">
          {op.status === "pending_deposit" ? "Preview" : "Deposit"} <OperationStatusBadge status={op.status} />
        </CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <KeyValue
          items={[
            { label: "Customer", value: op.customerRef },
            { label: "Points to credit", value: op.pointsAmount ? <span className="font-medium tabular-nums" data-testid="preview-points">{op.pointsAmount} points</span> : null },
            { label: "KvitkaCoins", value: op.amountKc ? <span className="tabular-nums">{op.amountKc} KC</span> : null },
            { label: "Code", value: <span className="font-mono">{op.codeMasked}</span> },
            { label: "KvitkaCard operation", value: op.providerOperationId ? <span className="font-mono">#{op.providerOperationId}</span> : null },
          ]}
        />
        {op.status === "pending_deposit" && limits ? <LimitCheckList limits={limits} /> : null}
        {op.status === "pending_deposit" && limits && !limits.ok ? (
          <p role="alert" className="text-sm text-destructive">Beyond our limits: reject it. The code stays valid for the customer elsewhere.</p>
        ) : null}
        <OperationNotes operation={op} />
        <div className="flex flex-wrap gap-2">
          {op.can.finish ? (
            <>
              <ConfirmDialog
                trigger={<Button disabled={pending || !limits?.ok}>Confirm credit</Button>}
                title="Credit these points?"
                description={`KvitkaCard spends the code. Credit ${op.pointsAmount} points to ${op.customerRef} only once this succeeds.`}
                confirmLabel="Confirm credit"
                pendingLabel="Confirming…"
                destructive={false}
                onConfirm={async () => {
                  const data = await run(() => depositConfirmAction({ operationId: op.id }), (d) => (d.operation.status === "completed" ? "Deposit completed" : null));
                  if (data) setPreview(data);
                  return Boolean(data);
                }}
              />
              <ConfirmDialog
                trigger={<Button variant="outline" disabled={pending}>Reject</Button>}
                title="Reject this deposit?"
                description="Nothing is credited here. KvitkaCard keeps the code valid: the customer can use it at another business."
                confirmLabel="Reject deposit"
                pendingLabel="Rejecting…"
                onOpenChange={(open) => open || reject.form.clearErrors()}
                onConfirm={reject.submit}
              >
                <div className="grid gap-3">
                  <TextareaField control={reject.form.control} name="reason" id="reject-reason" label="Reason" maxLength={500} placeholder="Over our daily limit, customer changed their mind, …" />
                  <FormError control={reject.form.control} />
                </div>
              </ConfirmDialog>
            </>
          ) : (
            <>
              <Button variant="outline" onClick={restart}>
                Deposit another code
              </Button>
              <Button variant="ghost" asChild>
                <Link href={`/kvitka/operations/${op.id}`}>Open the record</Link>
              </Button>
            </>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
