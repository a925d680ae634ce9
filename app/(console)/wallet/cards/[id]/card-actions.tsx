"use client";

import Decimal from "decimal.js";
import { Lock, LockOpen, Scale, Wallet, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { InputField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatMoney } from "@/components/ui/format-money";
import { previewTopUpFee } from "@/lib/providers/kazawallet/fees";
import { cancelCardAction, lockCardAction, reconcileIssueAction, retryIssueAction, unlockCardAction, topUpCardAction } from "../../actions";
import { useRun } from "../../use-run";
import { amount as amountSchema, topUpSchema } from "../../wallet.validation";

export interface CardActionPermissions {
  issue: boolean;
  topUp: boolean;
  lock: boolean;
  cancel: boolean;
  reconcile: boolean;
}

/** The card page's buttons; each shows only when the role and the card's state allow it. */
export function CardActions({ id, status, cardType, can }: { id: string; status: string; cardType: "basic" | "plus"; can: CardActionPermissions }) {
  const router = useRouter();
  const { run, pending } = useRun();
  const topUp = useActionForm({
    schema: topUpSchema,
    action: topUpCardAction,
    defaultValues: { amount: "" },
    prepare: (values: { amount: string }) => ({ id, ...values }),
    onSuccess: (t) => {
      if (t.status === "UNKNOWN") toast.warning("Kazawallet did not answer the top-up in time. It is UNKNOWN until reconciled.");
      else toast.success("Card topped up");
      topUp.form.reset({ amount: "" });
      router.refresh();
    },
  });
  const amount = useWatch({ control: topUp.form.control, name: "amount" });
  const fee = amountSchema.safeParse(amount).success ? previewTopUpFee(cardType, amount) : null;
  const usd = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), "USD");

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {can.reconcile && (status === "UNKNOWN" || status === "REQUESTED") ? (
          <Button variant="secondary" disabled={pending} onClick={() => run((c) => `Reconciled: ${c.status}`, () => reconcileIssueAction({ id }))}>
            <Scale className="size-4" aria-hidden /> Reconcile with Kazawallet
          </Button>
        ) : null}
        {can.issue && status === "NOT_ISSUED" ? (
          <ConfirmDialog
            trigger={<Button disabled={pending}>Send the issue again</Button>}
            title="Send the issue again?"
            description="Reconciliation found no card for this issue at Kazawallet. Sending it again charges the USD wallet for a new card."
            confirmLabel="Issue again"
            onConfirm={() => run("Issue sent again", () => retryIssueAction({ id }))}
          />
        ) : null}
        {can.lock && status === "active" ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" disabled={pending}>
                <Lock className="size-4" aria-hidden /> Lock card
              </Button>
            }
            title="Lock this card?"
            description="Payments and top-ups are refused until the card is unlocked."
            confirmLabel="Lock card"
            destructive={false}
            onConfirm={() => run("Card locked", () => lockCardAction({ id }))}
          />
        ) : null}
        {can.lock && status === "locked" ? (
          <Button variant="outline" disabled={pending} onClick={() => run("Card unlocked", () => unlockCardAction({ id }))}>
            <LockOpen className="size-4" aria-hidden /> Unlock card
          </Button>
        ) : null}
        {can.cancel && (status === "active" || status === "locked") ? (
          <ConfirmDialog
            trigger={
              <Button variant="destructive" disabled={pending}>
                <XCircle className="size-4" aria-hidden /> Cancel card
              </Button>
            }
            title="Cancel this card for good?"
            description="A cancelled card accepts nothing again: no payment, no top-up, no unlock. This cannot be undone."
            confirmLabel="Cancel card"
            confirmText="CANCEL"
            onConfirm={() => run("Card cancelled", () => cancelCardAction({ id }))}
          />
        ) : null}
      </div>
      {can.topUp && (status === "active" || status === "locked") ? (
        <form className="flex flex-wrap items-end gap-3" noValidate onSubmit={(e) => e.preventDefault()} aria-label="Top up">
          <InputField control={topUp.form.control} name="amount" id="top-up-amount" label="Top-up amount (USD)" inputMode="decimal" autoComplete="off" help={fee ? `Fee ${usd(fee)} · taken from the USD wallet: ${usd(new Decimal(amount).plus(fee))}` : undefined} />
          <ConfirmDialog
            trigger={
              <Button type="button" disabled={topUp.pending}>
                <Wallet className="size-4" aria-hidden /> Top up
              </Button>
            }
            title="Top up this card?"
            description={fee ? `${usd(amount)} is loaded onto the card; the USD wallet pays ${usd(new Decimal(amount).plus(fee))} with the fee.` : "Enter an amount first."}
            confirmLabel="Confirm top-up"
            pendingLabel="Topping up…"
            onConfirm={() => topUp.submit()}
          />
          <FormError control={topUp.form.control} />
        </form>
      ) : null}
    </div>
  );
}
