"use client";

import Decimal from "decimal.js";
import { CreditCard } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { useConfirmStep } from "@/components/form/use-confirm-step";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { formatMoney } from "@/components/ui/format-money";
import { previewIssue } from "@/lib/providers/kazawallet/fees";
import { issueCardAction } from "./actions";
import { amount as amountSchema, issueCardSchema } from "./wallet.validation";

type Fields = { email: string; cardType: "basic" | "plus"; amount: string };
const DEFAULTS: Fields = { email: "", cardType: "basic", amount: "" };
const usd = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), "USD");

/**
 * Issue a card: user, tier, initial top-up, the fee preview (the merchant plan in
 * lib/providers/kazawallet/fees.ts), then a confirmation step before anything is sent.
 */
export function IssueCardDialog() {
  const router = useRouter();
  const dialog = useConfirmStep();
  const { form, submit, pending } = useActionForm({
    schema: issueCardSchema,
    action: issueCardAction,
    defaultValues: DEFAULTS,
    onSuccess: (card) => {
      if (card.status === "UNKNOWN") toast.warning("Kazawallet did not answer the issue in time. The card is UNKNOWN until it is reconciled.");
      else toast.success("Card issued");
      dialog.close();
      router.push(`/wallet/cards/${card.id}`);
    },
    onFailure: () => dialog.back(),
  });
  const [email, cardType, amount] = useWatch({ control: form.control, name: ["email", "cardType", "amount"] });
  const preview = amountSchema.safeParse(amount).success ? previewIssue(cardType, amount) : null;
  const summary = (
    <dl className="grid grid-cols-2 gap-1 rounded-md border p-3 text-sm" aria-label="Fee preview">
      <dt className="text-muted-foreground">Initial top-up</dt>
      <dd className="text-right tabular-nums">{preview ? usd(amount) : "—"}</dd>
      <dt className="text-muted-foreground">Issue fee ({cardType})</dt>
      <dd className="text-right tabular-nums" data-testid="issue-fee-preview">{preview ? usd(preview.issueFee) : "—"}</dd>
      <dt className="text-muted-foreground">Top-up fee</dt>
      <dd className="text-right tabular-nums">{preview ? usd(preview.topUpFee) : "—"}</dd>
      <dt className="font-medium">Taken from the USD wallet</dt>
      <dd className="text-right font-medium tabular-nums" data-testid="issue-total-preview">{preview ? usd(preview.total) : "—"}</dd>
    </dl>
  );
  return (
    <Dialog
      open={dialog.open}
      onOpenChange={(next) => dialog.onOpenChange(next, { pending, reset: () => form.reset(DEFAULTS) })}
    >
      <DialogTrigger asChild>
        <Button>
          <CreditCard className="size-4" aria-hidden /> Issue card
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{dialog.step === "form" ? "Issue a Kazawallet card" : "Confirm the issue"}</DialogTitle>
          <DialogDescription>
            {dialog.step === "form" ? "A USD virtual card for a Kazawallet user, loaded with an initial top-up." : "This charges the merchant's USD wallet. Kazawallet's answer is what is charged; the preview uses the merchant plan."}
          </DialogDescription>
        </DialogHeader>
        {dialog.step === "form" ? (
          <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(dialog.confirm)}>
            <InputField control={form.control} name="email" id="issue-email" label="User email" type="email" autoComplete="off" />
            <SelectField
              control={form.control}
              name="cardType"
              id="issue-tier"
              label="Tier"
              options={[
                { value: "basic", label: "Basic" },
                { value: "plus", label: "Plus" },
              ]}
            />
            <InputField control={form.control} name="amount" id="issue-amount" label="Initial top-up (USD)" inputMode="decimal" autoComplete="off" />
            {summary}
            <FormError control={form.control} />
            <DialogFooter>
              <Button type="submit">Review issue</Button>
            </DialogFooter>
          </form>
        ) : (
          <div className="grid gap-4">
            <p className="text-sm">
              A <strong>{cardType}</strong> card for <strong>{email}</strong>.
            </p>
            {summary}
            <FormError control={form.control} />
            <DialogFooter>
              <Button variant="outline" onClick={dialog.back} disabled={pending}>
                Back
              </Button>
              <Button onClick={() => void submit()} disabled={pending}>
                {pending ? "Issuing…" : "Confirm issue"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
