import { db } from "@/lib/db";
import { pruneRejectedWebhookEvents, rejectedRetentionDays } from "@/lib/webhooks/retention";
import { defineJob } from "../define-job";
import { combine, counted } from "../settle";

const DAY_MS = 86_400_000;

/** Days a job run is kept (JOB_RUN_RETENTION_DAYS, default 30): the page shows recent runs only. */
export function jobRunRetentionDays(): number {
  const days = Number(process.env.JOB_RUN_RETENTION_DAYS);
  return Number.isFinite(days) && days > 0 ? days : 30;
}

/**
 * Data retention: rejected webhook deliveries older than WEBHOOK_REJECTED_RETENTION_DAYS
 * (lib/webhooks/retention.ts; their audit rows stay) and finished job runs older than
 * JOB_RUN_RETENTION_DAYS are deleted. Nothing else ages out: orders, operations and the audit
 * chain are kept. `changed`: rows deleted.
 */
export const dataRetentionJob = defineJob({
  name: "data-retention",
  title: "Data retention",
  description: "Deletes rejected webhook deliveries and old job runs once their retention period is over.",
  schedule: { cron: "17 * * * *" },
  async run({ now }) {
    const webhooks = await pruneRejectedWebhookEvents(now);
    const { count: runs } = await db.jobRun.deleteMany({
      where: { outcome: { not: "RUNNING" }, startedAt: { lt: new Date(now.getTime() - jobRunRetentionDays() * DAY_MS) } },
    });
    return combine(
      [
        counted(webhooks, `Rejected webhook deliveries older than ${rejectedRetentionDays()} days deleted: ${webhooks}`),
        counted(runs, `Job runs older than ${jobRunRetentionDays()} days deleted: ${runs}`),
      ],
      "Nothing was past its retention period.",
    );
  },
});
