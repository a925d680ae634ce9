import { createHash } from "node:crypto";
import type { WebhookEvent } from "@prisma/client";
import { systemActor, type AuditContext } from "@/lib/audit/actor";
import { auditTransaction, type AuditEntry } from "@/lib/audit/record";
import { applyStoredEvent, auditSummary } from "./apply";
import { webhookAuditAction, webhookTarget } from "./audit";
import { headersToStore } from "./headers";
import { formatRelatedRecord } from "./related";
import { storeDelivery, type DeliveryRecord } from "./store";
import type { WebhookHandler } from "./types";

/** The `type` stored for a body whose type could not be read. */
export const UNKNOWN_EVENT_TYPE = "unknown";

export interface ReceiveWebhookInput extends WebhookHandler {
  /** The request body exactly as received (never re-serialised: the signature covers these bytes). */
  rawBody: string;
  headers: Headers;
  /** The URL the delivery was sent to (its query may carry a webhook token). */
  url?: URL;
  /** The caller's IP and user agent, for the audit row. */
  context?: AuditContext;
}

export type ReceiveResult =
  | { outcome: "applied"; event: WebhookEvent }
  | { outcome: "failed"; event: WebhookEvent; error: string }
  | { outcome: "duplicate"; event: WebhookEvent }
  | { outcome: "rejected"; event: WebhookEvent; signature: "INVALID" | "MISSING" }
  | { outcome: "unparseable"; event: WebhookEvent; reason: string };

/**
 * The id a delivery is stored under when its own event id cannot be trusted or read: a
 * rejected (unverified) body must not take the slot of the real event id it claims, or a forged
 * delivery sent first would turn the genuine one into a "duplicate" that is never applied. The
 * hash keeps repeats of the same body de-duplicated.
 */
export function bodyEventId(kind: "rejected" | "unparseable", rawBody: string): string {
  return `${kind}:sha256:${createHash("sha256").update(rawBody, "utf8").digest("hex")}`;
}

type AuditFor = Omit<AuditEntry, "actor" | "action" | "target">;

/** Stores the delivery and writes its audit row in one transaction (unless `auditFor` says none). */
async function storeWithAudit(
  input: ReceiveWebhookInput,
  record: DeliveryRecord,
  auditFor: (event: WebhookEvent, duplicate: boolean) => AuditFor | null,
) {
  const action = webhookAuditAction(input.provider, "receive");
  return auditTransaction(async (tx, audit) => {
    const stored = await storeDelivery(tx, record);
    const entry = auditFor(stored.event, stored.duplicate);
    if (entry) {
      await audit({ actor: systemActor(input.context), action, target: webhookTarget(stored.event.id), request: auditSummary(stored.event), ...entry });
    }
    return stored;
  });
}

function repeatNote(event: WebhookEvent, rawBody: string): string {
  const differs = event.rawBody === rawBody ? "" : "; its body differs from the stored one";
  return `delivery ${event.deliveries} of an event already stored, not applied again${differs}`;
}

/**
 * The inbox's entry point for one inbound delivery of any provider: verify → store once per
 * (provider, event id) → apply → audit (`<provider>.webhook.receive`, actor null).
 * - Signature INVALID / MISSING: stored REJECTED under `bodyEventId("rejected", …)`, never
 *   applied; audited DENIED (SIGNATURE_INVALID / SIGNATURE_MISSING). The claimed type is kept for
 *   the inbox; the claimed user and record are not.
 * - Valid but unparseable: stored FAILED under `bodyEventId("unparseable", …)`, audited FAILED.
 * - Valid and parsed, first delivery: stored RECEIVED, then applied (APPLIED or FAILED, see
 *   applyStoredEvent). A repeat of a stored event id only increments `deliveries` (audited,
 *   not applied again), whatever its status.
 * Headers are stored without cookies or credentials. Never throws for the delivery's content;
 * database errors propagate.
 * Source: the webhook inbox issue; Kard guide "Notifications" (the id is the idempotency key).
 */
export async function receiveWebhook(input: ReceiveWebhookInput): Promise<ReceiveResult> {
  const { provider, rawBody } = input;
  const signature = input.verify(rawBody, input.headers, input.url);
  const parsed = input.parse(rawBody);
  const base = { provider, rawBody, headers: headersToStore(input.headers), signatureStatus: signature };

  if (signature !== "VALID") {
    const error = signature === "MISSING" ? "No signature header: not applied." : "The signature does not match the body: not applied.";
    const { event } = await storeWithAudit(
      input,
      { ...base, eventId: bodyEventId("rejected", rawBody), type: parsed.ok ? parsed.event.type : UNKNOWN_EVENT_TYPE, status: "REJECTED", error },
      (event, duplicate) => ({ outcome: "DENIED", errorCode: `SIGNATURE_${signature}`, message: duplicate ? `${error} (${repeatNote(event, rawBody)})` : error }),
    );
    return { outcome: "rejected", event, signature };
  }

  if (!parsed.ok) {
    const { event } = await storeWithAudit(
      input,
      { ...base, eventId: bodyEventId("unparseable", rawBody), type: UNKNOWN_EVENT_TYPE, status: "FAILED", error: parsed.reason },
      (event, duplicate) => ({ outcome: "FAILED", errorCode: "UNPARSEABLE", message: duplicate ? `${parsed.reason} (${repeatNote(event, rawBody)})` : parsed.reason }),
    );
    return { outcome: "unparseable", event, reason: parsed.reason };
  }

  const { event, duplicate } = await storeWithAudit(
    input,
    {
      ...base,
      eventId: parsed.event.eventId,
      type: parsed.event.type,
      status: "RECEIVED",
      relatedUserId: parsed.event.relatedUserId ?? null,
      relatedRecord: formatRelatedRecord(parsed.event.relatedRecord),
    },
    (event, duplicate) => (duplicate ? { outcome: "SUCCEEDED", message: repeatNote(event, rawBody) } : null),
  );
  if (duplicate) return { outcome: "duplicate", event };

  const applied = await applyStoredEvent(input, event, parsed.event, { verb: "receive", actor: systemActor(input.context) });
  return applied.ok ? { outcome: "applied", event: applied.event } : { outcome: "failed", event: applied.event, error: applied.error };
}
