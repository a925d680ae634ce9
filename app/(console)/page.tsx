import type { Metadata } from "next";
import Link from "next/link";
import { AuditTimeline } from "@/components/audit/audit-timeline";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { queryAuditEvents } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { providerModes } from "@/lib/providers/registry";
import { GiftCardFigures } from "./gift-cards/overview-figures";
import { KvitkaFigures } from "./kvitka/overview-figures";
import { KazawalletFigures } from "./wallet/overview-figures";
import { OpenLoyaltyFigures } from "./prepaid/overview-figures";

export const metadata: Metadata = { title: "Overview" };

/**
 * The overview: each provider's figures (one section per provider, from its own queries, shown
 * to those who may read that provider), the latest audit rows and every provider's mode.
 */
export default async function OverviewPage() {
  const staff = await requirePagePermission("overview.read");
  const readsAudit = can(staff.role, "audit.read");
  const recent = readsAudit ? (await queryAuditEvents({ limit: 8 })).events : [];
  return (
    <div className="space-y-6">
      <PageHeader title={`Hello, ${staff.name}`} description="What is happening across your providers." />
      {can(staff.role, "giftCards.read") ? <GiftCardFigures /> : null}
      {can(staff.role, "kvitka.read") ? <KvitkaFigures /> : null}
      {can(staff.role, "kazawallet.read") ? <KazawalletFigures /> : null}
      {can(staff.role, "openLoyalty.read") ? <OpenLoyaltyFigures /> : null}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        {readsAudit ? (
          <Card>
            <CardHeader>
              <CardTitle className="text-base">Recent activity</CardTitle>
              <CardDescription>
                The latest audit rows. <Link href="/audit" className="underline underline-offset-4">Full history</Link>
              </CardDescription>
            </CardHeader>
            <CardContent>
              <AuditTimeline events={recent} />
            </CardContent>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Providers</CardTitle>
            <CardDescription>Live when credentials are configured; the built-in sandbox otherwise.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="space-y-2 text-sm">
              {providerModes().map((p) => (
                <li key={p.slug} className="flex justify-between">
                  <span>{p.name}</span>
                  <span className={p.mode === "live" ? "font-medium text-destructive" : "text-muted-foreground"}>
                    {p.available ? p.mode.toUpperCase() : "NOT CONNECTED"}
                  </span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
