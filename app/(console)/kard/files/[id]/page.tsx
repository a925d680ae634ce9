import { staffActor } from "@/lib/audit/actor";
import { ArrowLeft, Download, FileWarning } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { OperationError } from "@/lib/errors";
import { reconcileKardFile } from "@/lib/providers/kard/operations/files";
import { RECONCILIATION_STATUSES, type ReconciliationStatus } from "@/lib/providers/kard/reconciliation/compare";
import { toReconciliationRow } from "@/lib/providers/kard/reconciliation/line-row";
import { requestContext } from "@/lib/request-context";
import { cn } from "@/lib/utils";
import { fileHintQuery, fileHintSchema, fileIdSchema } from "../files.validation";
import { ReconciliationChart } from "./reconciliation-chart";
import { ReconciliationTable } from "./reconciliation-table";
import { STATUS_HINTS, STATUS_LABELS } from "./status";

export const metadata: Metadata = { title: "Reconciliation file" };

/** Problems first, in the order an operator works through them. */
const LINE_ORDER: ReconciliationStatus[] = ["amountMismatch", "fileOnly", "webhookOnly", "matched"];

const COUNT_TONE: Record<ReconciliationStatus, string> = {
  matched: "border-success/30",
  amountMismatch: "border-warning/50",
  fileOnly: "border-destructive/30",
  webhookOnly: "border-info/30",
};

const utcDate = (date: Date) => date.toISOString().slice(0, 10);

function Back() {
  return (
    <Button variant="outline" asChild>
      <Link href="/kard/files">
        <ArrowLeft className="size-4" aria-hidden /> Files
      </Link>
    </Button>
  );
}

export default async function KardFilePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const staff = await requirePagePermission("kard.files.read");
  const id = fileIdSchema.parse((await params).id);
  const hint = fileHintSchema.parse(await searchParams);
  const who = staffActor(staff, await requestContext());

  let result: Awaited<ReturnType<typeof reconcileKardFile>>;
  try {
    result = await reconcileKardFile({ id, ...hint }, who);
  } catch (error) {
    const failure =
      error instanceof OperationError ? (
        <EmptyState icon={FileWarning} title="This file cannot be compared" description={error.message} action={<Back />} />
      ) : (
        <ProviderUnavailable error={error} what="this reconciliation file" />
      );
    return (
      <div className="space-y-6">
        <PageHeader title="Reconciliation file" actions={<Back />} />
        {failure}
      </div>
    );
  }

  const { file, reconciliation } = result;
  const { period, counts } = reconciliation;
  const lastDay = new Date(period.end.getTime() - 86_400_000);
  const covers = utcDate(period.start) === utcDate(lastDay) ? utcDate(period.start) : `${utcDate(period.start)} to ${utcDate(lastDay)}`;
  const rows = [...reconciliation.lines]
    .sort((a, b) => LINE_ORDER.indexOf(a.status) - LINE_ORDER.indexOf(b.status))
    .map(toReconciliationRow);

  return (
    <div className="space-y-6">
      <PageHeader
        title={<span className="font-mono text-xl break-all">{file.fileName}</span>}
        description={`${file.typeLabel} · covers ${covers} (UTC${period.source === "sentAt" ? ", inferred from the send date" : ""}) · ${reconciliation.format.toUpperCase()}, ${reconciliation.fileRows} ${reconciliation.fileRows === 1 ? "row" : "rows"} compared`}
        actions={
          <>
            <Back />
            <Button asChild>
              <a href={`/api/kard/files/${encodeURIComponent(file.id)}?${fileHintQuery(file)}`} download>
                <Download className="size-4" aria-hidden /> Download
              </a>
            </Button>
          </>
        }
      />
      {reconciliation.skippedRows.length > 0 ? (
        <p role="note" className="rounded-md border border-warning/50 bg-warning-soft p-3 text-sm text-warning-soft-foreground">
          {reconciliation.skippedRows.length} row(s) name no transaction and were left out: row {reconciliation.skippedRows.slice(0, 10).join(", ")}
          {reconciliation.skippedRows.length > 10 ? ", …" : ""}.
        </p>
      ) : null}
      <section aria-label="Summary" className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
        <dl className="grid grid-cols-2 gap-3">
          {RECONCILIATION_STATUSES.map((status) => (
            <div key={status} className={cn("rounded-md border-2 p-3", COUNT_TONE[status])} data-testid={`count-${status}`}>
              <dt className="text-sm font-medium">{STATUS_LABELS[status]}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{counts[status]}</dd>
              <dd className="text-xs text-muted-foreground">{STATUS_HINTS[status]}</dd>
            </div>
          ))}
        </dl>
        <div className="rounded-md border p-3">
          <ReconciliationChart counts={counts} />
        </div>
      </section>
      <p className="text-sm text-muted-foreground">
        Compared with the signed Kard webhooks this console received, matched on transaction id and event type; rewards in cents of the user&apos;s
        commission. Webhooks received up to a day outside the period can still match a row.
      </p>
      <ReconciliationTable rows={rows} fileName={file.fileName} />
    </div>
  );
}
