"use client";

import Decimal from "decimal.js";
import { PlayCircle } from "lucide-react";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import type { ActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { dollarsToCents } from "@/lib/providers/kard/operations/transaction-events";
import { UAT_PRESETS, UAT_PRESET_NAMES, type UatPreset, buildPresetSequence } from "@/lib/providers/kard/operations/transaction-presets";
import { submitPresetAction } from "./actions";
import { reportSubmission } from "./report-submission";
import { eventAtIso, type TransactionDraft } from "./transaction-form-fields";
import type { SubmitTransactionInput } from "./transactions.validation";

function preview(preset: UatPreset, draft: TransactionDraft) {
  try {
    const eventAt = new Date(eventAtIso(draft.eventAt));
    return buildPresetSequence(preset, { ...draft, merchantId: draft.merchantId || undefined, mcc: draft.mcc || undefined, amountCents: dollarsToCents(draft.amount) }, eventAt);
  } catch {
    return null;
  }
}

/**
 * The documented UAT cases as buttons: choosing one previews its events (statuses, amounts,
 * dates) for the purchase in the transaction form; sending validates that form's fields and
 * plays the events in order, one request per event. Refusals land on the form's fields.
 */
export function PresetRunner({ transaction, onDone }: { transaction: ActionForm<TransactionDraft, SubmitTransactionInput>; onDone: () => void }) {
  const [preset, setPreset] = useState<UatPreset | null>(null);
  const draft = useWatch({ control: transaction.form.control }) as TransactionDraft;
  const { pending } = transaction;
  const events = preset ? preview(preset, draft) : null;

  const run = (chosen: UatPreset) =>
    transaction.submitWith(
      // The case's own sequence of statuses replaces the form's one (the action's schema drops `status`).
      (input) => submitPresetAction({ ...input, preset: chosen }),
      (result) => reportSubmission(result, UAT_PRESETS[chosen].label),
    )().finally(onDone);

  return (
    <section aria-labelledby="presets-title" className="space-y-3 rounded-md border p-4">
      <div>
        <h2 id="presets-title" className="font-medium">
          UAT cases
        </h2>
        <p className="text-sm text-muted-foreground">The guide&apos;s test cases for the purchase above; the last event happens at the event time.</p>
      </div>
      <div className="flex flex-wrap gap-2">
        {UAT_PRESET_NAMES.map((name) => (
          <Button key={name} type="button" size="sm" variant={preset === name ? "default" : "outline"} onClick={() => setPreset(name)} aria-pressed={preset === name}>
            {UAT_PRESETS[name].label}
          </Button>
        ))}
      </div>
      {preset ? (
        <div className="space-y-3">
          <p className="text-sm">{UAT_PRESETS[preset].help}</p>
          {events ? (
            <Table aria-label="Events of the case">
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Amount</TableHead>
                  <TableHead>Direction</TableHead>
                  <TableHead>Date sent</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.map((event, index) => (
                  <TableRow key={index}>
                    <TableCell>{index + 1}</TableCell>
                    <TableCell>{event.status}</TableCell>
                    <TableCell className="text-right tabular-nums">${new Decimal(event.amountCents).dividedBy(100).toFixed(2)}</TableCell>
                    <TableCell>{event.direction}</TableCell>
                    <TableCell className="font-mono text-xs">{event.eventAt.toISOString()}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : (
            <p className="text-sm text-destructive">Enter a valid amount and event time to preview the events.</p>
          )}
          <Button type="button" onClick={() => void run(preset)} disabled={pending || !events}>
            <PlayCircle className="size-4" aria-hidden /> {pending ? "Sending…" : `Send ${events?.length ?? ""} event(s) in order`}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
