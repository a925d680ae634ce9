import type { AuditEvent } from "@prisma/client";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const OUTCOMES: StatusVariantMap = {
  REQUESTED: "secondary",
  SUCCEEDED: "success",
  FAILED: "destructive",
  UNKNOWN: "warning",
  DENIED: "destructive",
};

/** A record's history from its audit rows, oldest first. */
export function AuditTimeline({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-muted-foreground">No recorded steps yet.</p>;
  return (
    <ol className="relative space-y-4 border-l pl-5" aria-label="Timeline">
      {events.map((e) => (
        <li key={e.id} className="relative" data-testid="timeline-entry">
          <span className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full border-2 border-background bg-primary" aria-hidden />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <code className="font-mono">{e.action}</code>
            <StatusBadge status={e.outcome} variants={OUTCOMES} />
            <time className="text-xs text-muted-foreground" dateTime={e.createdAt.toISOString()}>
              {e.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
            </time>
          </div>
          <p className="text-xs text-muted-foreground">
            {e.actorEmail ?? "console"}
            {e.durationMs != null ? ` · ${e.durationMs} ms` : ""}
            {e.errorCode ? ` · ${e.errorCode}` : ""}
            {e.message ? ` · ${e.message}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A detail page's "Timeline" card over a record's audit trail. */
export function AuditTimelineCard({ events, title = "Timeline" }: { events: AuditEvent[]; title?: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-base">{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <AuditTimeline events={events} />
      </CardContent>
    </Card>
  );
}
