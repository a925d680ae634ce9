"use client";

import { useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import Decimal from "decimal.js";
import { Trophy } from "lucide-react";
import { useState } from "react";
import { ProviderUnavailable } from "@/components/feedback/provider-unavailable";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { EarnedRewardDto, EarnedRewardsPageDto } from "@/lib/providers/kard/operations/earned-rewards";
import { kardUserKeys } from "../query-keys";
import { fetchKardJson } from "./kard-fetch";

/** Integer cents as a decimal dollar string, for the CSV and the decimal sort. */
const dollars = (cents: number) => new Decimal(cents).dividedBy(100).toFixed(2);
const usd = (cents: number) => <Money amount={String(cents)} currency="USD" minorUnits />;

const columns: ColumnDef<EarnedRewardDto>[] = [
  { accessorKey: "transactionTimestamp", header: "Time", meta: { csvHeader: "Transaction time" }, cell: ({ row }) => <RelativeTime date={row.original.transactionTimestamp} /> },
  { accessorKey: "merchantName", header: "Merchant" },
  {
    accessorKey: "transactionId",
    header: "Transaction",
    meta: { csvHeader: "Transaction id" },
    cell: ({ row }) => (
      <span className="block max-w-40 truncate font-mono text-xs" title={row.original.transactionId}>
        {row.original.transactionId}
      </span>
    ),
  },
  { accessorKey: "status", header: "Status", cell: ({ row }) => <StatusBadge status={row.original.status} variants={{ SETTLED: "success" }} /> },
  {
    id: "amount",
    header: "Amount",
    accessorFn: (r) => dollars(r.transactionAmountCents),
    sortingFn: "decimal",
    cell: ({ row }) => usd(row.original.transactionAmountCents),
    meta: { className: "text-right", csvHeader: "Transaction amount (USD)" },
  },
  {
    id: "userCommission",
    header: "User reward",
    accessorFn: (r) => dollars(r.userCommissionCents),
    sortingFn: "decimal",
    cell: ({ row }) => <span data-testid="reward-user-commission">{usd(row.original.userCommissionCents)}</span>,
    meta: { className: "text-right", csvHeader: "User commission (USD)" },
  },
  {
    id: "issuerCommission",
    header: "Issuer",
    accessorFn: (r) => dollars(r.issuerCommissionCents),
    sortingFn: "decimal",
    cell: ({ row }) => usd(row.original.issuerCommissionCents),
    meta: { className: "text-right", csvHeader: "Issuer commission (USD)" },
  },
  {
    accessorKey: "paidToIssuer",
    header: "Paid to issuer",
    cell: ({ row }) => <StatusBadge status={row.original.paidToIssuer} variants={{ PAID_IN_FULL: "success", UNPAID: "warning" }} />,
  },
  { accessorKey: "payoutTimestamp", header: "Payout", cell: ({ row }) => (row.original.payoutTimestamp ? <RelativeTime date={row.original.payoutTimestamp} /> : "—") },
  { accessorKey: "cardLastFour", header: "Card", cell: ({ row }) => (row.original.cardLastFour ? `•••• ${row.original.cardLastFour}` : "—") },
];

const POLL_MS = 5_000;

/**
 * The user's earned rewards from Kard (SETTLED, last 12 months): status, transaction amount,
 * commissions (issuer and user), paid-to-issuer and payout time, exportable as CSV. Re-read
 * every few seconds while shown, so a settlement appears without reloading.
 */
export function EarnedRewardsTab({ userId }: { userId: string }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, error, isPending } = useQuery({
    queryKey: kardUserKeys.earnedRewards(userId, after),
    queryFn: () => fetchKardJson<EarnedRewardsPageDto>(`/api/kard/users/${encodeURIComponent(userId)}/earned-rewards${after ? `?after=${encodeURIComponent(after)}` : ""}`),
    refetchInterval: POLL_MS,
  });
  if (error) return <ProviderUnavailable error={error} what="the earned rewards" />;
  return (
    <div className="space-y-3">
      <DataTable
        columns={columns}
        data={data?.rewards ?? []}
        caption="Earned rewards"
        isLoading={isPending}
        getRowId={(r) => r.id}
        csvFilename={`kard-earned-rewards-${userId}.csv`}
        initialSorting={[{ id: "transactionTimestamp", desc: true }]}
        emptyState={<EmptyState icon={Trophy} title="No earned rewards yet" description="Rewards appear here once a matched transaction is SETTLED." />}
      />
      <div className="flex justify-end gap-2">
        {cursors.length > 1 ? (
          <Button variant="outline" size="sm" onClick={() => setCursors((c) => c.slice(0, -1))}>
            Newer
          </Button>
        ) : null}
        {data?.next ? (
          <Button variant="outline" size="sm" onClick={() => setCursors((c) => [...c, data.next])}>
            Older
          </Button>
        ) : null}
      </div>
    </div>
  );
}
