import type { WebhookEvent } from "@prisma/client";
import { SYSTEM_ACTOR, type Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { applyReceivedEvent } from "./apply";
import { webhookHandlerFor } from "./handlers";
import type { WebhookHandler } from "./types";

/**
 * Applying after the answer, and the durable path behind it. The webhook route answers 2xx once
 * the event and its audit row are committed (RECEIVED); the event is then applied from the
 * stored row in the background (applyAfterAnswer). Nothing but the database remembers it: if
 * the process stops before it is applied, the event stays RECEIVED, and the sweep
 * (applyReceivedWebhookEvents, run when the server starts and every SWEEP_EVERY_MS,
 * startWebhookApplier) applies it. Applying is idempotent and switches RECEIVED → APPLIED
 * conditionally, so the background apply, a sweep in another process and an operator's
 * re-process never apply an event twice.
 */
const SWEEP_EVERY_MS = 30_000;
/** A sweep leaves alone events younger than this: their background apply is normally under way. */
const SWEEP_GRACE_MS = 10_000;
const SWEEP_BATCH = 500;

function logFailure(error: unknown, event: Pick<WebhookEvent, "id" | "provider">) {
  logger.error({ err: error, provider: event.provider, webhookEventId: event.id }, "webhook not applied (stays RECEIVED; the sweep retries it)");
}

const inFlight = ((globalThis as { __webhookApplies?: Set<Promise<void>> }).__webhookApplies ??= new Set());

/** Applies `event` (stored RECEIVED) after the current request has been answered; never throws. */
export function applyAfterAnswer(handler: WebhookHandler, event: WebhookEvent, actor: Actor): void {
  const applying = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => applyReceivedEvent(handler, event, actor))
    .then(
      () => undefined,
      (error: unknown) => logFailure(error, event),
    )
    .finally(() => inFlight.delete(applying));
  inFlight.add(applying);
}

/** Resolves once every apply started by applyAfterAnswer so far has finished (tests, shutdown). */
export async function webhookAppliesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}

/**
 * Applies every verified event still RECEIVED that was received more than `olderThanMs` ago
 * (default SWEEP_GRACE_MS), oldest first, up to SWEEP_BATCH per query until none is left; audited
 * as the system. Returns how many this call applied or marked FAILED. Database errors propagate.
 */
export async function applyReceivedWebhookEvents(olderThanMs = SWEEP_GRACE_MS): Promise<number> {
  let done = 0;
  let after = new Date(0);
  for (;;) {
    const cutoff = new Date(Date.now() - olderThanMs);
    const events = await db.webhookEvent.findMany({
      where: { status: "RECEIVED", signatureStatus: "VALID", receivedAt: { lt: cutoff, gt: after } },
      orderBy: { receivedAt: "asc" },
      take: SWEEP_BATCH,
    });
    const results = await Promise.all(
      events.map((event) => {
        const handler = webhookHandlerFor(event.provider);
        return handler ? applyReceivedEvent(handler, event, SYSTEM_ACTOR) : null;
      }),
    );
    done += results.filter(Boolean).length;
    if (events.length < SWEEP_BATCH) return done;
    after = events[events.length - 1].receivedAt;
  }
}

const holder = globalThis as { __webhookApplier?: ReturnType<typeof setInterval> };

/** Sweeps now and every SWEEP_EVERY_MS in this process (once per process; the timer does not keep it alive). */
export function startWebhookApplier(): void {
  if (holder.__webhookApplier) return;
  const sweep = () => {
    applyReceivedWebhookEvents()
      .then((count) => count > 0 && logger.info({ count }, "applied webhook events left RECEIVED"))
      .catch((error: unknown) => logger.error({ err: error }, "webhook sweep failed"));
  };
  holder.__webhookApplier = setInterval(sweep, SWEEP_EVERY_MS);
  holder.__webhookApplier.unref();
  sweep();
}
