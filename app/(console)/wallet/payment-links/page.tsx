import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listPaymentLinks } from "@/lib/providers/kazawallet/operations/queries";
import { RequestStatusBadge } from "../status-badges";
import { PaymentLinkForm } from "./link-form";

export const metadata: Metadata = { title: "Kazawallet payment links" };
export const dynamic = "force-dynamic";

export default async function PaymentLinksPage() {
  const staff = await requirePagePermission("kazawallet.read");
  const links = await listPaymentLinks();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Payment links"
        description="Hosted links a customer pays through Kazawallet. Each link's status comes from its webhook, which Kazawallet sends only once: a link still pending past its expected time needs someone to check it with Kazawallet."
      />
      {can(staff.role, "kazawallet.links.create") ? (
        <Card>
          <CardHeader>
            <CardTitle>New link</CardTitle>
          </CardHeader>
          <CardContent>
            <PaymentLinkForm />
          </CardContent>
        </Card>
      ) : null}
      {links.length === 0 ? (
        <EmptyState title="No payment links" description="Links created here appear with their status." />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Created</TableHead>
              <TableHead>Payer</TableHead>
              <TableHead>Reference</TableHead>
              <TableHead className="text-right">Amount</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Link</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {links.map((link) => (
              <TableRow key={link.id} data-testid="payment-link-row">
                <TableCell className="text-sm">{new Date(link.createdAt).toLocaleString("en-GB")}</TableCell>
                <TableCell>{link.email}</TableCell>
                <TableCell>{link.ref ?? "—"}</TableCell>
                <TableCell className="text-right">
                  <Money amount={link.amount} currency={link.currency} />
                </TableCell>
                <TableCell>
                  <RequestStatusBadge status={link.status} testId="payment-link-status" />
                  {link.overdue ? (
                    <span className="ml-2 text-xs font-medium text-warning-foreground" data-testid="link-overdue">
                      no webhook yet: check with Kazawallet
                    </span>
                  ) : null}
                </TableCell>
                <TableCell>{link.url ? <CopyButton value={link.url} label="Copy link" /> : "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
