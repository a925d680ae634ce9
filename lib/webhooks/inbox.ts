import { createHash } from "node:crypto";
import type { WebhookEvent } from "@prisma/client";
import { systemActor, type AuditContext } from "@/lib/audit/actor";
import { createGroupCommit } from "@/lib/audit/group-commit";
import { auditBatchTransaction, auditTransaction, type AuditEntry } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { applyReceivedEvent, auditSummary } from "./apply";
import { applyAfterAnswer } from "./apply-queue";
import { webhookAuditAction, webhookTarget } from "./audit";
import { headersToStore } from "./headers";
import { rejectedDeliveryRetryAfter } from "./rejection-limit";
import { formatRelatedRecord } from "./related";
import { pruneRejectedWebhookEventsNow } from "./retention";
import { storeDeliveries, storeDelivery, type DeliveryRecord } from "./store";
import type { SignatureStatus, WebhookHandler } from "./types";

/** The `type` stored for a body whose type could not be read. */
export const UNKNOWN_EVENT_TYPE = "unknown";

/** How much of a rejected (unverified) body is kept, in UTF-8 bytes; its digest and size are kept whole. */
export const REJECTED_BODY_KEPT_BYTES = 4096;
/** How much of a rejected delivery's stored headers (JSON) is kept, in characters. */
const REJECTED_HEADERS_KEPT_CHARS = 4096;

export interface ReceiveWebhookInput extends WebhookHandler {
  /** The request body exactly as received (never re-serialised: the signature covers these bytes). */
  rawBody: string;
  headers: Headers;
  /** The URL the delivery was sent to (its query may carry a webhook token). */
  url?: URL;
  /** The caller's IP and user agent, for the audit row. */
  context?: AuditContext;
  /** The signature status when already checked (receiveUntrustedWebhook); verified here otherwise. */
  signature?: SignatureStatus;
  /**
   * true (the webhook route): a new event is applied after the answer (apply-queue.ts) and the
   * result is "stored"; otherwise it is applied before returning.
   */
  applyAfterAnswer?: boolean;
}

export type ReceiveResult =
  | { outcome: "stored"; event: WebhookEvent }
  | { outcome: "applied"; event: WebhookEvent }
  | { outcome: "failed"; event: WebhookEvent; error: string }
  | { outcome: "duplicate"; event: WebhookEvent }
  | { outcome: "rejected"; event: WebhookEvent; signature: "INVALID" | "MISSING" }
  | { outcome: "unparseable"; event: WebhookEvent; reason: string };

/** A delivery whose signature did not verify from a source over its budget: answered 429, not stored. */
export type ThrottledDelivery = { outcome: "throttled"; signature: "INVALID" | "MISSING"; retryAfterSeconds: number };

/**
 * The id a delivery is stored under when its own event id cannot be trusted or read: a
 * rejected (unverified) body must not take the slot of the real event id it claims, or a forged
 * delivery sent first would turn the genuine one into a "duplicate" that is never applied. The
 * hash keeps repeats of the same body de-duplicated.
 */
