import { db } from "@/lib/db";
import { reconcileSubmission } from "@/lib/providers/kard/operations/reconcile-submission";
import { submitTransactions } from "@/lib/providers/kard/operations/submit-transactions";
import { kardSandboxState, OPERATOR, resetKardSandbox } from "@/lib/providers/kard/testing/operations";
import { NEW_CUSTOMER, SUNRISE_COFFEE } from "@/lib/providers/kard/testing/personas";
import { type ProviderRows, step } from "./step";

/*
 * Kard's money-moving step: a transaction event submitted for rewards (Create Incoming
 * Transactions). Reconciliation resends the stored event under its own id (409 = Kard has it).
 */

const EVENT = {
  userId: NEW_CUSTOMER,
  transactionId: "matrix-purchase",
  status: "APPROVED" as const,
  amountCents: 2500,
  currency: "USD",
  description: SUNRISE_COFFEE.name,
  direction: "DEBIT" as const,
  cardBIN: "411111",
  cardLastFour: "4321",
};

const submission = step<Record<string, never>>({
  provider: "kard",
  name: "Kard transaction submission",
  request: { method: "POST", pathIncludes: "/transactions" },
  action: "kard.transaction.submit",
  setup: async () => ({}),
  run: () => submitTransactions({ events: [{ ...EVENT, eventAt: new Date(Date.now() - 3_600_000) }], origin: "FORM" }, OPERATOR),
  reconcile: async () => {
    for (const row of await db.kardTransaction.findMany({ where: { submission: "UNKNOWN" } })) await reconcileSubmission({ id: row.id }, OPERATOR);
  },
  providerCount: async () =>
    (await kardSandboxState<{ events: { transactionId: string }[] }>()).events.filter((e) => e.transactionId === EVENT.transactionId).length,
  localRecords: async () =>
    (await db.kardTransaction.findMany()).map((r) => ({
      id: r.id,
      status: r.submission,
      moved: r.submission === "ACCEPTED",
      settled: r.submission !== "UNKNOWN" && r.submission !== "PENDING",
    })),
});

export const KARD_ROWS: ProviderRows = {
  provider: "kard",
  clear: async () => {
    await db.kardTransaction.deleteMany();
    await resetKardSandbox();
  },
  steps: [submission],
};
