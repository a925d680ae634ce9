import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { flowOperation } from "@/lib/providers/kvitka/operations/queries";
import { providerMode } from "@/lib/providers/registry";
import { DepositFlow } from "./deposit-flow";

export const metadata: Metadata = { title: "Deposit a code · KvitkaCard" };
export const dynamic = "force-dynamic";

/** `?operation=<id>` resumes a pending deposit (e.g. "Finish" from the live view). */
export default async function DepositPage({ searchParams }: { searchParams: Promise<{ operation?: string }> }) {
  await requirePagePermission("kvitka.deposit");
  const { operation: id } = await searchParams;
  const initial = id ? await flowOperation(id, "DEPOSIT") : null;
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
      <DepositFlow key={initial?.operation.id ?? "new"} initial={initial} sandbox={providerMode("kvitka") === "sandbox"} />
    </div>
  );
}
