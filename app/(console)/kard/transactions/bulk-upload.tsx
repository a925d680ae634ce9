"use client";

import { useQueryClient } from "@tanstack/react-query";
import Decimal from "decimal.js";
import { Download, Upload } from "lucide-react";
import { useMemo, useState } from "react";
import { useWatch } from "react-hook-form";
import { Field } from "@/components/form/field";
import { FormError } from "@/components/form/form-error";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MAX_CSV_ROWS, TRANSACTIONS_CSV_TEMPLATE, parseTransactionsCsv } from "@/lib/providers/kard/operations/transaction-csv";
import { submitCsvAction } from "./actions";
import { kardTransactionKeys } from "./query-keys";
import { reportSubmission } from "./report-submission";
import { submitCsvSchema } from "./transactions.validation";

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(TRANSACTIONS_CSV_TEMPLATE)}`;
const PREVIEW_ROWS = 50;

/**
 * Bulk submission from a CSV file (at most 500 rows, one Create Incoming Transactions call):
 * the file is checked in the browser for a preview with every problem by line, and checked again
 * on the server before anything is sent.
 */
export function BulkUpload() {
  const queryClient = useQueryClient();
  const [fileName, setFileName] = useState<string | null>(null);
  // A new key empties the file input after a complete submission.
  const [inputKey, setInputKey] = useState(0);
  const refreshList = () => void queryClient.invalidateQueries({ queryKey: kardTransactionKeys.all });
  const { form, submit } = useActionForm({
    schema: submitCsvSchema,
    action: submitCsvAction,
    defaultValues: { csv: "" },
    onSuccess: (result) => {
      if (reportSubmission(result, fileName ?? "CSV file")) {
        setFileName(null);
        setInputKey((key) => key + 1);
        form.reset({ csv: "" });
      }
      refreshList();
    },
    onFailure: refreshList,
  });
  const csv = useWatch({ control: form.control, name: "csv" });
  const parsed = useMemo(() => (fileName ? parseTransactionsCsv(csv) : null), [csv, fileName]);

  const choose = async (chosen: File | undefined) => {
    setFileName(chosen?.name ?? null);
    form.setValue("csv", chosen ? await chosen.text() : "", { shouldValidate: Boolean(chosen) });
  };

  return (
    <form className="space-y-4" aria-label="Submit transactions from a CSV file" noValidate onSubmit={submit}>
      <div className="flex flex-wrap items-end gap-3">
        <Field control={form.control} name="csv" id="bulk-file" label={`CSV file (up to ${MAX_CSV_ROWS} rows)`}>
          {({ id, ref, onBlur, "aria-invalid": invalid, "aria-describedby": describedBy }) => (
            <Input key={inputKey} id={id} ref={ref} onBlur={onBlur} aria-invalid={invalid} aria-describedby={describedBy} type="file" accept=".csv,text/csv" className="w-80" onChange={(e) => void choose(e.target.files?.[0])} />
          )}
        </Field>
        <Button variant="outline" asChild>
          <a href={TEMPLATE_HREF} download="kard-transactions-template.csv">
            <Download className="size-4" aria-hidden /> Template
          </a>
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">
        Columns: userId, transactionId, status, amount (dollars), description, cardBIN, cardLastFour, eventAt (ISO 8601 with zone); optional currency, direction, authorizedAt, merchantId, mcc.
      </p>
      {parsed ? (
        <div className="space-y-3" data-testid="bulk-preview">
          <p className="text-sm">
            {fileName}: {parsed.rowCount} row(s), {parsed.events.length} valid, {parsed.errors.length} problem(s).
          </p>
          {parsed.errors.length > 0 ? (
            <ul className="max-h-40 overflow-y-auto rounded-md border border-destructive/30 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground" aria-label="Problems in the file">
              {parsed.errors.map((error, index) => (
                <li key={index}>
                  {error.line ? `Line ${error.line}: ` : ""}
                  {error.message}
                </li>
              ))}
            </ul>
          ) : null}
          {parsed.events.length > 0 ? (
            <div className="max-h-80 overflow-y-auto rounded-md border">
              <Table aria-label="Transactions in the file">
                <TableHeader>
                  <TableRow>
                    <TableHead>Line</TableHead>
                    <TableHead>User</TableHead>
                    <TableHead>Transaction id</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead className="text-right">Amount</TableHead>
                    <TableHead>Merchant</TableHead>
                    <TableHead>Date</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {parsed.events.slice(0, PREVIEW_ROWS).map((event) => (
                    <TableRow key={event.line}>
                      <TableCell>{event.line}</TableCell>
                      <TableCell className="font-mono text-xs">{event.userId}</TableCell>
                      <TableCell className="font-mono text-xs">{event.transactionId}</TableCell>
                      <TableCell>{event.status}</TableCell>
                      <TableCell className="text-right tabular-nums">
                        {new Decimal(event.amountCents).dividedBy(100).toFixed(2)} {event.currency}
                      </TableCell>
                      <TableCell>{event.description}</TableCell>
                      <TableCell className="font-mono text-xs">{event.eventAt.toISOString()}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {parsed.events.length > PREVIEW_ROWS ? <p className="p-2 text-xs text-muted-foreground">…and {parsed.events.length - PREVIEW_ROWS} more.</p> : null}
            </div>
          ) : null}
          <SubmitButton control={form.control} pendingLabel="Sending…" disabled={parsed.errors.length > 0 || parsed.events.length === 0}>
            <Upload className="size-4" aria-hidden /> Submit {parsed.events.length} transaction(s)
          </SubmitButton>
        </div>
      ) : null}
      <FormError control={form.control} />
    </form>
  );
}
