import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkDepositLimits } from "@/lib/providers/kvitka/operations/deposit-limits";
import { toOperationDto } from "@/lib/providers/kvitka/operations/operation-dto";
import { providerMode } from "@/lib/providers/registry";
import { DepositFlow } from "./deposit-flow";

export const metadata: Metadata = { title: "Deposit a code · KvitkaCard" };
export const dynamic = "force-dynamic";

/** `?operation=<id>` resumes a pending deposit (e.g. "Finish" from the live view). */
export default async function DepositPage({ searchParams }: { searchParams: Promise<{ operation?: string }> }) {
  await requirePagePermission("kvitka.deposit");
  const { operation: id } = await searchParams;
  const op = id ? await db.kvitkaOperation.findFirst({ where: { id, direction: "DEPOSIT" } }) : null;
  const limits = op?.status === "pending_deposit" && op.pointsAmount ? await checkDepositLimits(op.pointsAmount.toString(), op.id) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Deposit a code"
        description={
          <>
            A customer brings KvitkaCoins from another business as a 16-digit code; we credit our points for it.{" "}
            <Link href="/kvitka" className="underline-offset-4 hover:underline">
              Live operations
            </Link>
          </>
        }
      />
      <DepositFlow key={op?.id ?? "new"} initial={op ? { operation: toOperationDto(op), limits } : null} sandbox={providerMode("kvitka") === "sandbox"} />
    </div>
  );
}
