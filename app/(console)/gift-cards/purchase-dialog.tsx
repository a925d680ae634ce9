"use client";

import Decimal from "decimal.js";
import { ShoppingCart } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { formatMoney } from "@/components/ui/format-money";
import { ktnChargedAmount } from "@/lib/providers/ktn/denominations";
import { quoteKtnFee } from "@/lib/providers/ktn/fees";
import type { KtnFeePreference } from "@/lib/providers/ktn/schemas";
import { purchaseGiftCardAction } from "./actions";
import type { CatalogueCard } from "./catalogue-card";
import { decimalAmount } from "./gift-cards.validation";

function priceProblem(card: CatalogueCard, raw: string): string | null {
  const parsed = decimalAmount.safeParse(raw);
  if (!parsed.success) return parsed.error.issues[0].message;
  const d = card.denominations;
  if (!d) return "This card cannot be bought.";
  const price = new Decimal(parsed.data);
  if (d.type === "FIXED") return d.values.some((v) => price.eq(v)) ? null : `Choose one of ${d.values.join(", ")}.`;
  return price.gte(d.min) && price.lte(d.max) ? null : `Enter an amount between ${d.min} and ${d.max}.`;
}

/**
 * Buy one card: choose the denomination (FIXED list or RANGE amount), see KTN's fee and the total
 * from the fee tiers, then confirm on a second step before any money moves.
 */
export function PurchaseDialog({ card, preference, defaultSender }: { card: CatalogueCard; preference: KtnFeePreference; defaultSender: string }) {
  const router = useRouter();
  const d = card.denominations;
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<"form" | "confirm">("form");
  const [unitPrice, setUnitPrice] = useState(d?.type === "FIXED" ? String(d.values[0]) : "");
  const [senderName, setSenderName] = useState(defaultSender);
  const [recipientEmail, setRecipientEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const problem = unitPrice ? priceProblem(card, unitPrice) : "Enter an amount.";
  // Fee tiers are in dollars: they price the charged amount (the card's dollar cost), not its face value.
  const charged = !problem ? ktnChargedAmount(card.pricing, unitPrice) : undefined;
  const quote = charged ? quoteKtnFee(charged, preference) : undefined;
  const total = charged && quote ? charged.add(quote.fee) : undefined;
  const money = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), card.currencyCode);
  const usd = (v: Decimal.Value) => formatMoney(new Decimal(v).toFixed(2), "USD");

  const reset = () => {
    setStep("form");
    setFieldErrors({});
  };

  const submit = () =>
    startTransition(async () => {
      const result = await purchaseGiftCardAction({ productId: card.productId, unitPrice, senderName, recipientEmail });
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        setStep("form");
        toast.error(result.error.message);
        return;
      }
      const order = result.data;
      if (order.status === "UNKNOWN") toast.warning("KTN did not confirm the purchase in time. The order is UNKNOWN until it is reconciled.");
      else toast.success(`Order placed for ${card.productName}.`);
      setOpen(false);
      router.push(`/gift-cards/orders/${order.id}`);
    });

  return (
    <Dialog open={open} onOpenChange={(o) => (setOpen(o), reset())}>
      <DialogTrigger asChild>
        <Button size="sm" className="w-full" aria-label={`Buy ${card.productName}`}>
          <ShoppingCart className="size-4" aria-hidden /> Buy
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{step === "form" ? `Buy ${card.productName}` : "Confirm the purchase"}</DialogTitle>
          <DialogDescription>
            {step === "form"
              ? `${card.brandName} · ${card.denominationType === "FIXED" ? "fixed amounts" : "any amount in the range"} in ${card.currencyCode}.`
              : "This charges the KTN account and cannot be undone here; only a refund reverses it."}
          </DialogDescription>
        </DialogHeader>
        {step === "form" ? (
          <form
            className="grid gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (!problem) setStep("confirm");
            }}
          >
            <div className="grid gap-1.5">
              <Label htmlFor="unitPrice">Amount ({card.currencyCode})</Label>
              {d?.type === "FIXED" ? (
                <NativeSelect id="unitPrice" value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} options={d.values.map((v) => ({ value: String(v), label: money(v) }))} />
              ) : (
                <Input id="unitPrice" inputMode="decimal" placeholder={d ? `${d.min} – ${d.max}` : ""} value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} aria-invalid={Boolean(unitPrice && problem)} aria-describedby="unitPrice-help" />
              )}
              <p id="unitPrice-help" className={problem && unitPrice ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
                {unitPrice && problem ? problem : d?.type === "RANGE" ? `Between ${d.min} and ${d.max}.` : "Pick a denomination."}
              </p>
              {fieldErrors.unitPrice ? <p className="text-sm text-destructive">{fieldErrors.unitPrice.join(" ")}</p> : null}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="senderName">Sender name</Label>
              <Input id="senderName" value={senderName} onChange={(e) => setSenderName(e.target.value)} required maxLength={100} />
              {fieldErrors.senderName ? <p className="text-sm text-destructive">{fieldErrors.senderName.join(" ")}</p> : null}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="recipientEmail">Recipient email (optional)</Label>
              <Input id="recipientEmail" type="email" value={recipientEmail} onChange={(e) => setRecipientEmail(e.target.value)} />
              {fieldErrors.recipientEmail ? <p className="text-sm text-destructive">{fieldErrors.recipientEmail.join(" ")}</p> : null}
            </div>
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
            <DialogFooter>
              <Button type="submit" disabled={Boolean(problem) || !senderName.trim()}>
                Review purchase
              </Button>
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
              <Button variant="outline" onClick={() => setStep("form")} disabled={pending}>
                Back
              </Button>
              <Button onClick={submit} disabled={pending}>
                {pending ? "Purchasing…" : "Confirm purchase"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
