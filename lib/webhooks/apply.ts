import type { Prisma, WebhookEvent } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { auditTransaction } from "@/lib/audit/record";
import { redactText } from "@/lib/audit/redact";
import { logger } from "@/lib/log";
import { webhookAuditAction, webhookTarget, type WebhookAuditVerb } from "./audit";
import type { ParsedWebhook, SignatureStatus, WebhookHandler } from "./types";

const ERROR_MAX_CHARS = 1_000;

export interface ApplyStep {
  verb: WebhookAuditVerb;
  actor: Actor;
  /** Columns written with APPLIED (a re-process re-keys a formerly rejected event). */
  update?: Prisma.WebhookEventUpdateInput;
  /** The signature status found by this step's check, written with either outcome. */
  signatureStatus?: SignatureStatus;
  /** Added to the audit message, e.g. why a re-process went ahead. */
  note?: string;
}

export type ApplyResult = { ok: true; event: WebhookEvent } | { ok: false; event: WebhookEvent; error: string };

/** What an audit row says about the event (never the body: it is on the event itself). */
export function auditSummary(event: Pick<WebhookEvent, "eventId" | "type" | "signatureStatus" | "deliveries">) {
  return { eventId: event.eventId, type: event.type, signatureStatus: event.signatureStatus, deliveries: event.deliveries };
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactText(text).slice(0, ERROR_MAX_CHARS);
}

/**
 * Applies a stored, verified and parsed event: `handler.apply`, the event marked APPLIED (with
 * processedAt) and its audit row SUCCEEDED commit in one transaction. When apply throws, that
 * transaction rolls back and the event is marked FAILED with the error (redacted, capped),
 * audited FAILED / APPLY_FAILED; the error is returned, not thrown. Errors of the database
 * itself while recording the outcome propagate.
 */
export async function applyStoredEvent(
  handler: WebhookHandler,
  stored: WebhookEvent,
  parsed: ParsedWebhook,
  step: ApplyStep,
): Promise<ApplyResult> {
  const action = webhookAuditAction(handler.provider, step.verb);
  const target = webhookTarget(stored.id);
  const base = { actor: step.actor, action, target };
  const signature = step.signatureStatus ? { signatureStatus: step.signatureStatus } : {};
  const started = performance.now();
  try {
    const event = await auditTransaction(async (tx, audit) => {
      const summary = await handler.apply({ ...parsed, id: stored.id, provider: handler.provider }, tx);
      const event = await tx.webhookEvent.update({
        where: { id: stored.id },
        data: { ...step.update, ...signature, status: "APPLIED", error: null, processedAt: new Date() },
      });
      await audit({
        ...base,
        outcome: "SUCCEEDED",
        request: auditSummary(event),
        response: summary,
        message: ["applied", step.note].filter(Boolean).join("; "),
        durationMs: performance.now() - started,
      });
      return event;
    });
    return { ok: true, event };
  } catch (error) {
    logger.error({ err: error, provider: handler.provider, webhookEventId: stored.id }, "webhook apply failed");
    const message = errorText(error);
    const event = await auditTransaction(async (tx, audit) => {
      const failed = await tx.webhookEvent.update({
        where: { id: stored.id },
        data: { ...signature, status: "FAILED", error: message },
      });
      await audit({
        ...base,
        outcome: "FAILED",
        errorCode: "APPLY_FAILED",
        message,
        request: auditSummary(failed),
        durationMs: performance.now() - started,
      });
      return failed;
    });
    return { ok: false, event, error: message };
  }
}
