"use client";

import { useQueryClient } from "@tanstack/react-query";
import { FileSearch, ShieldAlert } from "lucide-react";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField, TextareaField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { AUDIT_CODE_LABELS } from "@/lib/providers/kard/operations/audit-request-codes";
import { flagFraudAction, requestAuditAction } from "./actions";
import { kardTransactionKeys } from "./query-keys";
import { auditRequestSchema, fraudFlagSchema } from "./transactions.validation";

type Users = { value: string; label: string }[];

const AUDIT_CODE_OPTIONS = Object.entries(AUDIT_CODE_LABELS).map(([value, label]) => ({ value, label }));

/**
 * Flags any transaction of a user as fraudulent (by user and transaction id): the fields are
 * checked first, then a confirmation names the transaction, since a flag cannot be undone.
 */
export function FraudFlagForm({ users }: { users: Users }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const { form, submit } = useActionForm({
    schema: fraudFlagSchema,
    action: flagFraudAction,
    defaultValues: { userId: users[0]?.value ?? "", transactionId: "" },
    onSuccess: async (_, input) => {
      toast.success(`${input.transactionId.trim()} is flagged as fraudulent.`);
      form.reset({ userId: input.userId, transactionId: "" });
      await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
    },
  });
  const transactionId = useWatch({ control: form.control, name: "transactionId" });

  return (
    <form className="grid gap-3" aria-label="Flag a fraudulent transaction" noValidate onSubmit={form.handleSubmit(() => setConfirming(true))}>
      <SelectField control={form.control} name="userId" id="fraud-userId" label="User" options={users} />
      <InputField control={form.control} name="transactionId" id="fraud-transactionId" label="Transaction id" autoComplete="off" />
      <FormError control={form.control} />
      <Button type="submit" variant="destructive" className="w-fit">
        <ShieldAlert className="size-4" aria-hidden /> Flag as fraud
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Flag ${transactionId.trim()} as fraudulent?`}
        description="Kard will not reward this transaction and claws back a reward it already earned. There is no call to undo a flag."
        confirmLabel="Flag as fraud"
        pendingLabel="Flagging…"
        // A refusal is shown on the form once the dialog closes.
        onConfirm={async () => void (await submit())}
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
  const { form, submit } = useActionForm({
    schema: auditRequestSchema,
    action: requestAuditAction,
    defaultValues: { userId: users[0]?.value ?? "", transactionId: "", auditCode: "3006", merchantName: "", auditDescription: "" },
    onSuccess: async ({ auditId }) => {
      toast.success(`Kard opened audit ${auditId}; its updates arrive in the webhook inbox.`);
      form.reset({ ...form.getValues(), transactionId: "", auditDescription: "" });
      await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
    },
  });

  return (
    <form className="grid gap-3" aria-label="Request an audit" noValidate onSubmit={submit}>
      <SelectField control={form.control} name="userId" id="audit-userId" label="User" options={users} />
      <InputField control={form.control} name="transactionId" id="audit-transactionId" label="Transaction id" autoComplete="off" />
      <SelectField control={form.control} name="auditCode" id="audit-code" label="Reason" options={AUDIT_CODE_OPTIONS} />
      <InputField control={form.control} name="merchantName" id="audit-merchantName" label="Merchant name" />
      <TextareaField control={form.control} name="auditDescription" id="audit-description" label="What is wrong" maxLength={1000} />
      <FormError control={form.control} />
      <SubmitButton control={form.control} variant="secondary" className="w-fit" pendingLabel="Requesting…">
        <FileSearch className="size-4" aria-hidden /> Request audit
      </SubmitButton>
    </form>
  );
}
