"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import type { ReconciliationRow } from "@/lib/providers/kard/reconciliation/line-row";
import { STATUS_BADGES, STATUS_LABELS } from "./status";

const cents = (value: string | null, signed = false) =>
  value === null ? <span className="text-muted-foreground">—</span> : <Money amount={value} currency="USD" minorUnits tone={signed ? "signed" : "plain"} />;

const COLUMNS: ColumnDef<ReconciliationRow, unknown>[] = [
  {
    accessorKey: "status",
    header: "Outcome",
    cell: ({ row }) => <Badge variant={STATUS_BADGES[row.original.status]}>{STATUS_LABELS[row.original.status]}</Badge>,
  },
  { accessorKey: "kind", header: "Event", cell: ({ row }) => <span className="font-mono text-xs">{row.original.kind}</span> },
  {
    accessorKey: "transactionId",
    header: "Transaction",
    cell: ({ row }) => <span className="font-mono text-xs">{row.original.transactionId ?? "(none named)"}</span>,
  },
  { accessorKey: "userId", header: "User", cell: ({ row }) => <span className="font-mono text-xs">{row.original.userId ?? "—"}</span> },
  { accessorKey: "merchantName", header: "Merchant" },
  {
    accessorKey: "fileRewardCents",
    header: "File reward",
    sortingFn: "decimal",
    meta: { className: "text-right", csvHeader: "fileRewardCents" },
    cell: ({ row }) => cents(row.original.fileRewardCents),
  },
  {
    accessorKey: "webhookRewardCents",
    header: "Webhook reward",
    sortingFn: "decimal",
    meta: { className: "text-right", csvHeader: "webhookRewardCents" },
    cell: ({ row }) => cents(row.original.webhookRewardCents),
  },
  {
    accessorKey: "differenceCents",
    header: "Difference",
    sortingFn: "decimal",
    meta: { className: "text-right", csvHeader: "differenceCents" },
    cell: ({ row }) => cents(row.original.differenceCents, true),
  },
  { accessorKey: "fileRow", header: "File row" },
  {
    accessorKey: "webhookEventId",
    header: "Webhook",
    cell: ({ row }) =>
      row.original.webhookEventId ? (
        <Link href={`/webhooks/${encodeURIComponent(row.original.webhookEventId)}`} className="text-sm underline-offset-4 hover:underline">
          Open event
        </Link>
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
  },
  { accessorKey: "notificationId", header: "Notification id", meta: { className: "font-mono text-xs" } },
  { accessorKey: "at", header: "When (UTC)", meta: { className: "whitespace-nowrap text-xs" } },
];

/** Every line of a comparison: sortable, filterable, exported as CSV with amounts in cents. */
export function ReconciliationTable({ rows, fileName }: { rows: ReconciliationRow[]; fileName: string }) {
  return (
    <DataTable
      columns={COLUMNS}
      data={rows}
      caption="Reconciliation lines"
      getRowId={(row) => row.id}
      csvFilename={`${fileName.replace(/\.[a-z]+$/i, "")}-reconciliation`}
      filterPlaceholder="Filter by transaction, user, merchant…"
      initialColumnVisibility={{ notificationId: false }}
      emptyState={<EmptyState title="Nothing to compare" description="The file has no rows and no reward webhook arrived in its period." className="border-0" />}
    />
  );
}
