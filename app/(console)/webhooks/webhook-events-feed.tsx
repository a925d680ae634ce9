"use client";

import { useQuery } from "@tanstack/react-query";
import type { ColumnDef } from "@tanstack/react-table";
import { Webhook } from "lucide-react";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { WebhookFilter } from "@/lib/webhooks/filters";
import type { WebhookEventRow } from "@/lib/webhooks/queries";
import { webhookKeys } from "./query-keys";
import { SignatureBadge, WebhookStatusBadge } from "./webhook-badges";

export interface WebhookEventsPage {
  events: WebhookEventRow[];
  truncated: boolean;
  limit: number;
}

const POLL_MS = 3_000;

const columns: ColumnDef<WebhookEventRow>[] = [
  {
    accessorKey: "receivedAt",
    header: "Received",
    cell: ({ row }) => <RelativeTime date={row.original.receivedAt} refreshMs={15_000} />,
  },
  { accessorKey: "providerName", header: "Provider" },
  {
    accessorKey: "type",
    header: "Type",
    cell: ({ row }) => (
      <Link href={`/webhooks/${row.original.id}`} className="font-mono text-xs underline-offset-4 hover:underline">
        {row.original.type}
      </Link>
    ),
  },
  { accessorKey: "signatureStatus", header: "Signature", cell: ({ row }) => <SignatureBadge status={row.original.signatureStatus} /> },
  {
    accessorKey: "status",
    header: "Status",
    cell: ({ row }) => (
      <span title={row.original.error ?? undefined}>
        <WebhookStatusBadge status={row.original.status} />
      </span>
    ),
  },
  {
    id: "related",
    header: "Related",
    accessorFn: (e) => [e.relatedUserId, e.relatedRecord ? `${e.relatedRecord.type}:${e.relatedRecord.id}` : null].filter(Boolean).join(" "),
    cell: ({ row }) => <Related event={row.original} />,
  },
  { accessorKey: "deliveries", header: "Deliveries", meta: { className: "text-right tabular-nums" } },
  {
    accessorKey: "eventId",
    header: "Event id",
    cell: ({ row }) => (
      <span className="block max-w-40 truncate font-mono text-xs" title={row.original.eventId}>
        {row.original.eventId}
      </span>
    ),
  },
];

function Related({ event }: { event: WebhookEventRow }) {
  if (!event.relatedUserId && !event.relatedRecord) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="grid gap-0.5 text-xs">
      {event.relatedUserId ? (
        event.relatedUserHref ? (
          <Link href={event.relatedUserHref} className="font-mono underline-offset-4 hover:underline">
            {event.relatedUserId}
          </Link>
        ) : (
          <span className="font-mono">{event.relatedUserId}</span>
        )
      ) : null}
      {event.relatedRecord ? (
        <span className="text-muted-foreground">
          {event.relatedRecord.type} <span className="font-mono">{event.relatedRecord.id}</span>
        </span>
      ) : null}
    </div>
  );
}

/**
 * The inbox table, kept live: polls GET /api/webhook-events every 3 s (while the tab is
 * visible) with the page's filter, starting from the server-rendered rows.
 */
export function WebhookEventsFeed({
  filter,
  queryString,
  initial,
  kardWebhookUrl,
}: {
  filter: WebhookFilter;
  queryString: string;
  initial: WebhookEventsPage;
  kardWebhookUrl: string;
}) {
  const { data, error } = useQuery({
    queryKey: webhookKeys.list(filter),
    queryFn: async (): Promise<WebhookEventsPage> => {
      const res = await fetch(`/api/webhook-events${queryString ? `?${queryString}` : ""}`, { cache: "no-store" });
      if (!res.ok) throw new Error(`the inbox route answered ${res.status}`);
      return res.json();
    },
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const filtered = queryString !== "";

  return (
    <div className="space-y-2">
      <p className="text-xs text-muted-foreground" role="status">
        {error ? `Could not refresh (${error.message}); retrying every 3 s.` : "Live: refreshes every 3 s."}
        {data.truncated ? ` Showing the newest ${data.limit} events; narrow the filters to see older ones.` : ""}
      </p>
      <DataTable
        columns={columns}
        data={data.events}
        caption="Webhook events"
        getRowId={(e) => e.id}
        getRowHref={(e) => `/webhooks/${e.id}`}
        filterPlaceholder="Filter by type, user, record or event id…"
        csvFilename="webhook-events.csv"
        initialPageSize={25}
        emptyState={
          filtered ? (
            <EmptyState
              icon={Webhook}
              title="No event matches these filters"
              action={
                <Button variant="outline" asChild>
                  <Link href="/webhooks">Clear filters</Link>
                </Button>
              }
              className="border-0"
            />
          ) : (
            <EmptyState
              icon={Webhook}
              title="No webhooks received yet"
              description={
                <>
                  Kard sends notifications to the URLs registered under Kard → Subscriptions. Register{" "}
                  <code className="font-mono">{kardWebhookUrl}</code> for each event type: every delivery (applied, rejected or
                  repeated) shows up here within seconds.
                </>
              }
              action={
                <Button variant="outline" asChild>
                  <Link href="/kard/subscriptions">Open Kard subscriptions</Link>
                </Button>
              }
              className="border-0"
            />
          )
        }
      />
    </div>
  );
}
