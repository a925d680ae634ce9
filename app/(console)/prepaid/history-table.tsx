import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TransactionDto } from "@/lib/providers/open-loyalty/operations/transaction-record";
import { TransactionStatusBadge } from "./transaction-status-badge";
import { ReconcileButton, TipButton, VoidButton } from "./transaction-actions";

const when = (iso: string) => `${iso.replace("T", " ").slice(0, 16)} UTC`;

/**
 * A card's transactions, newest first: each links to its record; a void or tip names its
 * original (→ #…), an original its voids and tips; the actions each row allows, when `canMove`.
 */
export function HistoryTable({ transactions, canMove, canReconcile }: { transactions: TransactionDto[]; canMove: boolean; canReconcile: boolean }) {
  if (transactions.length === 0) {
    return <EmptyState title="No transactions from this console yet" description="Top-ups, payments, tips, voids and points moves made here are listed with their outcome." />;
  }
  const byId = new Map(transactions.map((t) => [t.id, t]));
  const short = (id: string) => `#${id.slice(-6)}`;
  return (
    <Table data-testid="history">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>What</TableHead>
          <TableHead className="text-right">Amount</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Linked</TableHead>
          <TableHead className="text-right">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {transactions.map((t) => {
          const followUps = transactions.filter((f) => f.originalId === t.id);
          return (
            <TableRow key={t.id} data-kind={t.kind} data-testid="history-row">
              <TableCell className="whitespace-nowrap text-muted-foreground">{when(t.createdAt)}</TableCell>
              <TableCell>
                <Link href={`/prepaid/transactions/${t.id}`} className="font-medium underline-offset-4 hover:underline">
                  {t.kindLabel} {short(t.id)}
                </Link>
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {t.approvedAmount && t.approvedAmount !== t.amount ? `${t.approvedAmount} of ${t.amount}` : t.amount} {t.unit}
              </TableCell>
              <TableCell>
                <TransactionStatusBadge status={t.status} voided={Boolean(t.voidedAt)} />
              </TableCell>
              <TableCell className="text-sm">
                {t.originalId ? (
                  <Link href={`/prepaid/transactions/${t.originalId}`} className="underline-offset-4 hover:underline">
                    → {byId.get(t.originalId)?.kindLabel ?? "original"} {short(t.originalId)}
                  </Link>
                ) : null}
                {followUps.map((f) => (
                  <Link key={f.id} href={`/prepaid/transactions/${f.id}`} className="mr-2 block underline-offset-4 hover:underline">
                    ← {f.kindLabel} {short(f.id)}
                  </Link>
                ))}
              </TableCell>
              <TableCell>
                <div className="flex justify-end gap-2">
                  {canMove && t.can.tip ? <TipButton transaction={t} /> : null}
                  {canMove && t.can.void ? <VoidButton transaction={t} /> : null}
                  {canReconcile && t.can.reconcile ? <ReconcileButton transaction={t} /> : null}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
