"use client";

import Decimal from "decimal.js";
import { ShoppingCart } from "lucide-react";
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
import { ktnChargedAmount } from "@/lib/providers/ktn/denominations";
import { quoteKtnFee } from "@/lib/providers/ktn/fees";
import type { KtnFeePreference } from "@/lib/providers/ktn/schemas";
import { purchaseGiftCardAction } from "./actions";
import type { CatalogueCard } from "./catalogue-card";
import { decimalAmount, denominationProblem, purchaseSchema, type PurchaseFormInput } from "./gift-cards.validation";

type PurchaseFields = Required<Omit<PurchaseFormInput, "productId">>;

/**
 * Buy one card: choose the denomination (FIXED list or RANGE amount), see KTN's fee and the total
 * from the fee tiers, then confirm on a second step before any money moves. The amount is checked
 * against the card's denominations in the browser; the server checks it again.
 */
export function PurchaseDialog({ card, preference, defaultSender }: { card: CatalogueCard; preference: KtnFeePreference; defaultSender: string }) {
  const router = useRouter();
  const d = card.denominations;
  const dialog = useConfirmStep();
  const defaults: PurchaseFields = { unitPrice: d?.type === "FIXED" ? String(d.values[0]) : "", senderName: defaultSender, recipientEmail: "" };
  const { form, submit, pending } = useActionForm({
    schema: purchaseSchema.superRefine((input, ctx) => {
      const problem = denominationProblem(card.denominations, input.unitPrice);
      if (problem) ctx.addIssue({ code: "custom", path: ["unitPrice"], message: problem });
    }),
    action: purchaseGiftCardAction,
    defaultValues: defaults,
    prepare: (values: PurchaseFields) => ({ productId: card.productId, ...values }),
    onSuccess: (order) => {
      if (order.status === "UNKNOWN") toast.warning("KTN did not confirm the purchase in time. The order is UNKNOWN until it is reconciled.");
      else toast.success(`Order placed for ${card.productName}.`);
      dialog.close();
      router.push(`/gift-cards/orders/${order.id}`);
    },
    onFailure: () => dialog.back(),
  });
  const [unitPrice, senderName] = useWatch({ control: form.control, name: ["unitPrice", "senderName"] });

  const valid = decimalAmount.safeParse(unitPrice).success && !denominationProblem(d, unitPrice);
  // Fee tiers are in dollars: they price the charged amount (the card's dollar cost), not its face value.
  const charged = valid ? ktnChargedAmount(card.pricing, unitPrice) : undefined;
  const quote = charged ? quoteKtnFee(charged, preference) : undefined;
  const total = charged && quote ? charged.add(quote.fee) : undefined;
  const money = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), card.currencyCode);
  const usd = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), "USD");

  return (
    <Dialog
      open={dialog.open}
      onOpenChange={(next) => dialog.onOpenChange(next, { pending, reset: () => form.reset(defaults) })}
    >
      <DialogTrigger asChild>
        <Button size="sm" className="w-full" aria-label={`Buy ${card.productName}`}>
          <ShoppingCart className="size-4" aria-hidden /> Buy
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{dialog.step === "form" ? `Buy ${card.productName}` : "Confirm the purchase"}</DialogTitle>
          <DialogDescription>
            {dialog.step === "form"
              ? `${card.brandName} · ${card.denominationType === "FIXED" ? "fixed amounts" : "any amount in the range"} in ${card.currencyCode}.`
              : "This charges the KTN account and cannot be undone here; only a refund reverses it."}
          </DialogDescription>
        </DialogHeader>
        {dialog.step === "form" ? (
          <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(dialog.confirm)}>
            {d?.type === "FIXED" ? (
              <SelectField control={form.control} name="unitPrice" id="unitPrice" label={`Amount (${card.currencyCode})`} help="Pick a denomination." options={d.values.map((v) => ({ value: String(v), label: money(v) }))} />
            ) : (
              <InputField control={form.control} name="unitPrice" id="unitPrice" label={`Amount (${card.currencyCode})`} help={d ? `Between ${d.min} and ${d.max}.` : undefined} inputMode="decimal" placeholder={d ? `${d.min} – ${d.max}` : ""} autoComplete="off" />
            )}
            <InputField control={form.control} name="senderName" id="senderName" label="Sender name" maxLength={100} />
            <InputField control={form.control} name="recipientEmail" id="recipientEmail" label="Recipient email (optional)" type="email" />
            <dl className="grid grid-cols-2 gap-1 rounded-md border p-3 text-sm" aria-label="Price preview">
              <dt className="text-muted-foreground">Card value</dt>
              <dd className="text-right tabular-nums">{quote ? money(unitPrice) : "—"}</dd>
              <dt className="text-muted-foreground">Cost of the card</dt>
              <dd className="text-right tabular-nums">{charged ? usd(charged) : "—"}</dd>
              <dt className="text-muted-foreground">KTN fee</dt>
              <dd className="text-right tabular-nums" data-testid="fee-preview">{quote ? usd(quote.fee) : "—"}</dd>
              <dt className="font-medium">Total charged</dt>
              <dd className="text-right font-medium tabular-nums" data-testid="total-preview">{total ? usd(total) : "—"}</dd>
            </dl>
            <FormError control={form.control} />
            <DialogFooter>
              <Button type="submit">Review purchase</Button>
            </DialogFooter>
          </form>
        ) : (
          <div className="grid gap-4">
            <dl className="grid grid-cols-2 gap-1 rounded-md border p-3 text-sm">
              <dt className="text-muted-foreground">Card</dt>
              <dd className="text-right">{card.productName}</dd>
              <dt className="text-muted-foreground">Sender</dt>
              <dd className="text-right">{senderName}</dd>
              <dt className="text-muted-foreground">Card value</dt>
              <dd className="text-right tabular-nums">{money(unitPrice)}</dd>
              <dt className="text-muted-foreground">KTN fee</dt>
              <dd className="text-right tabular-nums">{quote ? usd(quote.fee) : "—"}</dd>
              <dt className="font-medium">Total charged</dt>
              <dd className="text-right font-medium tabular-nums">{total ? usd(total) : "—"}</dd>
            </dl>
            <DialogFooter>
              <Button variant="outline" onClick={dialog.back} disabled={pending}>
                Back
              </Button>
              <Button onClick={() => void submit()} disabled={pending}>
                {pending ? "Purchasing…" : "Confirm purchase"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
