"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { TRANSACTION_STATUSES, type TransactionStatus } from "@/lib/providers/kard/operations/transaction-events";
import { submitTransactionAction } from "./actions";
import { PresetRunner } from "./preset-runner";
import { kardTransactionKeys } from "./query-keys";
import { reportSubmission } from "./report-submission";
import { PurchaseFields, eventAtIso, type PurchaseDraft } from "./transaction-form-fields";

const newTransactionId = () => `txn-${crypto.randomUUID().slice(0, 8)}`;

/**
 * One transaction event at a time (status and the date it needs), or a documented UAT case as
 * a sequence of events of one purchase. The transaction id stays after a submission, so the
 * next event of the same purchase (e.g. SETTLED after APPROVED) can follow.
 */
export function TransactionForm({ users, defaults }: { users: { value: string; label: string }[]; defaults: { userId: string; description: string; transactionId: string } }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PurchaseDraft>({
    userId: defaults.userId,
    transactionId: defaults.transactionId,
    amount: "25.00",
    currency: "USD",
    description: defaults.description,
    direction: "DEBIT",
    cardBIN: "411111",
    cardLastFour: "4321",
    merchantId: "",
    mcc: "",
    eventAt: "",
  });
  const [status, setStatus] = useState<TransactionStatus>("APPROVED");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const set = <K extends keyof PurchaseDraft>(field: K, value: PurchaseDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const payload = () => ({ ...draft, eventAt: eventAtIso(draft.eventAt) });

  const submit = () =>
    startTransition(async () => {
      const result = await submitTransactionAction({ ...payload(), status });
      setFieldErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
      reportSubmission(result, `${status} ${draft.transactionId}`);
      await queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
    });

  return (
    <div className="space-y-6">
      <form
        className="space-y-4"
        aria-label="Submit a transaction"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <PurchaseFields draft={draft} set={set} users={users} fieldErrors={fieldErrors} onNewTransactionId={() => set("transactionId", newTransactionId())} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid gap-1.5">
            <Label htmlFor="tx-status">Status</Label>
            <NativeSelect id="tx-status" value={status} onChange={(e) => setStatus(e.target.value as TransactionStatus)} options={TRANSACTION_STATUSES.map((s) => ({ value: s, label: s }))} />
          </div>
          <Button type="submit" disabled={pending}>
            <Send className="size-4" aria-hidden /> {pending ? "Sending…" : "Submit transaction"}
          </Button>
          <p className="text-sm text-muted-foreground">
            {status === "APPROVED" ? "Sent with authorizationDate." : status === "SETTLED" ? "Sent with authorizationDate and settledDate." : "Sent with transactionDate."}
          </p>
        </div>
      </form>
      <PresetRunner draft={draft} payload={payload} onFieldErrors={setFieldErrors} />
    </div>
  );
}
