"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { OperationError } from "@/lib/errors";
import { requestTransactionAudit } from "@/lib/providers/kard/operations/audit-request";
import { flagFraudulentTransaction } from "@/lib/providers/kard/operations/fraud-flag";
import { reconcileSubmission } from "@/lib/providers/kard/operations/reconcile-submission";
import { submitTransactionSequence, submitTransactions } from "@/lib/providers/kard/operations/submit-transactions";
import { parseTransactionsCsv } from "@/lib/providers/kard/operations/transaction-csv";
import { buildPresetSequence } from "@/lib/providers/kard/operations/transaction-presets";
import { auditRequestSchema, fraudFlagSchema, reconcileSubmissionSchema, submitCsvSchema, submitPresetSchema, submitTransactionSchema } from "./transactions.validation";

function revalidate(userIds: string[]) {
  revalidatePath("/kard/transactions");
  for (const userId of new Set(userIds)) revalidatePath(`/kard/users/${encodeURIComponent(userId)}`);
}

export const submitTransactionAction = defineAction({
  name: "kard.transaction.submit",
  permission: "kard.transactions.submit",
  input: submitTransactionSchema,
  handler: async ({ amount, eventAt, ...fields }, actor) => {
    const result = await submitTransactions({ events: [{ ...fields, amountCents: amount, eventAt: new Date(eventAt) }], origin: "FORM" }, actor);
    revalidate([fields.userId]);
    return result;
  },
});

export const submitPresetAction = defineAction({
  name: "kard.transaction.submit",
  permission: "kard.transactions.submit",
  input: submitPresetSchema,
  handler: async ({ preset, amount, eventAt, ...fields }, actor) => {
    const events = buildPresetSequence(preset, { ...fields, amountCents: amount }, new Date(eventAt));
    const result = await submitTransactionSequence({ events, origin: `PRESET:${preset}` }, actor);
    revalidate([fields.userId]);
    return result;
  },
});

export const submitCsvAction = defineAction({
  name: "kard.transaction.submit",
  permission: "kard.transactions.submit",
  input: submitCsvSchema,
  handler: async ({ csv }, actor) => {
    const parsed = parseTransactionsCsv(csv);
    if (parsed.errors.length > 0) {
      const first = parsed.errors[0];
      throw new OperationError("CSV_INVALID", `${parsed.errors.length} problem(s) in the file; ${first.line ? `line ${first.line}: ` : ""}${first.message}`);
    }
    const result = await submitTransactions({ events: parsed.events, origin: "CSV" }, actor);
    revalidate(parsed.events.map((event) => event.userId));
    return result;
  },
});

export const flagFraudAction = defineAction({
  name: "kard.transaction.fraud-flag",
  permission: "kard.transactions.submit",
  input: fraudFlagSchema,
  handler: async (input, actor) => {
    const flaggedRows = await flagFraudulentTransaction(input, actor);
    revalidate([input.userId]);
    return { flaggedRows };
  },
});

export const requestAuditAction = defineAction({
  name: "kard.audit.create",
  permission: "kard.transactions.submit",
  input: auditRequestSchema,
  handler: async (input, actor) => {
    const auditId = await requestTransactionAudit(input, actor);
    revalidate([input.userId]);
    return { auditId };
  },
});

/** Sends an unanswered submission again under its own event id (audited kard.transaction.reconcile). */
export const reconcileSubmissionAction = defineAction({
  name: "kard.transaction.reconcile",
  permission: "kard.transactions.reconcile",
  input: reconcileSubmissionSchema,
  handler: async (input, actor) => {
    const row = await reconcileSubmission(input, actor);
    revalidate([row.userId]);
    return { id: row.id, submission: row.submission, error: row.error };
  },
});
