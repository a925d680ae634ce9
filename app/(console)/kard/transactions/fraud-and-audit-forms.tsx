"use client";

import { useQueryClient } from "@tanstack/react-query";
import { FileSearch, ShieldAlert } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { AUDIT_CODE_LABELS } from "@/lib/providers/kard/operations/audit-request-codes";
import { FieldError } from "../users/field-error";
import { flagFraudAction, requestAuditAction } from "./actions";
import { kardTransactionKeys } from "./query-keys";

type Users = { value: string; label: string }[];

/** Flags any transaction of a user as fraudulent (by user and transaction id), with confirmation. */
export function FraudFlagForm({ users }: { users: Users }) {
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState(users[0]?.value ?? "");
  const [transactionId, setTransactionId] = useState("");
  return (
    <form className="grid gap-3" aria-label="Flag a fraudulent transaction" onSubmit={(e) => e.preventDefault()}>
      <div className="grid gap-1.5">
        <Label htmlFor="fraud-userId">User</Label>
        <NativeSelect id="fraud-userId" wrapperClassName="w-full" value={userId} onChange={(e) => setUserId(e.target.value)} options={users} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="fraud-transactionId">Transaction id</Label>
        <Input id="fraud-transactionId" value={transactionId} onChange={(e) => setTransactionId(e.target.value)} />
      </div>
      <ConfirmDialog
        trigger={
          <Button variant="destructive" disabled={!userId || !transactionId.trim()} className="w-fit">
            <ShieldAlert className="size-4" aria-hidden /> Flag as fraud
          </Button>
        }
        title={`Flag ${transactionId.trim()} as fraudulent?`}
        description="Kard will not reward this transaction and claws back a reward it already earned. There is no call to undo a flag."
        confirmLabel="Flag as fraud"
        pendingLabel="Flagging…"
        onConfirm={async () => {
          const result = await flagFraudAction({ userId, transactionId });
          if (!result.ok) {
            toast.error(result.error.message);
            return false;
          }
          toast.success(`${transactionId.trim()} is flagged as fraudulent.`);
          setTransactionId("");
          await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
        }}
      />
    </form>
  );
}

/**
 * Asks Kard to audit a transaction (incorrect or missing cashback, or other). The answer is the
 * audit id; its progress arrives as auditUpdate notifications in the webhook inbox.
 */
export function AuditRequestForm({ users }: { users: Users }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ userId: users[0]?.value ?? "", transactionId: "", auditCode: "3006", merchantName: "", auditDescription: "" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = () =>
    startTransition(async () => {
      const result = await requestAuditAction(form);
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        return void toast.error(result.error.message);
      }
      setFieldErrors({});
      toast.success(`Kard opened audit ${result.data.auditId}; its updates arrive in the webhook inbox.`);
      setForm((f) => ({ ...f, transactionId: "", auditDescription: "" }));
      await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
    });

  return (
    <form
      className="grid gap-3"
      aria-label="Request an audit"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="audit-userId">User</Label>
        <NativeSelect id="audit-userId" wrapperClassName="w-full" value={form.userId} onChange={(e) => set("userId")(e.target.value)} options={users} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-transactionId">Transaction id</Label>
        <Input id="audit-transactionId" value={form.transactionId} onChange={(e) => set("transactionId")(e.target.value)} aria-describedby="audit-transactionId-error" />
        <FieldError id="audit-transactionId-error" messages={fieldErrors.transactionId} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-code">Reason</Label>
        <NativeSelect id="audit-code" wrapperClassName="w-full" value={form.auditCode} onChange={(e) => set("auditCode")(e.target.value)} options={Object.entries(AUDIT_CODE_LABELS).map(([value, label]) => ({ value, label }))} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-merchantName">Merchant name</Label>
        <Input id="audit-merchantName" value={form.merchantName} onChange={(e) => set("merchantName")(e.target.value)} aria-describedby="audit-merchantName-error" />
        <FieldError id="audit-merchantName-error" messages={fieldErrors.merchantName} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-description">What is wrong</Label>
        <Textarea id="audit-description" value={form.auditDescription} onChange={(e) => set("auditDescription")(e.target.value)} maxLength={1000} aria-describedby="audit-description-error" />
        <FieldError id="audit-description-error" messages={fieldErrors.auditDescription} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="w-fit">
        <FileSearch className="size-4" aria-hidden /> {pending ? "Requesting…" : "Request audit"}
      </Button>
    </form>
  );
}
