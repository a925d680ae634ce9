import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimelineCard } from "@/components/audit/audit-timeline";
import { auditTrail } from "@/lib/audit/query";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { JsonViewer } from "@/components/ui/json-viewer";
import { KeyValue } from "@/components/ui/key-value";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { webhookTarget } from "@/lib/webhooks/audit";
import { webhookHandlerFor } from "@/lib/webhooks/handlers";
import { toWebhookEventRow, webhookEventById } from "@/lib/webhooks/queries";
import { SignatureBadge, WebhookStatusBadge } from "../webhook-badges";
import { ReprocessButton } from "./reprocess-button";

export const metadata: Metadata = { title: "Webhook event" };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const utc = (date: Date | null) => (date ? `${date.toISOString().replace("T", " ").slice(0, 19)} UTC` : null);

export default async function WebhookEventPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePagePermission("webhooks.read");
  const { id } = await params;
  const event = await webhookEventById(id);
  if (!event) notFound();
  const timeline = await auditTrail(webhookTarget(event.id));
  const row = toWebhookEventRow(event);
  const payload = parseJson(event.rawBody);
  const headers = parseJson(event.headers);
  const canReprocess = can(staff.role, "webhooks.reprocess") && webhookHandlerFor(event.provider) !== undefined;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="font-mono">{event.type}</span>
            <SignatureBadge status={event.signatureStatus} />
            <WebhookStatusBadge status={event.status} />
          </span>
        }
        description={
          <>
            <Link href="/webhooks" className="underline-offset-4 hover:underline">
              Webhook inbox
            </Link>{" "}
            · {row.providerName} · received {utc(event.receivedAt)}
          </>
        }
        actions={canReprocess ? <ReprocessButton eventId={event.id} rejected={event.status === "REJECTED"} /> : null}
      />
      {event.status === "REJECTED" ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 p-3 text-sm">
          {event.signatureStatus === "MISSING" ? "This delivery carried no signature" : "This delivery's signature does not match its body"}, so
          nothing in it was applied and its claimed user and record are not shown. If the provider&apos;s webhook key was
          misconfigured, fix it and re-process the event.
        </p>
      ) : event.error ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 p-3 text-sm">
          Processing error: {event.error}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="text-base">Event</CardTitle>
          </CardHeader>
          <CardContent>
            <KeyValue
              items={[
                { label: "Provider", value: row.providerName },
                { label: "Event id", value: <span className="font-mono text-xs break-all">{event.eventId}</span> },
                { label: "Type", value: <span className="font-mono">{event.type}</span> },
                { label: "Signature", value: <SignatureBadge status={event.signatureStatus} /> },
                { label: "Status", value: <WebhookStatusBadge status={event.status} /> },
                { label: "Deliveries", value: <span className="tabular-nums">{event.deliveries}</span> },
                { label: "Received", value: utc(event.receivedAt) },
                { label: "Processed", value: utc(event.processedAt) },
                {
                  label: "Related user",
                  value: row.relatedUserHref ? (
                    <Link href={row.relatedUserHref} className="font-mono underline-offset-4 hover:underline">
                      {row.relatedUserId}
                    </Link>
                  ) : (
                    row.relatedUserId && <span className="font-mono">{row.relatedUserId}</span>
                  ),
                },
                {
                  label: "Related record",
                  value: row.relatedRecord && (
                    <>
                      {row.relatedRecord.type} <span className="font-mono">{row.relatedRecord.id}</span>
                    </>
                  ),
                },
              ]}
            />
          </CardContent>
        </Card>
        <AuditTimelineCard events={timeline} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Payload</CardTitle>
          <CardDescription>The body as received; the signature covers these exact bytes (shown raw below).</CardDescription>
        </CardHeader>
        <CardContent className="space-y-3">
          {payload.ok ? (
            <JsonViewer data={payload.value} label="Webhook payload" expandDepth={3} />
          ) : (
            <p className="text-sm text-muted-foreground">The body is not JSON.</p>
          )}
          <details>
            <summary className="cursor-pointer text-sm text-muted-foreground">Raw body ({Buffer.byteLength(event.rawBody, "utf8")} bytes)</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-all">{event.rawBody}</pre>
          </details>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Headers</CardTitle>
          <CardDescription>As received, without cookies or credentials. The signature header is kept so the event can be verified again.</CardDescription>
        </CardHeader>
        <CardContent>
          <JsonViewer data={headers.ok ? headers.value : {}} label="Webhook headers" expandDepth={1} />
        </CardContent>
      </Card>
    </div>
  );
}
