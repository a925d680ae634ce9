import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimelineCard } from "@/components/audit/audit-timeline";
import { auditTrail } from "@/lib/audit/query";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { KeyValue } from "@/components/ui/key-value";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { operationTarget } from "@/lib/providers/kvitka/operations/operation-record";
import { operationDetail } from "@/lib/providers/kvitka/operations/queries";
import { OperationNotes } from "../../operation-notes";
import { OperationStatusBadge } from "../../operation-status-badge";
import { OperationActions } from "./operation-actions";
import { OperationLive } from "./operation-live";

export const metadata: Metadata = { title: "KvitkaCard operation" };
export const dynamic = "force-dynamic";

const when = (iso: string | null) => (iso ? `${iso.replace("T", " ").slice(0, 19)} UTC` : null);

export default async function OperationPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePagePermission("kvitka.read");
  const { id } = await params;
  const dto = await operationDetail(id);
  if (!dto) notFound();
  const events = await auditTrail(operationTarget(dto));

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {dto.direction === "WITHDRAW" ? "Withdrawal" : "Deposit"} {dto.providerOperationId ? `#${dto.providerOperationId}` : ""}
            <OperationStatusBadge status={dto.status} />
          </span>
        }
        description={
          <>
            <Link href="/kvitka" className="underline-offset-4 hover:underline">
              Live operations
            </Link>{" "}
            · started by {dto.createdByEmail ?? "unknown"}
          </>
        }
      />
      <OperationLive operation={dto} />
      <OperationNotes operation={dto} />
      <OperationActions
        operation={dto}
        can={{ withdraw: can(staff.role, "kvitka.withdraw"), deposit: can(staff.role, "kvitka.deposit"), resolve: can(staff.role, "kvitka.operations.resolve") }}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Operation</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValue
              items={[
                { label: "Customer", value: dto.customerRef },
                { label: "Points", value: dto.pointsAmount ? `${dto.pointsAmount} points` : null },
                { label: "KvitkaCoins", value: dto.amountKc ? `${dto.amountKc} KC` : null },
                { label: "Code", value: dto.codeMasked ? <span className="font-mono">{dto.codeMasked}</span> : null },
                { label: "Code shown", value: when(dto.codeShownAt) },
                { label: "Settled", value: when(dto.settledAt) },
                { label: "Step awaiting an answer", value: dto.pendingStep?.replace("_", " ") },
                { label: "Reason", value: dto.reason },
                { label: "Record id", value: <span className="font-mono text-xs">{dto.id}</span> },
              ]}
            />
          </CardContent>
        </Card>
        <AuditTimelineCard events={events} />
      </div>
    </div>
  );
}
