"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowDownLeft, ArrowUpRight, Inbox, Scale } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { KvitkaOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { DIRECTIONS, OPERATION_STATUSES } from "@/lib/providers/kvitka/operations/statuses";
import { cn } from "@/lib/utils";
import { AbandonDialog } from "./abandon-dialog";
import { reconcileDepositAction } from "./actions";
import type { OperationFilterInput } from "./kvitka.validation";
import { OperationStatusBadge } from "./operation-status-badge";
import { kvitkaKeys } from "./query-keys";
import { StepTrail } from "./step-trail";
import { useActionRunner } from "./use-action-runner";

export interface LiveOperationPermissions {
  withdraw: boolean;
  deposit: boolean;
  resolve: boolean;
}

const POLL_MS = 2_000;

async function fetchOperations(filter: OperationFilterInput): Promise<KvitkaOperationDto[]> {
  const query = new URLSearchParams();
  if (filter.direction) query.set("direction", filter.direction);
  if (filter.status) query.set("status", filter.status);
  const res = await fetch(`/api/kvitka/operations?${query}`, { cache: "no-store" });
  if (!res.ok) throw new Error(`operations route answered ${res.status}`);
  return (await res.json()).operations;
}

export const finishHref = (op: KvitkaOperationDto) => `/kvitka/${op.direction === "WITHDRAW" ? "withdraw" : "deposit"}?operation=${op.id}`;

function RowActions({ op, can }: { op: KvitkaOperationDto; can: LiveOperationPermissions }) {
  const { pending, run } = useActionRunner();
  const finishAllowed = op.direction === "WITHDRAW" ? can.withdraw : can.deposit;
  return (
    <div className="flex justify-end gap-1.5 whitespace-nowrap">
      {op.can.finish && finishAllowed ? (
        <Button size="sm" variant="secondary" asChild>
          <Link href={finishHref(op)}>Finish</Link>
        </Button>
      ) : null}
      {op.can.abandon && can.resolve ? (
        <AbandonDialog operation={op} trigger={<Button size="sm" variant="outline">Abandon</Button>} />
      ) : null}
      {op.can.reconcile && op.stuck && can.resolve ? (
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(() => reconcileDepositAction({ operationId: op.id }), "State learned from KvitkaCard")}>
          <Scale className="size-3.5" aria-hidden /> Check state
        </Button>
      ) : null}
      {op.can.resolve && can.resolve ? (
        <Button size="sm" variant="secondary" asChild>
          <Link href={`/kvitka/operations/${op.id}`}>Resolve</Link>
        </Button>
      ) : null}
    </div>
  );
}

/**
 * Every KvitkaCard operation, newest first, refreshed every 2 s without a reload: status chips,
 * each operation's audited steps, filters by direction and status, and the stuck ones
 * (open too long, or waiting for their state to be learned) highlighted with what finishes them.
 */
export function LiveOperations({ initial, can }: { initial: KvitkaOperationDto[]; can: LiveOperationPermissions }) {
  const [filter, setFilter] = useState<OperationFilterInput>({});
  const unfiltered = !filter.direction && !filter.status;
  const { data = [], isError, dataUpdatedAt } = useQuery({
    queryKey: kvitkaKeys.operations(filter),
    queryFn: () => fetchOperations(filter),
    initialData: unfiltered ? initial : undefined,
    initialDataUpdatedAt: unfiltered ? 0 : undefined,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: true,
  });
  const stuck = data.filter((o) => o.stuck).length;

  return (
    <section aria-label="Operations" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <Label htmlFor="filter-direction">Direction</Label>
          <NativeSelect
            id="filter-direction"
            value={filter.direction ?? ""}
            placeholder="All directions"
            options={DIRECTIONS.map((d) => ({ value: d, label: d === "WITHDRAW" ? "Withdrawals" : "Deposits" }))}
            onChange={(e) => setFilter((f) => ({ ...f, direction: (e.target.value || undefined) as OperationFilterInput["direction"] }))}
          />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="filter-status">Status</Label>
          <NativeSelect
            id="filter-status"
            value={filter.status ?? ""}
            placeholder="All statuses"
            options={OPERATION_STATUSES.map((s) => ({ value: s, label: s.replace("_", " ") }))}
            onChange={(e) => setFilter((f) => ({ ...f, status: (e.target.value || undefined) as OperationFilterInput["status"] }))}
          />
        </div>
        <p className="ml-auto text-xs text-muted-foreground" aria-live="polite">
          {isError ? "Live updates paused: the console did not answer." : dataUpdatedAt ? `Live · updated ${new Date(dataUpdatedAt).toLocaleTimeString("en-GB")}` : "Live"}
          {stuck ? ` · ${stuck} need attention` : ""}
        </p>
      </div>
      {data.length === 0 ? (
        <EmptyState icon={Inbox} title={unfiltered ? "No KvitkaCard operations yet" : "No operation matches"} description="Withdrawals and deposits appear here as soon as they start." />
      ) : (
        <div className="rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Started</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Customer</TableHead>
                <TableHead className="text-right">Points</TableHead>
                <TableHead className="text-right">KvitkaCoins</TableHead>
                <TableHead>Code</TableHead>
                <TableHead>Steps</TableHead>
                <TableHead className="text-right">Actions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((op) => (
                <TableRow key={op.id} data-testid="operation-row" data-status={op.status} data-stuck={op.stuck || undefined} className={cn(op.stuck && "bg-warning-soft/60 hover:bg-warning-soft")}>
                  <TableCell>
                    <Link href={`/kvitka/operations/${op.id}`} className="flex items-center gap-1.5 font-medium underline-offset-4 hover:underline">
                      {op.direction === "WITHDRAW" ? <ArrowUpRight className="size-4" aria-hidden /> : <ArrowDownLeft className="size-4" aria-hidden />}
                      {op.direction === "WITHDRAW" ? "Withdraw" : "Deposit"}
                      {op.providerOperationId ? <span className="font-mono text-xs text-muted-foreground">#{op.providerOperationId}</span> : null}
                    </Link>
                    <RelativeTime date={op.createdAt} className="text-xs text-muted-foreground" />
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap items-center gap-1">
                      <OperationStatusBadge status={op.status} />
                      {op.stuck ? <Badge variant="warning">stuck</Badge> : null}
                    </div>
                  </TableCell>
                  <TableCell className="text-sm">{op.customerRef ?? "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">{op.pointsAmount ?? "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">{op.amountKc ?? "—"}</TableCell>
                  <TableCell className="font-mono text-xs">{op.codeMasked ?? "—"}</TableCell>
                  <TableCell className="max-w-72">
                    <StepTrail steps={op.steps} />
                  </TableCell>
                  <TableCell>
                    <RowActions op={op} can={can} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
