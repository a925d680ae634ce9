import type { WebhookEvent } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { applyStoredEvent, auditSummary } from "./apply";
import { webhookAuditAction, webhookTarget } from "./audit";
import { webhookHandlerFor } from "./handlers";
import { storedHeaders } from "./headers";
import { formatRelatedRecord } from "./related";

/**
 * Runs a stored event through its provider's rules again: verify the stored raw body against the
 * stored signature header with the key configured now, parse, apply (idempotent), audited
 * `<provider>.webhook.reprocess` under `actor`.
 * - An event rejected at receipt is refused (audited FAILED) unless its signature verifies now,
 *   e.g. after a wrong webhook key was corrected; it is then re-keyed to its own event id,
 *   and refused when that id is already stored (the provider delivered it again, validly).
 * - An event verified at receipt goes ahead even if the key has been rotated since; the audit
 *   row says so.
 * Returns the updated event (APPLIED).
 * @throws OperationError NOT_FOUND, UNSUPPORTED_PROVIDER, BODY_TRUNCATED (a rejected delivery of
 *   which only the start was kept), SIGNATURE_INVALID / SIGNATURE_MISSING,
 *   UNPARSEABLE, ALREADY_RECEIVED, or APPLY_FAILED (the event is then FAILED with its error).
 */
export async function reprocessWebhookEvent(id: string, actor: Actor): Promise<WebhookEvent> {
  const stored = await db.webhookEvent.findUnique({ where: { id } });
  if (!stored) throw new OperationError("NOT_FOUND", "No such webhook event.");
  const handler = webhookHandlerFor(stored.provider);
  if (!handler) throw new OperationError("UNSUPPORTED_PROVIDER", `The console does not process ${stored.provider} webhooks.`);

  const refuse = async (code: string, message: string) => {
    await recordAudit({
      actor,
      action: webhookAuditAction(handler.provider, "reprocess"),
      target: webhookTarget(stored.id),
      outcome: "FAILED",
      errorCode: code,
      message,
      request: auditSummary(stored),
    });
    return new OperationError(code, message);
  };

  if (stored.bodyBytes !== null && Buffer.byteLength(stored.rawBody, "utf8") < stored.bodyBytes) {
    throw await refuse("BODY_TRUNCATED", `Only the start of this rejected delivery was kept (${stored.bodyBytes} bytes received), so its signature cannot be checked again: ask the provider to send it again.`);
  }
  const signature = handler.verify(stored.rawBody, storedHeaders(stored.headers));
  if (signature !== "VALID" && stored.signatureStatus !== "VALID") {
    throw await refuse(`SIGNATURE_${signature}`, "The stored signature still does not verify with the configured webhook key, so the event stays rejected.");
  }
  const parsed = handler.parse(stored.rawBody);
  if (!parsed.ok) throw await refuse("UNPARSEABLE", `The stored body cannot be read: ${parsed.reason}`);

  if (parsed.event.eventId !== stored.eventId) {
    const other = await db.webhookEvent.findUnique({
      where: { provider_eventId: { provider: stored.provider, eventId: parsed.event.eventId } },
      select: { id: true },
    });
    if (other) {
      throw await refuse("ALREADY_RECEIVED", `This event was delivered again with a valid signature and is stored as webhook event ${other.id}: re-process that one.`);
    }
  }

  const result = await applyStoredEvent(handler, stored, parsed.event, {
    verb: "reprocess",
    actor,
    signatureStatus: signature === "VALID" ? "VALID" : undefined,
    update: {
      eventId: parsed.event.eventId,
      type: parsed.event.type,
      relatedUserId: parsed.event.relatedUserId ?? null,
      relatedRecord: formatRelatedRecord(parsed.event.relatedRecord),
    },
    note: signature === "VALID" ? undefined : "the stored signature no longer verifies with the current key (it did when received)",
  });
  if (!result.ok) throw new OperationError("APPLY_FAILED", "Re-processing failed: the event is marked FAILED and its page shows the error.");
  return result.event;
}
