import type { Metadata } from "next";
import Link from "next/link";
import { AuditTimeline } from "@/components/audit/audit-timeline";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { providerModes } from "@/lib/providers/registry";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const staff = await requirePagePermission("overview.read");
  const [orderCounts, recent] = await Promise.all([
    db.giftCardOrder.groupBy({ by: ["status"], _count: { _all: true } }),
    can(staff.role, "audit.read") ? db.auditEvent.findMany({ orderBy: { seq: "desc" }, take: 8 }) : Promise.resolve([]),
  ]);
  const count = (status: string) => orderCounts.find((g) => g.status === status)?._count._all ?? 0;
  const kpis = [
    { label: "Gift card orders", value: orderCounts.reduce((a, g) => a + g._count._all, 0), href: "/gift-cards/orders" },
    { label: "Fulfilled", value: count("FULFILLED"), href: "/gift-cards/orders?status=FULFILLED" },
    { label: "Waiting on KTN", value: count("PENDING") + count("PROCESSING"), href: "/gift-cards/orders?status=PROCESSING" },
    { label: "Unknown outcome", value: count("UNKNOWN"), href: "/gift-cards/orders?status=UNKNOWN" },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={`Hello, ${staff.name}`} description="What is happening across your providers." />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {kpis.map((k) => (
          <Link key={k.label} href={k.href} className="rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring">
            <Card className="transition-colors hover:bg-accent/50">
              <CardHeader>
                <CardDescription>{k.label}</CardDescription>
                <CardTitle className="text-3xl tabular-nums">{k.value}</CardTitle>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        {can(staff.role, "audit.read") ? (
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
