import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { walletPanel } from "@/lib/providers/kazawallet/operations/queries";

export const metadata: Metadata = { title: "Kazawallet balances and rates" };
export const dynamic = "force-dynamic";

export default async function BalancesPage() {
  await requirePagePermission("kazawallet.read");
  const { wallets, rates, error } = await walletPanel();
  return (
    <div className="space-y-6">
      <PageHeader title="Balances and rates" description="The merchant's Kazawallet wallets and the current exchange rates, read from Kazawallet now." />
      {error ? (
        <p role="alert" className="rounded-md border border-warning/40 bg-warning-soft p-3 text-sm">
          Kazawallet could not be read: {error}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {wallets.map((w) => (
          <Card key={w.currency} data-testid="wallet-balance">
            <CardHeader>
              <CardTitle className="text-sm text-muted-foreground">{w.currency}</CardTitle>
            </CardHeader>
            <CardContent className="text-2xl">
              <Money amount={w.amount} currency={w.currency} />
            </CardContent>
          </Card>
        ))}
      </div>
      <section aria-labelledby="rates-heading" className="space-y-2">
        <h2 id="rates-heading" className="text-lg font-semibold">
          Rates
        </h2>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>From</TableHead>
              <TableHead>To</TableHead>
              <TableHead className="text-right">1 unit buys</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rates.map((r) => (
              <TableRow key={`${r.from}-${r.to}`}>
                <TableCell>{r.from}</TableCell>
                <TableCell>{r.to}</TableCell>
                <TableCell className="text-right tabular-nums">{r.rate}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
