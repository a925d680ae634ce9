import type { AuditEvent } from "@prisma/client";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AuditEventDetails } from "./audit-event-details";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { EventSheet } from "./event-sheet";
import { formatUtc } from "./format-utc";

const dash = <span className="text-muted-foreground">—</span>;

/** One page of audit rows; each opens its full record in a side sheet. */
export function AuditEventsTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Time (UTC)</TableHead>
            <TableHead>Actor</TableHead>
            <TableHead>Action</TableHead>
            <TableHead>Provider</TableHead>
            <TableHead>Target</TableHead>
            <TableHead>Outcome</TableHead>
            <TableHead>Error</TableHead>
            <TableHead className="text-right">Duration</TableHead>
            <TableHead>IP</TableHead>
            <TableHead>
              <span className="sr-only">Details</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((e) => (
            <TableRow key={e.id} data-testid="audit-row" data-seq={e.seq}>
              <TableCell className="font-mono text-xs">
                <time dateTime={e.createdAt.toISOString()} className="grid whitespace-nowrap">
                  <span>{formatUtc(e.createdAt).slice(0, 10)}</span>
                  <span className="text-muted-foreground">{formatUtc(e.createdAt).slice(11)}</span>
                </time>
              </TableCell>
              <TableCell className="max-w-44">
                {e.actorEmail ? (
                  <>
                    <span className="block truncate" title={e.actorEmail}>
                      {e.actorEmail}
                    </span>
                    <span className="block text-xs text-muted-foreground">{e.role}</span>
                  </>
                ) : (
                  <span className="text-muted-foreground">system</span>
                )}
              </TableCell>
              <TableCell className="font-mono text-xs">{e.action}</TableCell>
              <TableCell>{e.provider ?? dash}</TableCell>
              <TableCell className="max-w-28 truncate font-mono text-xs" title={e.target ?? undefined}>
                {e.target ?? dash}
              </TableCell>
              <TableCell>
                <AuditOutcomeBadge outcome={e.outcome} />
              </TableCell>
              <TableCell className="max-w-44 min-w-28 text-xs whitespace-normal">
                {e.errorCode || e.message ? (
                  <>
                    {e.errorCode ? <code className="block font-mono">{e.errorCode}</code> : null}
                    {e.message ? (
                      <span className="line-clamp-2 text-muted-foreground" title={e.message}>
                        {e.message}
                      </span>
                    ) : null}
                  </>
                ) : (
                  dash
                )}
              </TableCell>
              <TableCell className="text-right tabular-nums">{e.durationMs == null ? dash : `${e.durationMs} ms`}</TableCell>
              <TableCell className="font-mono text-xs">{e.ip ?? dash}</TableCell>
              <TableCell>
                <EventSheet seq={e.seq} title={e.action} description={`Event ${e.seq} · ${formatUtc(e.createdAt)} UTC`}>
                  <AuditEventDetails event={e} />
                </EventSheet>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
