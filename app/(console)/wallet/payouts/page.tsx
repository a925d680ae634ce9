import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listRequests } from "@/lib/providers/kazawallet/operations/queries";
import { ResolveRequestDialog } from "../resolve-request-dialog";
import { RequestStatusBadge } from "../status-badges";
import { PayoutForm } from "./payout-form";

export const metadata: Metadata = { title: "Kazawallet payouts" };
export const dynamic = "force-dynamic";

/** Seed 004 "Payment Methods" › Development (the sandbox); production ids are 118, 116, 117, 115. */
const METHODS = [
  { value: "15", label: "USDT-TRC20 (15)" },
  { value: "13", label: "USDT-BEP20 (13)" },
];

export default async function PayoutsPage() {
  const staff = await requirePagePermission("kazawallet.read");
  const requests = await listRequests(["WITHDRAWAL", "DEPOSIT", "TRANSFER"]);
  const canResolve = can(staff.role, "kazawallet.requests.resolve");
  return (
    <div className="space-y-6">
      <PageHeader title="Payouts, deposits and transfers" description="Each request with every status it went through; later statuses arrive by webhook." />
      {can(staff.role, "kazawallet.payouts.create") ? (
        <Card>
          <CardHeader>
            <CardTitle>New request</CardTitle>
          </CardHeader>
          <CardContent>
            <PayoutForm methods={METHODS} />
          </CardContent>
        </Card>
      ) : null}
      {requests.length === 0 ? (
        <EmptyState title="No requests yet" />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Kind</TableHead>
              <TableHead>User</TableHead>
              <TableHead className="text-right">Amount</TableHead>
              <TableHead>Kazawallet id</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>History</TableHead>
              {canResolve ? <TableHead className="sr-only">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((r) => (
              <TableRow key={r.id} data-testid="payout-row">
                <TableCell>{r.kind.toLowerCase()}</TableCell>
                <TableCell>{r.email}</TableCell>
                <TableCell className="text-right">
                  <Money amount={r.amount} currency={r.currency} />
                </TableCell>
                <TableCell className="font-mono text-xs">{r.providerId ?? "—"}</TableCell>
                <TableCell>
                  <RequestStatusBadge status={r.status} />
                  {r.lastErrorMessage ? <span className="block text-xs text-muted-foreground">{r.lastErrorMessage}</span> : null}
                </TableCell>
                <TableCell className="min-w-64 text-xs whitespace-normal text-muted-foreground">{r.history.map((h) => `${h.status} (${h.source}, ${new Date(h.at).toLocaleTimeString("en-GB")})`).join(" → ")}</TableCell>
                {canResolve ? <TableCell>{r.resolvable ? <ResolveRequestDialog request={r} /> : null}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
