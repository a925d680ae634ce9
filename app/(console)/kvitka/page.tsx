import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { limiterSnapshot, listOperations } from "@/lib/providers/kvitka/operations/queries";
import { LimiterCard } from "./limiter-card";
import { LiveOperations } from "./live-operations";

export const metadata: Metadata = { title: "KvitkaCard operations" };
export const dynamic = "force-dynamic";

export default async function KvitkaOperationsPage() {
  const staff = await requirePagePermission("kvitka.read");
  const [operations, limiter] = await Promise.all([listOperations(), limiterSnapshot()]);
  const permissions = {
    withdraw: can(staff.role, "kvitka.withdraw"),
    deposit: can(staff.role, "kvitka.deposit"),
    resolve: can(staff.role, "kvitka.operations.resolve"),
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title="KvitkaCard operations"
        description="Points exchanged through KvitkaCard, live. An operation left initiated or pending is highlighted with what finishes it."
        actions={
          <>
            {permissions.withdraw ? (
              <Button asChild variant="outline">
                <Link href="/kvitka/withdraw">Withdraw points</Link>
              </Button>
            ) : null}
            {permissions.deposit ? (
              <Button asChild>
                <Link href="/kvitka/deposit">Deposit a code</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <LimiterCard initial={limiter} />
      <LiveOperations initial={operations} can={permissions} />
    </div>
  );
}
