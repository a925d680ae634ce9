"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { InputField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TransactionDto } from "@/lib/providers/open-loyalty/operations/transaction-record";
import { reconcileAction, tipAction, voidAction } from "./actions";
import { tipSchema } from "./prepaid.validation";

/** Void a payment (its tips with it) or a top-up, after a confirmation naming what comes back or leaves. */
export function VoidButton({ transaction }: { transaction: TransactionDto }) {
  const router = useRouter();
  const payment = transaction.kind === "PAY";
  return (
    <ConfirmDialog
      trigger={<Button size="sm" variant="outline">Void</Button>}
      title={payment ? "Void this payment?" : "Void this top-up?"}
      description={
        payment
          ? `${transaction.approvedAmount ?? transaction.amount} ${transaction.unit} and any tips on it go back to card ${transaction.accountMasked}. A payment is voided once.`
          : `${transaction.approvedAmount ?? transaction.amount} ${transaction.unit} is taken back from card ${transaction.accountMasked}.`
      }
      confirmLabel="Void"
      pendingLabel="Voiding…"
      onConfirm={async () => {
        const result = await voidAction({ transactionId: transaction.id });
        if (!result.ok) {
          toast.error(result.error.message);
          return false;
        }
        toast.success(result.data.status === "succeeded" ? "Voided" : `The void is ${result.data.status}`);
        router.refresh();
      }}
    />
  );
}

/** A tip on a payment: amount in the dialog, confirmed there. */
export function TipButton({ transaction }: { transaction: TransactionDto }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, submit } = useActionForm({
    schema: tipSchema,
    action: tipAction,
    defaultValues: { amount: "" },
    prepare: (values: { amount: string }) => ({ transactionId: transaction.id, ...values }),
    onSuccess: (tx) => {
      if (tx.status === "succeeded") toast.success(`Tip of ${tx.amount} ${tx.unit} added`);
      else toast.warning(`The tip is ${tx.status}`);
      form.reset({ amount: "" });
      router.refresh();
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) form.clearErrors();
      }}
      trigger={<Button size="sm" variant="outline">Add tip</Button>}
      title="Add a tip to this payment?"
      description={`The tip is taken from card ${transaction.accountMasked} on top of the ${transaction.approvedAmount ?? transaction.amount} ${transaction.unit} payment.`}
      confirmLabel="Add tip"
      pendingLabel="Adding…"
      onConfirm={submit}
    >
      <InputField control={form.control} name="amount" id={`tip-${transaction.id}`} label="Tip amount" inputMode="decimal" placeholder="2.00" autoComplete="off" />
      <FormError control={form.control} />
    </ConfirmDialog>
  );
}

/** Reconcile a pending or unknown transaction: inquiry, then (only if safe) the same request under the same order number. */
export function ReconcileButton({ transaction }: { transaction: TransactionDto }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      size="sm"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        const result = await reconcileAction({ transactionId: transaction.id });
        setPending(false);
        if (!result.ok) return void toast.error(result.error.message);
        const { finding, transaction: tx } = result.data;
        if (finding === "mismatch") toast.warning("The card moved by another amount: check with PayWizard.");
        else if (finding === "still-pending") toast.info("Still pending at Open Loyalty Pay.");
        else toast.success(`Reconciled: ${tx.status}`);
        router.refresh();
      }}
    >
      {pending ? "Reconciling…" : "Reconcile"}
    </Button>
  );
}
