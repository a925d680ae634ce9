import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimelineCard } from "@/components/audit/audit-timeline";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { KeyValue } from "@/components/ui/key-value";
import { PageHeader } from "@/components/ui/page-header";
import { auditTrail } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { transactionDetail } from "@/lib/providers/open-loyalty/operations/queries";
import { transactionTarget } from "@/lib/providers/open-loyalty/operations/transaction-record";
import { TransactionStatusBadge } from "../../transaction-status-badge";
import { ReconcileButton } from "../../transaction-actions";

export const metadata: Metadata = { title: "Prepaid transaction · Open Loyalty Pay" };
export const dynamic = "force-dynamic";

const when = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 19)} UTC` : null);

/** One transaction: what was asked and approved, its ids, its original and follow-ups, reconciliation, its audit trail. */
export default async function TransactionPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePagePermission("openLoyalty.read");
  const { id } = await params;
  const detail = await transactionDetail(id);
  if (!detail) notFound();
  const { transaction: t, original, followUps } = detail;
  const events = await auditTrail(transactionTarget(t));
  const cardHref = `/prepaid/card?account=${encodeURIComponent(detail.accountId)}&entry=${detail.entryType}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {t.kindLabel} <TransactionStatusBadge status={t.status} voided={Boolean(t.voidedAt)} />
          </span>
        }
        description={
          <>
            <Link href={cardHref} className="underline-offset-4 hover:underline">
              Card {t.accountMasked}
            </Link>{" "}
            · by {t.createdByEmail ?? "unknown"}
          </>
        }
      />
      {t.can.reconcile ? (
        <Card className="border-warning/50 bg-warning-soft">
          <CardContent className="flex flex-wrap items-center justify-between gap-3 pt-6 text-sm">
            <p>
              The outcome is {t.status}. Reconciling reads the card and, only when that is safe, sends this same request again under its own order number{" "}
              <span className="font-mono">{t.tranOrderNo}</span> — never a new one.
            </p>
            {can(staff.role, "openLoyalty.reconcile") ? <ReconcileButton transaction={t} /> : null}
          </CardContent>
        </Card>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Transaction</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValue
              items={[
                { label: "Asked", value: `${t.amount} ${t.unit}` },
                { label: "Approved", value: t.approvedAmount ? `${t.approvedAmount} ${t.unit}` : null },
                { label: "Partial allowed (nsfAllowed)", value: t.kind === "PAY" ? (t.nsfAllowed ? "yes" : "no") : null },
                { label: "Our order number", value: <span className="font-mono">{t.tranOrderNo}</span> },
                { label: "checkoutId", value: t.checkoutId ? <span className="font-mono">{t.checkoutId}</span> : null },
                { label: "Created", value: when(t.createdAt) },
                { label: "Voided", value: when(t.voidedAt) },
                { label: "Last error", value: t.lastErrorMessage ? `${t.lastErrorCode}: ${t.lastErrorMessage}` : null },
                {
                  label: "Original",
                  value: original ? (
                    <Link href={`/prepaid/transactions/${original.id}`} className="underline-offset-4 hover:underline">
                      {original.kindLabel} of {original.approvedAmount ?? original.amount} {original.unit}
                    </Link>
                  ) : null,
                },
                {
                  label: "Voids and tips",
                  key: "follow-ups",
                  value: followUps.length
                    ? followUps.map((f) => (
                        <Link key={f.id} href={`/prepaid/transactions/${f.id}`} className="block underline-offset-4 hover:underline">
                          {f.kindLabel} of {f.approvedAmount ?? f.amount} {f.unit} ({f.status})
                        </Link>
                      ))
                    : null,
                },
              ]}
            />
          </CardContent>
        </Card>
        <AuditTimelineCard events={events} />
      </div>
    </div>
  );
}
