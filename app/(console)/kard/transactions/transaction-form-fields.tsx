"use client";

import type { Control } from "react-hook-form";
import { InputField, SelectField } from "@/components/form/fields";
import { DIRECTIONS, type TransactionStatus } from "@/lib/providers/kard/operations/transaction-events";

/** The transaction form's fields as typed: the amount in dollars, the event time in the browser's zone. */
export interface TransactionDraft {
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
  status: TransactionStatus;
}

/** The browser-local `datetime-local` value as ISO 8601 UTC; empty means now. */
export function eventAtIso(local: string): string {
  const date = local ? new Date(local) : new Date();
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The purchase fields of the transaction form (shared by a single event and the UAT cases). */
export function PurchaseFields({ control, users, onNewTransactionId }: { control: Control<TransactionDraft>; users: { value: string; label: string }[]; onNewTransactionId: () => void }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <SelectField control={control} name="userId" id="tx-userId" label="User" options={users} />
      <InputField control={control} name="description" id="tx-description" label="Merchant / description" placeholder="As on the card statement, e.g. the offer's name" />
      <InputField control={control} name="amount" id="tx-amount" label="Amount (dollars)" inputMode="decimal" />
      <div className="grid content-start gap-1.5">
        <InputField control={control} name="transactionId" id="tx-transactionId" label="Transaction id" />
        <button type="button" className="w-fit text-xs text-primary underline-offset-4 hover:underline" onClick={onNewTransactionId}>
          New id
        </button>
      </div>
      <InputField control={control} name="currency" id="tx-currency" label="Currency" maxLength={3} />
      <SelectField control={control} name="direction" id="tx-direction" label="Direction" options={DIRECTIONS.map((d) => ({ value: d, label: d }))} />
      <InputField control={control} name="cardBIN" id="tx-cardBIN" label="Card BIN (first 6)" inputMode="numeric" maxLength={6} />
      <InputField control={control} name="cardLastFour" id="tx-cardLastFour" label="Card last 4" inputMode="numeric" maxLength={4} />
      <InputField control={control} name="eventAt" id="tx-eventAt" label="Event time (empty: now)" type="datetime-local" />
      <InputField control={control} name="merchantId" id="tx-merchantId" label="MID (local offers)" placeholder="merchant.id" />
      <InputField control={control} name="mcc" id="tx-mcc" label="MCC" inputMode="numeric" maxLength={4} />
    </div>
  );
}
