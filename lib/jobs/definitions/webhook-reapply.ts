import { db } from "@/lib/db";
import { webhookTarget } from "@/lib/webhooks/audit";
import { reprocessWebhookEvent } from "@/lib/webhooks/reprocess";
import { defineJob } from "../define-job";
import { combine, noted, settleEach, tallied } from "../settle";

/** A RECEIVED event this old was stored and never applied (the process stopped in between). */
const RECEIVED_STALE_MS = 2 * 60_000;
/** The console's own attempts per event; after these a person looks (the event page has Re-process). */
export const MAX_ATTEMPTS = 6;
/** The wait before the console's attempt n + 1 after n failed ones: 5 min × 2ⁿ⁻¹ (5, 10, 20, 40, 80 min). */
const BACKOFF_BASE_MS = 5 * 60_000;
const BATCH = 25;

/**
 * Re-application of stored webhooks that did not apply: verified events that are FAILED (their
 * apply threw, e.g. the record they name was not there yet) or still RECEIVED two minutes after
 * they arrived (stored, then the process stopped) are run through reprocessWebhookEvent as the
 * console (verify again, parse, apply; audited `<provider>.webhook.reprocess`). The console's
 * failed attempts are read from the audit trail (FAILED reprocess rows with no staff member): at
 * most MAX_ATTEMPTS, backing off 5 min × 2ⁿ⁻¹ between them; after that the event is counted as
 * waiting for a person. `changed`: events now APPLIED.
 */
export const webhookReapplyJob = defineJob({
  name: "webhook-reapply",
  title: "Re-apply failed webhooks",
  description: "Applies again the verified webhook deliveries whose apply failed or never ran, backing off between attempts.",
  schedule: { everyMinutes: 5 },
  async run({ actor, now }) {
    const events = await db.webhookEvent.findMany({
      where: {
        signatureStatus: "VALID",
        OR: [{ status: "FAILED" }, { status: "RECEIVED", receivedAt: { lt: new Date(now.getTime() - RECEIVED_STALE_MS) } }],
      },
      orderBy: { receivedAt: "asc" },
      select: { id: true, status: true },
    });
    const attempts = await consoleAttempts(events.map((e) => e.id));
    const due = events.filter((e) => {
      const tried = attempts.get(e.id);
      if (!tried) return true;
      return tried.count < MAX_ATTEMPTS && now.getTime() - tried.last.getTime() >= BACKOFF_BASE_MS * 2 ** (tried.count - 1);
    });
    const exhausted = events.filter((e) => (attempts.get(e.id)?.count ?? 0) >= MAX_ATTEMPTS).length;
    const backingOff = events.length - due.length - exhausted;
    const tally = await settleEach("webhook-reapply", due.slice(0, BATCH), (e) => reprocessWebhookEvent(e.id, actor));
    return combine(
      [
        tallied("Webhook events re-applied", tally),
        noted(backingOff, `Webhook events waiting for their next attempt: ${backingOff}`),
        noted(exhausted, `Webhook events left for a person after ${MAX_ATTEMPTS} attempts: ${exhausted}`),
      ],
      "No webhook event waits to be applied.",
    );
  },
});

/** The console's failed re-process attempts per event id: how many, and the last one's time. */
async function consoleAttempts(ids: string[]): Promise<Map<string, { count: number; last: Date }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.auditEvent.groupBy({
    by: ["target"],
    where: { target: { in: ids.map(webhookTarget) }, actorId: null, outcome: "FAILED", action: { endsWith: ".webhook.reprocess" } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  const prefix = webhookTarget("");
  return new Map(rows.map((r) => [r.target!.slice(prefix.length), { count: r._count._all, last: r._max.createdAt! }]));
}
