"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useWatch } from "react-hook-form";
import { FormError } from "@/components/form/form-error";
import { SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { TRANSACTION_STATUSES } from "@/lib/providers/kard/operations/transaction-events";
import { submitTransactionAction } from "./actions";
import { PresetRunner } from "./preset-runner";
import { kardTransactionKeys } from "./query-keys";
import { reportSubmission } from "./report-submission";
import { PurchaseFields, eventAtIso, type TransactionDraft } from "./transaction-form-fields";
import { submitTransactionSchema } from "./transactions.validation";

const newTransactionId = () => `txn-${crypto.randomUUID().slice(0, 8)}`;

/**
 * One transaction event at a time (status and the date it needs), or a documented UAT case as
 * a sequence of events of one purchase. The transaction id stays after a submission, so the
 * next event of the same purchase (e.g. SETTLED after APPROVED) can follow.
 */
export function TransactionForm({ users, defaults }: { users: { value: string; label: string }[]; defaults: { userId: string; description: string; transactionId: string } }) {
  const queryClient = useQueryClient();
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
  const transaction = useActionForm({
    schema: submitTransactionSchema,
    action: submitTransactionAction,
    defaultValues: {
      ...defaults,
      amount: "25.00",
      currency: "USD",
      direction: "DEBIT",
      cardBIN: "411111",
      cardLastFour: "4321",
      merchantId: "",
      mcc: "",
      eventAt: "",
      status: "APPROVED",
    },
    prepare: (draft: TransactionDraft) => ({ ...draft, eventAt: eventAtIso(draft.eventAt) }),
    onSuccess: (result, input) => {
      reportSubmission(result, `${input.status} ${input.transactionId}`);
      refreshList();
    },
    onFailure: refreshList,
  });
  const { form, submit } = transaction;
  const status = useWatch({ control: form.control, name: "status" });

  return (
    <div className="space-y-6">
      <form className="space-y-4" aria-label="Submit a transaction" noValidate onSubmit={submit}>
        <PurchaseFields control={form.control} users={users} onNewTransactionId={() => form.setValue("transactionId", newTransactionId(), { shouldValidate: true })} />
        <div className="flex flex-wrap items-end gap-3">
          <SelectField control={form.control} name="status" id="tx-status" label="Status" wrapperClassName="w-fit" options={TRANSACTION_STATUSES.map((s) => ({ value: s, label: s }))} />
          <SubmitButton control={form.control} pendingLabel="Sending…">
            <Send className="size-4" aria-hidden /> Submit transaction
          </SubmitButton>
          <p className="text-sm text-muted-foreground">
            {status === "APPROVED" ? "Sent with authorizationDate." : status === "SETTLED" ? "Sent with authorizationDate and settledDate." : "Sent with transactionDate."}
          </p>
        </div>
        <FormError control={form.control} />
      </form>
      <PresetRunner transaction={transaction} onDone={refreshList} />
    </div>
  );
}
