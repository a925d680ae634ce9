"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { InputField, SwitchField } from "@/components/form/fields";
import { FormError } from "@/components/form/form-error";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { EntryType } from "@/lib/providers/open-loyalty/schemas";
import type { TransactionDto } from "@/lib/providers/open-loyalty/operations/transaction-record";
import { issuePointsAction, payAction, redeemPointsAction, topUpAction } from "./actions";
import { paySchema, pointsSchema, topUpSchema } from "./prepaid.validation";
import { useReview } from "./use-review";

interface CardProps {
  accountId: string;
  entryType: EntryType;
  accountMasked: string;
  currency: string;
}

/** What a move's answer means, for the toast. */
function announce(tx: TransactionDto) {
  if (tx.status === "succeeded") toast.success(`${tx.kindLabel} of ${tx.approvedAmount ?? tx.amount} ${tx.unit} succeeded`);
  else if (tx.status === "declined") toast.error(`${tx.kindLabel} declined: ${tx.lastErrorMessage ?? "nothing moved"}`);
  else toast.warning(`${tx.kindLabel} is ${tx.status}: reconcile it from the history`);
}

/** Top-up: amount and currency → confirmation → giftIssuance. */
export function TopUpForm({ accountId, entryType, accountMasked, currency }: CardProps) {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: topUpSchema,
    action: topUpAction,
    defaultValues: { amount: "", currency },
    prepare: (values: { amount: string; currency: string }) => ({ accountId, entryType, ...values }),
    onSuccess: (tx) => {
      announce(tx);
      form.reset({ amount: "", currency });
      router.refresh();
    },
  });
  const { open, setOpen, review } = useReview(form);
  const values = form.watch();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Top up</CardTitle>
        <CardDescription>Adds money to the card.</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-3" noValidate onSubmit={(e) => (e.preventDefault(), void review())}>
          <InputField control={form.control} name="amount" id="topup-amount" label="Top-up amount" inputMode="decimal" placeholder="25.00" autoComplete="off" />
          <InputField control={form.control} name="currency" id="topup-currency" label="Currency" maxLength={3} />
          <FormError control={form.control} />
          <div>
            <Button type="submit" variant="outline">Review top-up</Button>
          </div>
        </form>
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title="Top up this card?"
          description={`${values.amount} ${values.currency} is added to card ${accountMasked}.`}
          confirmLabel="Top up"
          pendingLabel="Topping up…"
          destructive={false}
          onConfirm={submit}
        >
          <FormError control={form.control} />
        </ConfirmDialog>
      </CardContent>
    </Card>
  );
}

/** Pay: amount, currency, nsfAllowed → confirmation → giftTransaction. */
export function PayForm({ accountId, entryType, accountMasked, currency }: CardProps) {
  const router = useRouter();
  const { form, submit } = useActionForm({
    schema: paySchema,
    action: payAction,
    defaultValues: { amount: "", currency, nsfAllowed: false },
    prepare: (values: { amount: string; currency: string; nsfAllowed: boolean }) => ({ accountId, entryType, ...values }),
    onSuccess: (tx) => {
      announce(tx);
      form.reset({ amount: "", currency, nsfAllowed: false });
      router.refresh();
    },
  });
  const { open, setOpen, review } = useReview(form);
  const values = form.watch();
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">Pay</CardTitle>
        <CardDescription>Takes money from the card.</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-3" noValidate onSubmit={(e) => (e.preventDefault(), void review())}>
          <InputField control={form.control} name="amount" id="pay-amount" label="Payment amount" inputMode="decimal" placeholder="10.50" autoComplete="off" />
          <InputField control={form.control} name="currency" id="pay-currency" label="Payment currency" maxLength={3} />
          <SwitchField control={form.control} name="nsfAllowed" id="pay-nsf" label="Allow a partial payment" help="When the card holds less, take what it holds (nsfAllowed)." />
          <FormError control={form.control} />
          <div>
            <Button type="submit">Review payment</Button>
          </div>
        </form>
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title="Take this payment?"
          description={
            values.nsfAllowed
              ? `Up to ${values.amount} ${values.currency} is taken from card ${accountMasked}; if it holds less, all it holds is taken.`
              : `${values.amount} ${values.currency} is taken from card ${accountMasked}.`
          }
          confirmLabel="Take payment"
          pendingLabel="Paying…"
          onConfirm={submit}
        >
          <FormError control={form.control} />
        </ConfirmDialog>
      </CardContent>
    </Card>
  );
}

/** Issue or redeem whole points → confirmation → loyaltyIssuance / loyaltyRedemption. */
export function PointsForm({ accountId, entryType, accountMasked, mode }: Omit<CardProps, "currency"> & { mode: "issue" | "redeem" }) {
  const router = useRouter();
  const issue = mode === "issue";
  const { form, submit } = useActionForm({
    schema: pointsSchema,
    action: issue ? issuePointsAction : redeemPointsAction,
    defaultValues: { points: "" },
    prepare: (values: { points: string }) => ({ accountId, entryType, ...values }),
    onSuccess: (tx) => {
      announce(tx);
      form.reset({ points: "" });
      router.refresh();
    },
  });
  const { open, setOpen, review } = useReview(form);
  const points = form.watch("points");
  const label = issue ? "Issue points" : "Redeem points";
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">{label}</CardTitle>
        <CardDescription>{issue ? "Adds loyalty points to the card." : "Takes loyalty points from the card; never below zero."}</CardDescription>
      </CardHeader>
      <CardContent>
        <form className="grid gap-3" noValidate onSubmit={(e) => (e.preventDefault(), void review())}>
          <InputField control={form.control} name="points" id={`points-${mode}`} label={issue ? "Points to issue" : "Points to redeem"} inputMode="numeric" placeholder="10" autoComplete="off" />
          <FormError control={form.control} />
          <div>
            <Button type="submit" variant="outline">Review</Button>
          </div>
        </form>
        <ConfirmDialog
          open={open}
          onOpenChange={setOpen}
          title={`${label}?`}
          description={`${points} points are ${issue ? "added to" : "taken from"} card ${accountMasked}.`}
          confirmLabel={label}
          pendingLabel="Sending…"
          destructive={!issue}
          onConfirm={submit}
        >
          <FormError control={form.control} />
        </ConfirmDialog>
      </CardContent>
    </Card>
  );
}
