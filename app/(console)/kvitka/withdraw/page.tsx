import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { flowOperation } from "@/lib/providers/kvitka/operations/queries";
import { WithdrawFlow } from "./withdraw-flow";

export const metadata: Metadata = { title: "Withdraw points · KvitkaCard" };
export const dynamic = "force-dynamic";

/** `?operation=<id>` resumes a withdrawal (e.g. "Finish" from the live view); its code stays masked. */
export default async function WithdrawPage({ searchParams }: { searchParams: Promise<{ operation?: string }> }) {
  const staff = await requirePagePermission("kvitka.withdraw");
  const { operation: id } = await searchParams;
  const operation = id ? (await flowOperation(id, "WITHDRAW"))?.operation : undefined;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Withdraw points"
        description={
          <>
            The customer&apos;s points become KvitkaCoins, carried by a single-use code they can spend at another business.{" "}
            <Link href="/kvitka" className="underline-offset-4 hover:underline">
              Live operations
            </Link>
          </>
        }
      />
      <WithdrawFlow key={operation?.id ?? "new"} initial={operation ?? null} canAbandon={can(staff.role, "kvitka.operations.resolve")} />
    </div>
  );
}
