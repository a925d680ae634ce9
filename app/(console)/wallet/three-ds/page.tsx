import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { pendingThreeDs } from "@/lib/providers/kazawallet/operations/queries";
import { ThreeDsList } from "../three-ds-list";

export const metadata: Metadata = { title: "Kazawallet 3DS confirmations" };
export const dynamic = "force-dynamic";

export default async function ThreeDsPage() {
  const staff = await requirePagePermission("kazawallet.read");
  const items = await pendingThreeDs();
  return (
    <div className="space-y-6">
      <PageHeader title="3DS confirmations" description="Card payments waiting for a 3DS code, each confirmed against Kazawallet's API before it is listed. Validating sends the code Kazawallet sent with the event." />
      <ThreeDsList items={items} canValidate={can(staff.role, "kazawallet.threeDs.validate")} />
    </div>
  );
}
