import { db } from "@/lib/db";
import { logger } from "@/lib/log";

/**
 * Rejected deliveries (signature INVALID or MISSING) are kept WEBHOOK_REJECTED_RETENTION_DAYS
 * (default 7) for inspection, then deleted; verified events are kept. Their audit rows stay (the
 * chain is append-only). Pruning runs after a rejected delivery is stored, at most once per
 * PRUNE_EVERY_MS per process.
 * Source: issue 11, finding 6 ("age rejected events out").
 */
const DAY_MS = 86_400_000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

export function rejectedRetentionDays(): number {
  const days = Number(process.env.WEBHOOK_REJECTED_RETENTION_DAYS);
  return Number.isFinite(days) && days > 0 ? days : 7;
}

/** Deletes REJECTED events received before `now - retention`; returns how many. */
export async function pruneRejectedWebhookEvents(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - rejectedRetentionDays() * DAY_MS);
  const { count } = await db.webhookEvent.deleteMany({ where: { status: "REJECTED", receivedAt: { lt: cutoff } } });
  if (count > 0) logger.info({ count, cutoff: cutoff.toISOString() }, "aged out rejected webhook deliveries");
  return count;
}

const holder = globalThis as { __lastRejectedPrune?: number };

/** Prunes unless this process pruned within PRUNE_EVERY_MS; never throws (a failure is logged). */
export async function pruneRejectedWebhookEventsNow(): Promise<void> {
  const now = Date.now();
  if (holder.__lastRejectedPrune !== undefined && now - holder.__lastRejectedPrune < PRUNE_EVERY_MS) return;
  holder.__lastRejectedPrune = now;
  try {
    await pruneRejectedWebhookEvents(new Date(now));
  } catch (error) {
    logger.error({ err: error }, "rejected webhook deliveries not pruned");
  }
}
