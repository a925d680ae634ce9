import type { Metadata } from "next";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Money } from "@/components/ui/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { maskedGiftCode } from "@/lib/providers/kazawallet/operations/gift-codes";
import { listRequests } from "@/lib/providers/kazawallet/operations/queries";
import { ResolveRequestDialog } from "../resolve-request-dialog";
import { RequestStatusBadge } from "../status-badges";
import { CreateGiftCodeForm, RedeemGiftCodeForm } from "./gift-code-forms";

export const metadata: Metadata = { title: "Kazawallet gift codes" };
export const dynamic = "force-dynamic";

export default async function GiftCodesPage() {
  const staff = await requirePagePermission("kazawallet.read");
  const rows = await listRequests(["GIFT_CODE", "GIFT_REDEEM"]);
  const manage = can(staff.role, "kazawallet.giftCodes.manage");
  const canResolve = can(staff.role, "kazawallet.requests.resolve");
  return (
    <div className="space-y-6">
      <PageHeader title="Gift codes" description="Kazawallet gift codes: the code is shown once when created, then only its last 4 characters." />
      {manage ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>Create</CardTitle>
            </CardHeader>
            <CardContent>
              <CreateGiftCodeForm />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Redeem for a user</CardTitle>
            </CardHeader>
            <CardContent>
              <RedeemGiftCodeForm />
            </CardContent>
          </Card>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title="No gift codes yet" />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>What</TableHead>
              <TableHead>Code</TableHead>
              <TableHead className="text-right">Amount</TableHead>
              <TableHead>Expires</TableHead>
              <TableHead>Status</TableHead>
              {canResolve ? <TableHead className="sr-only">Actions</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid="gift-row">
                <TableCell className="text-sm">{new Date(r.createdAt).toLocaleString("en-GB")}</TableCell>
                <TableCell>{r.kind === "GIFT_CODE" ? "created" : `redeemed for ${r.email}`}</TableCell>
                <TableCell className="font-mono" data-testid="gift-code-masked">
                  {maskedGiftCode(r.codeLast4)}
                </TableCell>
                <TableCell className="text-right">{r.kind === "GIFT_REDEEM" && r.status !== "redeemed" ? "—" : <Money amount={r.amount} currency={r.currency} />}</TableCell>
                <TableCell>{r.expiresAt ? new Date(r.expiresAt).toLocaleDateString("en-GB") : "—"}</TableCell>
                <TableCell>
                  <RequestStatusBadge status={r.status} />
                </TableCell>
                {canResolve ? <TableCell>{r.resolvable ? <ResolveRequestDialog request={r} /> : null}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
