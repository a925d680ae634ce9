import { Download, ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryAuditEvents } from "@/lib/audit/query";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { AuditEventsTable } from "./audit-events-table";
import { AuditFilterForm } from "./audit-filter-form";
import { auditExportHref, auditPageHref, readAuditSearchParams } from "./audit-search-params";
import { ChainIntegrityCard } from "./chain-integrity-card";

export const metadata: Metadata = { title: "Audit history" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requirePagePermission("audit.read");
  const { query, filter, ignored } = readAuditSearchParams(await searchParams);
  const { events, nextCursor } = await queryAuditEvents(filter);
  const { cursor, ...filterOnly } = query;
  const filtered = Object.keys(filterOnly).length > 0;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit history"
        description="Every sign-in, provider call, refusal and staff change, newest first. Times are UTC."
        actions={
          can(staff.role, "audit.export") ? (
            <Button variant="outline" asChild>
              <a href={auditExportHref(query)} download>
                <Download className="size-4" aria-hidden /> Export CSV
              </a>
            </Button>
          ) : null
        }
      />
      <ChainIntegrityCard />
      <AuditFilterForm query={query} />
      {ignored.length > 0 ? (
        <p role="alert" className="rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
          Ignored a filter value that is not valid: {ignored.join(", ")}.
        </p>
      ) : null}
      {events.length === 0 ? (
        <EmptyState
          icon={ScrollText}
          title={filtered || cursor ? "No event matches" : "No events yet"}
          description={filtered ? "Widen the dates or clear a filter." : "Events appear here as staff sign in and act."}
          action={
            filtered ? (
              <Button variant="outline" asChild>
                <Link href="/audit">Clear filters</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <AuditEventsTable events={events} />
      )}
      <nav aria-label="Pages" className="flex justify-end gap-2">
        {cursor ? (
          <Button variant="outline" asChild>
            <Link href={auditPageHref(filterOnly)}>First page</Link>
          </Button>
        ) : null}
        {nextCursor ? (
          <Button variant="outline" asChild>
            <Link href={auditPageHref({ ...filterOnly, cursor: String(nextCursor) })}>Next page</Link>
          </Button>
        ) : null}
      </nav>
    </div>
  );
}
