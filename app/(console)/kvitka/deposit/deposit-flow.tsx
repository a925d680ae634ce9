"use client";

import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { KeyValue } from "@/components/ui/key-value";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { LimitCheck } from "@/lib/providers/kvitka/operations/deposit-limits";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { depositConfirmAction, depositInitAction, depositRejectAction, mintPracticeCodeAction } from "../actions";
import { customerRef as customerRefSchema, transactionCode as transactionCodeSchema } from "../kvitka.validation";
import { OperationNotes } from "../operation-notes";
import { OperationStatusBadge } from "../operation-status-badge";
import { useActionRunner } from "../use-action-runner";
import { LimitCheckList } from "./limit-check";

const problem = (schema: typeof transactionCodeSchema | typeof customerRefSchema, value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0].message;
};

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
  const [code, setCode] = useState("");
  const [customerRef, setCustomerRef] = useState("");
  const [touched, setTouched] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(initial);
  const [reason, setReason] = useState("");
  const errors = { code: problem(transactionCodeSchema, code), customerRef: problem(customerRefSchema, customerRef) };

  const verify = async () => {
    setTouched(true);
    setRefusal(null);
    if (errors.code || errors.customerRef) return;
    const result = await depositInitAction({ transactionCode: code, customerRef });
    if (!result.ok) return setRefusal(result.error.message);
    setPreview(result.data);
  };

  const mint = () =>
    run(() => mintPracticeCodeAction({}), (d) => `Partner code for ${d.amountKc} KC minted`).then((d) => {
      if (d) setCode(d.transactionCode);
    });

  if (!preview) {
    return (
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle className="text-base">Code and customer</CardTitle>
          <CardDescription>KvitkaCard verifies the code and converts it to our points. Nothing is credited until you confirm.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <form className="grid gap-4" onSubmit={(e) => (e.preventDefault(), void verify())} noValidate>
            <div className="grid gap-1.5">
              <Label htmlFor="transactionCode">Transaction code</Label>
              <Input id="transactionCode" inputMode="numeric" autoComplete="off" spellCheck={false} className="font-mono tracking-wider" value={code} onChange={(e) => setCode(e.target.value)} aria-invalid={touched && Boolean(errors.code)} placeholder="16 digits" maxLength={24} />
              {touched && errors.code ? <p className="text-sm text-destructive">{errors.code}</p> : null}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="customerRef">Customer reference</Label>
              <Input id="customerRef" autoComplete="off" value={customerRef} onChange={(e) => setCustomerRef(e.target.value)} aria-invalid={touched && Boolean(errors.customerRef)} maxLength={128} />
              {touched && errors.customerRef ? <p className="text-sm text-destructive">{errors.customerRef}</p> : null}
            </div>
            {refusal ? (
              <p role="alert" data-testid="deposit-refused" className="rounded-md border border-destructive/40 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground">
                KvitkaCard refused this code: {refusal}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={pending}>
                Verify code
              </Button>
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
  const restart = () => (setPreview(null), setCode(""), setCustomerRef(""), setTouched(false), setReason(""));
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
                onConfirm={async () => {
                  if (reason.trim().length < 3) {
                    toast.error("Give a reason of at least 3 characters.");
                    return false;
                  }
                  const data = await run(() => depositRejectAction({ operationId: op.id, reason }), (d) => (d.operation.status === "rejected" ? "Deposit rejected; the code stays valid" : null));
                  if (data) setPreview(data);
                  return Boolean(data);
                }}
              >
                <div className="grid gap-1.5">
                  <Label htmlFor="reject-reason">Reason</Label>
                  <Textarea id="reject-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="Over our daily limit, customer changed their mind, …" />
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
