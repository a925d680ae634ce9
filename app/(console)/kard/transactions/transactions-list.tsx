"use client";

import { useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import Decimal from "decimal.js";
import { Receipt, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { RelativeTime } from "@/components/ui/relative-time";
import type { KardTransactionDto } from "@/lib/providers/kard/operations/queries-transactions";
import { FlagFraudButton } from "./fraud-flag-button";
import { kardTransactionKeys } from "./query-keys";
import { ResendSubmissionButton } from "./resend-submission-button";
import { SubmissionBadge, TransactionStatusBadge } from "./transaction-badges";

const POLL_MS = 3_000;

function columnsFor(opts: { showUser: boolean; canSubmit: boolean; canReconcile: boolean }): ColumnDef<KardTransactionDto>[] {
  return [
    { accessorKey: "createdAt", header: "Sent", cell: ({ row }) => <RelativeTime date={row.original.createdAt} refreshMs={15_000} /> },
    ...(opts.showUser
      ? [
          {
            accessorKey: "userId",
            header: "User",
            cell: ({ row }) => (
              <Link href={`/kard/users/${encodeURIComponent(row.original.userId)}`} className="font-mono text-xs underline-offset-4 hover:underline">
                {row.original.userId}
              </Link>
            ),
          } satisfies ColumnDef<KardTransactionDto>,
        ]
      : []),
    { accessorKey: "transactionId", header: "Transaction id", cell: ({ row }) => <span className="font-mono text-xs">{row.original.transactionId}</span> },
    { accessorKey: "description", header: "Merchant" },
    {
      accessorKey: "submittedStatus",
      header: "Event sent",
      cell: ({ row }) => (
        <div className="grid">
          <span>{row.original.submittedStatus}</span>
          <span className="text-xs text-muted-foreground">{row.original.origin.toLowerCase()}</span>
        </div>
      ),
    },
    {
      id: "amount",
      header: "Amount",
      accessorFn: (t) => new Decimal(t.amountCents).dividedBy(100).toFixed(2),
      sortingFn: "decimal",
      cell: ({ row }) => <Money amount={String(row.original.amountCents)} currency={row.original.currency} minorUnits />,
      meta: { className: "text-right", csvHeader: "Amount (major units)" },
    },
    { accessorKey: "submission", header: "Kard took it", cell: ({ row }) => <SubmissionBadge submission={row.original.submission} error={row.original.error} /> },
    { accessorKey: "status", header: "Latest status", cell: ({ row }) => <TransactionStatusBadge status={row.original.status} /> },
    {
      id: "flags",
      header: "Flags",
      accessorFn: (t) => [t.fraudFlaggedAt ? "fraud" : null, t.auditId ? `audit ${t.auditId}` : null].filter(Boolean).join(" "),
      cell: ({ row }) => (
        <div className="flex flex-wrap gap-1">
          {row.original.fraudFlaggedAt ? (
            <Badge variant="destructive">
              <ShieldAlert aria-hidden /> fraud
            </Badge>
          ) : null}
          {row.original.auditId ? <Badge variant="info">audit</Badge> : null}
          {row.original.error ? <span className="max-w-56 truncate text-xs text-destructive" title={row.original.error}>{row.original.error}</span> : null}
        </div>
      ),
    },
    ...(opts.canSubmit || opts.canReconcile
      ? [
          {
            id: "actions",
            header: "",
            meta: { csvExclude: true },
            cell: ({ row }) => {
              const t = row.original;
              if (opts.canReconcile && t.resendable) return <ResendSubmissionButton id={t.id} transactionId={t.transactionId} eventId={t.eventId} />;
              return opts.canSubmit && t.submission === "ACCEPTED" && !t.fraudFlaggedAt ? <FlagFraudButton userId={t.userId} transactionId={t.transactionId} /> : null;
            },
          } satisfies ColumnDef<KardTransactionDto>,
        ]
      : []),
  ];
}

/**
 * The transaction events the console sent, newest first (optionally one user's), with whether
 * Kard took each one and the latest status its notifications reported; an event Kard never
 * answered offers Resend (with `canReconcile`). Polls every 3 s.
 */
export function TransactionsList({
  userId,
  initial,
  canSubmit,
  canReconcile,
}: {
  userId?: string;
  initial?: KardTransactionDto[];
  canSubmit: boolean;
  canReconcile: boolean;
}) {
  const { data, isPending } = useQuery({
    queryKey: kardTransactionKeys.list(userId),
    queryFn: async (): Promise<KardTransactionDto[]> => {
      const res = await fetch(`/api/kard/transactions${userId ? `?userId=${encodeURIComponent(userId)}` : ""}`, { cache: "no-store" });
      if (!res.ok) throw new Error(`transactions route answered ${res.status}`);
      return ((await res.json()) as { transactions: KardTransactionDto[] }).transactions;
    },
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  return (
    <DataTable
      columns={columnsFor({ showUser: !userId, canSubmit, canReconcile })}
      data={data ?? []}
      caption="Transactions sent to Kard"
      isLoading={isPending}
      getRowId={(t) => t.id}
      csvFilename={userId ? `kard-transactions-${userId}.csv` : "kard-transactions.csv"}
      emptyState={<EmptyState icon={Receipt} title="No transactions sent yet" description="Submit one with the form, a UAT preset or a CSV file." />}
    />
  );
}
