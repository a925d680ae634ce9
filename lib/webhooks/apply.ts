import type { Prisma, WebhookEvent } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { createGroupCommit } from "@/lib/audit/group-commit";
import { auditBatchTransaction, auditTransaction, type AuditEntry } from "@/lib/audit/record";
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
    return recordApplyFailure(handler, stored, step, error, started);
  }
}

/**
 * After apply threw (its transaction rolled back): marks the event FAILED with the error
 * (redacted, capped) and audits FAILED / APPLY_FAILED, in one transaction; logs the error.
 */
async function recordApplyFailure(handler: WebhookHandler, stored: WebhookEvent, step: ApplyStep, error: unknown, started: number): Promise<ApplyResult> {
  logger.error({ err: error, provider: handler.provider, webhookEventId: stored.id }, "webhook apply failed");
  const message = errorText(error);
  const signature = step.signatureStatus ? { signatureStatus: step.signatureStatus } : {};
  const event = await auditTransaction(async (tx, audit) => {
    const failed = await tx.webhookEvent.update({
      where: { id: stored.id },
      data: { ...signature, status: "FAILED", error: message },
    });
    await audit({
      actor: step.actor,
      action: webhookAuditAction(handler.provider, step.verb),
      target: webhookTarget(stored.id),
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

type Received = { handler: WebhookHandler; stored: WebhookEvent; parsed: ParsedWebhook; actor: Actor; started: number };

function appliedAudit({ handler, actor, started }: Received, event: WebhookEvent, summary: unknown): AuditEntry {
  return {
    actor,
    action: webhookAuditAction(handler.provider, "receive"),
    target: webhookTarget(event.id),
    outcome: "SUCCEEDED",
    request: auditSummary(event),
    response: summary,
    message: "applied",
    durationMs: performance.now() - started,
  };
}

const toApply = (item: Received) => ({ ...item.parsed, id: item.stored.id, provider: item.handler.provider });

/**
 * Applies RECEIVED events in one group-committed transaction (lib/audit/group-commit.ts): one
 * query finds which are still RECEIVED, each `handler.apply` runs, one UPDATE marks them APPLIED
 * (conditionally: if another connection took one meanwhile, the group fails and each is applied
 * alone), and their audit rows go in one INSERT. Null for an event no longer RECEIVED.
 */
const applyGroup = createGroupCommit<Received, ApplyResult | null>({
  commit: (items) =>
    auditBatchTransaction(async (tx, audit) => {
      const ids = [...new Set(items.map((item) => item.stored.id))];
      const received = new Set((await tx.webhookEvent.findMany({ where: { id: { in: ids }, status: "RECEIVED" }, select: { id: true } })).map((e) => e.id));
      const processedAt = new Date();
      const taken = new Set<string>();
      const results: (ApplyResult | null)[] = [];
      for (const item of items) {
        if (!received.has(item.stored.id) || taken.has(item.stored.id)) {
          results.push(null);
          continue;
        }
        taken.add(item.stored.id);
        const summary = await item.handler.apply(toApply(item), tx);
        const event: WebhookEvent = { ...item.stored, status: "APPLIED", error: null, processedAt };
        audit(appliedAudit(item, event, summary));
        results.push({ ok: true, event });
      }
      if (taken.size > 0) {
        const { count } = await tx.webhookEvent.updateMany({ where: { id: { in: [...taken] }, status: "RECEIVED" }, data: { status: "APPLIED", error: null, processedAt } });
        if (count !== taken.size) throw new Error("A webhook event was applied by another connection meanwhile");
      }
      return results;
    }),
  alone: (item) =>
    auditTransaction(async (tx, audit) => {
      const processedAt = new Date();
      const { count } = await tx.webhookEvent.updateMany({ where: { id: item.stored.id, status: "RECEIVED" }, data: { status: "APPLIED", error: null, processedAt } });
      if (count === 0) return null;
      const summary = await item.handler.apply(toApply(item), tx);
      const event: WebhookEvent = { ...item.stored, status: "APPLIED", error: null, processedAt };
      await audit(appliedAudit(item, event, summary));
      return { ok: true as const, event };
    }),
});

/**
 * Applies an event stored RECEIVED (verified at receipt), from its stored raw body: parse,
 * `handler.apply`, the event marked APPLIED and its audit row (`<provider>.webhook.receive`
 * SUCCEEDED, "applied") in one transaction, group-committed with other applies (applyGroup).
 * Returns null, changing nothing, when the event is no longer RECEIVED (another process or a
 * re-process applied it first: the status is switched conditionally inside the transaction).
 * When apply throws or the stored body no longer parses, the event is FAILED as in
 * applyStoredEvent. Database errors propagate.
 */
export async function applyReceivedEvent(handler: WebhookHandler, stored: WebhookEvent, actor: Actor): Promise<ApplyResult | null> {
  const step: ApplyStep = { verb: "receive", actor };
  const started = performance.now();
  const parsed = handler.parse(stored.rawBody);
  if (!parsed.ok) return recordApplyFailure(handler, stored, step, new Error(`The stored body cannot be read: ${parsed.reason}`), started);
  try {
    return await applyGroup({ handler, stored, parsed: parsed.event, actor, started });
  } catch (error) {
    return recordApplyFailure(handler, stored, step, error, started);
  }
}