export function bodyEventId(kind: "rejected" | "unparseable", rawBody: string): string {
  return `${kind}:sha256:${sha256(rawBody)}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The first `maxBytes` UTF-8 bytes of `text`, not splitting a character. */
function utf8Prefix(text: string, maxBytes: number): string {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}

type AuditFor = Omit<AuditEntry, "actor" | "action" | "target">;

type Delivery = { input: ReceiveWebhookInput; record: DeliveryRecord; auditFor: (event: WebhookEvent, duplicate: boolean) => AuditFor };
type Stored = { event: WebhookEvent; duplicate: boolean };

function receiveAudit({ input, auditFor }: Delivery, { event, duplicate }: Stored): AuditEntry {
  const action = webhookAuditAction(input.provider, "receive");
  return { actor: systemActor(input.context), action, target: webhookTarget(event.id), request: auditSummary(event), ...auditFor(event, duplicate) };
}

/**
 * Stores a delivery and writes its audit row in one transaction, group-committed with the
 * deliveries arriving meanwhile (lib/audit/group-commit.ts, storeDeliveries).
 */
const storeWithAudit = createGroupCommit<Delivery, Stored>({
  commit: (deliveries) =>
    auditBatchTransaction(async (tx, audit) => {
      const stored = await storeDeliveries(tx, deliveries.map((d) => d.record));
      stored.forEach((s, i) => audit(receiveAudit(deliveries[i], s)));
      return stored;
    }),
  alone: (delivery) =>
    auditTransaction(async (tx, audit) => {
      const stored = await storeDelivery(tx, delivery.record);
      await audit(receiveAudit(delivery, stored));
      return stored;
    }),
});

/** The outcome of an event this call applied, or that another caller applied first. */
async function appliedOutcome(input: ReceiveWebhookInput, event: WebhookEvent): Promise<ReceiveResult> {
  const applied = await applyReceivedEvent(input, event, systemActor(input.context));
  if (applied) return applied.ok ? { outcome: "applied", event: applied.event } : { outcome: "failed", event: applied.event, error: applied.error };
  const now = await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } });
  return now.status === "FAILED" ? { outcome: "failed", event: now, error: now.error ?? "" } : { outcome: "applied", event: now };
}

function repeatNote(event: WebhookEvent, rawBody: string): string {
  const same = event.bodySha256 ? event.bodySha256 === sha256(rawBody) : event.rawBody === rawBody;
  const differs = same ? "" : "; its body differs from the stored one";
  return `delivery ${event.deliveries} of an event already stored, not applied again${differs}`;
}

/**
 * The inbox's entry point for one inbound delivery of any provider: verify → store once per
 * (provider, event id) → apply → audit (`<provider>.webhook.receive`, actor null).
 * - Signature INVALID / MISSING: stored REJECTED under `bodyEventId("rejected", …)`, never
 *   applied; audited DENIED (SIGNATURE_INVALID / SIGNATURE_MISSING). The claimed type is kept for
 *   the inbox; the claimed user and record are not. Only the body's first
 *   REJECTED_BODY_KEPT_BYTES are stored (with its SHA-256 and size); rejected events age out
 *   (retention.ts). Each refusal is logged in one line (issue 11, finding 6).
 * - Valid but unparseable: stored FAILED under `bodyEventId("unparseable", …)`, audited FAILED.
 * - Valid and parsed, first delivery: stored RECEIVED with its audit row (SUCCEEDED, "stored")
 *   in one group-committed transaction, then applied from the stored event (APPLIED or FAILED,
 *   second audit row; see applyReceivedEvent): before returning, or with `applyAfterAnswer`
 *   after the caller has answered ("stored"; an event whose apply was lost to a crash is still
 *   RECEIVED and is applied by apply-queue.ts's sweep). A repeat of a stored event id only
 *   increments `deliveries` (audited, not applied again), whatever its status.
 * Headers are stored without cookies or credentials. Never throws for the delivery's content;
 * database errors propagate.
 * Source: the webhook inbox issue; Kard guide "Notifications" (the id is the idempotency key).
 */
export async function receiveWebhook(input: ReceiveWebhookInput): Promise<ReceiveResult> {
  const { provider, rawBody } = input;
  const signature = input.signature ?? input.verify(rawBody, input.headers, input.url);
  const bodyBytes = Buffer.byteLength(rawBody, "utf8");
  const base = { provider, rawBody, headers: headersToStore(input.headers), signatureStatus: signature, bodySha256: sha256(rawBody), bodyBytes };

  if (signature !== "VALID") {
    const parsed = input.parse(rawBody);
    const error = signature === "MISSING" ? "No signature header: not applied." : "The signature does not match the body: not applied.";
    const { event } = await storeWithAudit({
      input,
      record: {
        ...base,
        rawBody: utf8Prefix(rawBody, REJECTED_BODY_KEPT_BYTES),
        headers: base.headers.slice(0, REJECTED_HEADERS_KEPT_CHARS),
        eventId: bodyEventId("rejected", rawBody),
        type: parsed.ok ? parsed.event.type.slice(0, 100) : UNKNOWN_EVENT_TYPE,
        status: "REJECTED",
        error,
      },
      auditFor: (event, duplicate) => ({ outcome: "DENIED", errorCode: `SIGNATURE_${signature}`, message: duplicate ? `${error} (${repeatNote(event, rawBody)})` : error }),
    });
    logger.warn({ provider, ip: input.context?.ip ?? null, signature, bytes: bodyBytes, eventId: event.id }, "webhook refused: signature not verified (stored REJECTED)");
    await pruneRejectedWebhookEventsNow();
    return { outcome: "rejected", event, signature };
  }

  const parsed = input.parse(rawBody);

  if (!parsed.ok) {
    const { event } = await storeWithAudit({
      input,
      record: { ...base, eventId: bodyEventId("unparseable", rawBody), type: UNKNOWN_EVENT_TYPE, status: "FAILED", error: parsed.reason },
      auditFor: (event, duplicate) => ({ outcome: "FAILED", errorCode: "UNPARSEABLE", message: duplicate ? `${parsed.reason} (${repeatNote(event, rawBody)})` : parsed.reason }),
    });
    return { outcome: "unparseable", event, reason: parsed.reason };
  }

  const { event, duplicate } = await storeWithAudit({
    input,
    record: {
      ...base,
      eventId: parsed.event.eventId,
      type: parsed.event.type,
      status: "RECEIVED",
      relatedUserId: parsed.event.relatedUserId ?? null,
      relatedRecord: formatRelatedRecord(parsed.event.relatedRecord),
    },
    auditFor: (event, duplicate) => ({ outcome: "SUCCEEDED", message: duplicate ? repeatNote(event, rawBody) : "stored" }),
  });
  if (duplicate) return { outcome: "duplicate", event };
  if (!input.applyAfterAnswer) return appliedOutcome(input, event);
  applyAfterAnswer(input, event, systemActor(input.context));
  return { outcome: "stored", event };
}

/**
 * The entry point for deliveries from the internet (the webhook route): a delivery whose
 * signature does not verify is stored only while its source (provider, IP) and all sources
 * together are within their budgets of rejected deliveries (rejection-limit.ts); beyond, it is
 * "throttled": logged in one line, not stored nor audited. Everything else is `receiveWebhook`.
 * Source: issue 11, finding 6.
 */
export async function receiveUntrustedWebhook(input: ReceiveWebhookInput): Promise<ReceiveResult | ThrottledDelivery> {
  const signature = input.verify(input.rawBody, input.headers, input.url);
  if (signature !== "VALID") {
    const retryAfterSeconds = await rejectedDeliveryRetryAfter(input.provider, input.context?.ip);
    if (retryAfterSeconds > 0) {
      const bytes = Buffer.byteLength(input.rawBody, "utf8");
      logger.warn({ provider: input.provider, ip: input.context?.ip ?? null, signature, bytes, retryAfterSeconds }, "webhook refused: signature not verified, source over its budget (not stored)");
      return { outcome: "throttled", signature, retryAfterSeconds };
    }
  }
  return receiveWebhook({ ...input, signature });
}
