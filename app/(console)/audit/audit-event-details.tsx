import type { AuditEvent } from "@prisma/client";
import { JsonViewer } from "@/components/ui/json-viewer";
import { KeyValue } from "@/components/ui/key-value";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { formatUtc } from "./format-utc";

/** A stored summary is redacted JSON, unless it was cut at the size cap (then it no longer parses). */
function parseSummary(text: string): { json: unknown } | null {
  try {
    return { json: JSON.parse(text) };
  } catch {
    return null;
  }
}

function Summary({ text, label }: { text: string; label: string }) {
  const parsed = parseSummary(text);
  if (parsed) return <JsonViewer data={parsed.json} label={label} expandDepth={3} />;
  return (
    <pre aria-label={label} className="overflow-x-auto rounded-md border bg-muted/40 p-3 font-mono text-xs break-all whitespace-pre-wrap">
      {text}
    </pre>
  );
}

const mono = (value: string | null) => (value ? <code className="font-mono text-xs break-all">{value}</code> : null);

/** Every stored field of one audit row, with the request and response summaries pretty-printed. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  return (
    <div className="space-y-4">
      <KeyValue
        items={[
          { label: "Sequence", value: String(event.seq) },
          { label: "Event id", value: mono(event.id) },
          { label: "Time (UTC)", value: <time dateTime={event.createdAt.toISOString()}>{formatUtc(event.createdAt)}</time> },
          { label: "Actor", value: event.actorEmail ? `${event.actorEmail} (${event.role ?? "no role"})` : "system" },
          { label: "Actor id", value: mono(event.actorId) },
          { label: "Action", value: mono(event.action) },
          { label: "Provider", value: event.provider },
          { label: "Target", value: mono(event.target) },
          { label: "Outcome", value: <AuditOutcomeBadge outcome={event.outcome} /> },
          { label: "Error code", value: mono(event.errorCode) },
          { label: "Message", value: event.message },
          { label: "Idempotency key", value: mono(event.idempotencyKey) },
          { label: "Duration", value: event.durationMs == null ? null : `${event.durationMs} ms` },
          { label: "IP", value: mono(event.ip) },
          { label: "User agent", value: event.userAgent },
          { label: "Previous hash", value: mono(event.prevHash) },
          { label: "Hash", value: mono(event.hash) },
        ]}
      />
      <section className="space-y-2">
        <h3 className="text-sm font-medium">Request</h3>
        {event.requestSummary ? <Summary text={event.requestSummary} label="Request summary" /> : <p className="text-sm text-muted-foreground">None recorded.</p>}
      </section>
      <section className="space-y-2">
        <h3 className="text-sm font-medium">Response</h3>
        {event.responseSummary ? <Summary text={event.responseSummary} label="Response summary" /> : <p className="text-sm text-muted-foreground">None recorded.</p>}
      </section>
    </div>
  );
}
