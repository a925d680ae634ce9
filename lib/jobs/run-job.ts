import type { JobRun, Prisma } from "@prisma/client";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { redactText } from "@/lib/audit/redact";
import { db, onPostgres } from "@/lib/db";
import { logger } from "@/lib/log";
import { DEFAULT_LEASE_MS, type JobDefinition } from "./define-job";

/** Why a run started: its schedule, an admin's "Run now", or a record that asked for it (./enqueue.ts). */
export type JobTrigger = "SCHEDULE" | "MANUAL" | "ENQUEUED";

export interface RunRequest {
  trigger: JobTrigger;
  /** The staff member's email for a MANUAL run. */
  triggeredBy?: string | null;
}

/**
 * A run that happened (its JobRun row, finished), or none because one of the same job is under
 * way (its row; null while this process is still claiming it).
 */
export type RunOutcome = { ran: true; run: JobRun } | { ran: false; running: JobRun | null };

const ERROR_MAX_CHARS = 1_000;
const SUMMARY_MAX_CHARS = 2_000;

/** Jobs running in this process, with their run once claimed (a second run of one is skipped, not queued). */
const holder = globalThis as { __jobsRunning?: Map<string, JobRun | null> };
const running = () => (holder.__jobsRunning ??= new Map());

/** Advisory lock key of a job's claim on PostgreSQL: "job:<name>" hashed by the database. */
async function lockJobInTransaction(tx: Prisma.TransactionClient, name: string): Promise<void> {
  if (onPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`job:${name}`}))`;
}

/**
 * Claims a run: in one transaction (under the job's advisory lock on PostgreSQL, so two instances
 * never both claim), RUNNING rows past the job's lease are marked INTERRUPTED, and a RUNNING row
 * within its lease means the job is under way elsewhere (returned); else a new RUNNING row is the claim.
 */
async function claim(job: JobDefinition, request: RunRequest, now: Date): Promise<{ claimed: JobRun } | { busy: JobRun }> {
  const leaseMs = job.leaseMs ?? DEFAULT_LEASE_MS;
  return db.$transaction(async (tx) => {
    await lockJobInTransaction(tx, job.name);
    const open = await tx.jobRun.findMany({ where: { job: job.name, outcome: "RUNNING" }, orderBy: { startedAt: "desc" } });
    const live = open.find((r) => now.getTime() - r.startedAt.getTime() < leaseMs);
    if (live) return { busy: live };
    if (open.length > 0) {
      await tx.jobRun.updateMany({
        where: { id: { in: open.map((r) => r.id) } },
        data: { outcome: "INTERRUPTED", finishedAt: now, error: "The run did not finish within its lease (its process stopped)." },
      });
    }
    const claimed = await tx.jobRun.create({
      data: { job: job.name, trigger: request.trigger, triggeredBy: request.triggeredBy ?? null, startedAt: now, outcome: "RUNNING" },
    });
    return { claimed };
  });
}

/**
 * Runs `job` once and persists the run (JobRun): RUNNING when it starts, then SUCCEEDED with what
 * `run` returned (`changed`, `summary`) or FAILED with the error's message (redacted, capped).
 * At most one run of a job at a time, across processes (see claim): a run asked for while
 * another is under way does not happen ({ ran: false }). A job's failure is recorded, not thrown;
 * errors of the database itself while claiming or recording propagate.
 */
export async function executeJob(job: JobDefinition, request: RunRequest): Promise<RunOutcome> {
  const inProcess = running();
  if (inProcess.has(job.name)) return { ran: false, running: inProcess.get(job.name) ?? null };
  inProcess.set(job.name, null);
  try {
    const now = new Date();
    const claimed = await claim(job, request, now);
    if ("busy" in claimed) return { ran: false, running: claimed.busy };
    inProcess.set(job.name, claimed.claimed);
    const started = performance.now();
    let data: Prisma.JobRunUpdateInput;
    try {
      const result = await job.run({ actor: SYSTEM_ACTOR, now });
      data = { outcome: "SUCCEEDED", changed: result.changed, summary: result.summary.slice(0, SUMMARY_MAX_CHARS) };
    } catch (error) {
      logger.error({ err: error, job: job.name }, "job failed");
      const message = error instanceof Error ? error.message : String(error);
      data = { outcome: "FAILED", error: redactText(message).slice(0, ERROR_MAX_CHARS) };
    }
    const run = await db.jobRun.update({ where: { id: claimed.claimed.id }, data: { ...data, finishedAt: new Date() } });
    logger.info({ job: job.name, trigger: request.trigger, outcome: run.outcome, changed: run.changed, ms: Math.round(performance.now() - started) }, "job run");
    return { ran: true, run };
  } finally {
    inProcess.delete(job.name);
  }
}
