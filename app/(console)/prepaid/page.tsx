import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { recentTransactions } from "@/lib/providers/open-loyalty/operations/queries";
import { LookupForm } from "./lookup-form";
import { TransactionStatusBadge } from "./transaction-status-badge";

export const metadata: Metadata = { title: "Prepaid cards · Open Loyalty Pay" };
export const dynamic = "force-dynamic";

/** Look a card up; the latest transactions of every card (numbers masked). */
export default async function PrepaidPage() {
  await requirePagePermission("openLoyalty.read");
  const recent = await recentTransactions();
  return (
    <div className="space-y-6">
      <PageHeader title="Prepaid cards" description="Open Loyalty Pay (PayWizard · Factor4): balances, activation, top-ups, payments, tips, voids and loyalty points." />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Look up a card</CardTitle>
        </CardHeader>
        <CardContent>
          <LookupForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Latest transactions</CardTitle>
        </CardHeader>
        <CardContent>
          {recent.length === 0 ? (
            <EmptyState title="No transactions yet" description="Look a card up to top it up, take a payment or move points." />
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Card</TableHead>
                  <TableHead>What</TableHead>
                  <TableHead className="text-right">Amount</TableHead>
                  <TableHead>Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {recent.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell className="font-mono">{t.accountMasked}</TableCell>
                    <TableCell>
                      <Link href={`/prepaid/transactions/${t.id}`} className="underline-offset-4 hover:underline">
                        {t.kindLabel}
                      </Link>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {t.approvedAmount ?? t.amount} {t.unit}
                    </TableCell>
                    <TableCell>
                      <TransactionStatusBadge status={t.status} voided={Boolean(t.voidedAt)} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
