"use client";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { DIRECTIONS } from "@/lib/providers/kard/operations/transaction-events";
import { FieldError } from "../users/field-error";

/** The purchase fields of the transaction form, as typed (the amount in dollars). */
export interface PurchaseDraft {
  userId: string;
  transactionId: string;
  amount: string;
  currency: string;
  description: string;
  direction: (typeof DIRECTIONS)[number];
  cardBIN: string;
  cardLastFour: string;
  merchantId: string;
  mcc: string;
  /** `datetime-local` value in the browser's zone; empty = now. */
  eventAt: string;
}

/** The browser-local `datetime-local` value as ISO 8601 UTC; empty means now. */
export function eventAtIso(local: string): string {
  const date = local ? new Date(local) : new Date();
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

export function PurchaseFields({
  draft,
  set,
  users,
  fieldErrors,
  onNewTransactionId,
}: {
  draft: PurchaseDraft;
  set: <K extends keyof PurchaseDraft>(field: K, value: PurchaseDraft[K]) => void;
  users: { value: string; label: string }[];
  fieldErrors: Record<string, string[]>;
  onNewTransactionId: () => void;
}) {
  const text = (field: Exclude<keyof PurchaseDraft, "direction" | "userId">, label: string, props: Record<string, unknown> = {}) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`tx-${field}`}>{label}</Label>
      <Input id={`tx-${field}`} value={draft[field]} onChange={(e) => set(field, e.target.value)} aria-describedby={`tx-${field}-error`} aria-invalid={Boolean(fieldErrors[field])} {...props} />
      <FieldError id={`tx-${field}-error`} messages={fieldErrors[field]} />
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="grid gap-1.5">
        <Label htmlFor="tx-userId">User</Label>
        <NativeSelect id="tx-userId" wrapperClassName="w-full" value={draft.userId} onChange={(e) => set("userId", e.target.value)} options={users} />
        <FieldError id="tx-userId-error" messages={fieldErrors.userId} />
      </div>
      {text("description", "Merchant / description", { placeholder: "As on the card statement, e.g. the offer's name" })}
      {text("amount", "Amount (dollars)", { inputMode: "decimal" })}
      <div className="grid gap-1.5">
        <Label htmlFor="tx-transactionId">Transaction id</Label>
        <div className="flex gap-2">
          <Input id="tx-transactionId" value={draft.transactionId} onChange={(e) => set("transactionId", e.target.value)} aria-describedby="tx-transactionId-error" />
          <button type="button" className="shrink-0 text-xs text-primary underline-offset-4 hover:underline" onClick={onNewTransactionId}>
            New id
          </button>
        </div>
        <FieldError id="tx-transactionId-error" messages={fieldErrors.transactionId} />
      </div>
      {text("currency", "Currency", { maxLength: 3 })}
      <div className="grid gap-1.5">
        <Label htmlFor="tx-direction">Direction</Label>
        <NativeSelect id="tx-direction" wrapperClassName="w-full" value={draft.direction} onChange={(e) => set("direction", e.target.value as PurchaseDraft["direction"])} options={DIRECTIONS.map((d) => ({ value: d, label: d }))} />
      </div>
      {text("cardBIN", "Card BIN (first 6)", { inputMode: "numeric", maxLength: 6 })}
      {text("cardLastFour", "Card last 4", { inputMode: "numeric", maxLength: 4 })}
      {text("eventAt", "Event time (empty: now)", { type: "datetime-local" })}
      {text("merchantId", "MID (local offers)", { placeholder: "merchant.id" })}
      {text("mcc", "MCC", { inputMode: "numeric", maxLength: 4 })}
    </div>
  );
}
