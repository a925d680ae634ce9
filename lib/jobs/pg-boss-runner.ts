import type { Prisma } from "@prisma/client";
import PgBoss from "pg-boss";
import { logger } from "@/lib/log";
import { DEFAULT_LEASE_MS, type JobDefinition } from "./define-job";
import type { JobName } from "./names";
import { executeJob, type JobTrigger } from "./run-job";
import type { JobRunner } from "./runner";
import { cronOf } from "./schedule";

/** pg-boss keeps its tables in this schema of the console's database (created by pg-boss on first start). */
export const PG_BOSS_SCHEMA = "pgboss";

interface RunData {
  trigger?: JobTrigger;
}

/**
 * pg-boss's `db` option over a Prisma interactive transaction: its SQL runs on the transaction's
 * connection, so a job it inserts commits or rolls back with the transaction. pg-boss passes
 * `undefined` for options left out and plain objects for job data; they go as NULL and JSON text.
 */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const args = values.map((v: unknown) => (v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...args) };
    },
  };
}

export interface PgBossRunnerOptions {
  connectionString: string;
  /** How often an idle worker looks for runs (seconds, default 2). */
  pollingIntervalSeconds?: number;
}

/**
 * The PostgreSQL runner on pg-boss 10: one queue per job (policy `stately`: at most one run
 * waiting and one active, so requests collapse), one schedule per job on its cron (pg-boss's cron
 * monitor sends each minute's run once, whichever instance gets there first), and a worker per job
 * on every instance (a run is fetched by one of them, SKIP LOCKED). Runs are not retried by
 * pg-boss (the next tick is the retry); executeJob records every run in JobRun. Schedules of jobs
 * no longer defined are removed.
 */
export async function startPgBossRunner(jobs: readonly JobDefinition[], options: PgBossRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: PG_BOSS_SCHEMA, application_name: "merchant-console-jobs", max: 4 });
  boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
  try {
    await install(boss, jobs, options);
  } catch (error) {
    // Nothing is left behind by a start that failed (its pool is closed); the caller may start again.
    await boss.stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
    throw error;
  }
  return runner(boss);
}

/** Starts pg-boss and installs every job's queue, schedule and worker. */
async function install(boss: PgBoss, jobs: readonly JobDefinition[], options: PgBossRunnerOptions): Promise<void> {
  await boss.start();
  for (const job of jobs) {
    const expireInSeconds = Math.ceil((job.leaseMs ?? DEFAULT_LEASE_MS) / 1000);
    await boss.createQueue(job.name, { name: job.name, policy: "stately", retryLimit: 0, expireInSeconds });
    await boss.schedule(job.name, cronOf(job.schedule), { trigger: "SCHEDULE" } satisfies RunData, { tz: "UTC" });
    await boss.work<RunData>(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 }, async ([run]) => {
      await executeJob(job, { trigger: run?.data?.trigger ?? "SCHEDULE" });
    });
  }
  const defined = new Set<string>(jobs.map((j) => j.name));
  for (const stale of (await boss.getSchedules()).filter((s) => !defined.has(s.name))) await boss.unschedule(stale.name);
}

function runner(boss: PgBoss): JobRunner {
  return {
    kind: "pg-boss",
    async enqueue(name: JobName, { tx, startAfterSeconds = 0 } = {}) {
      const data: RunData = { trigger: "ENQUEUED" };
      if (!tx) {
        await boss.send(name, data, { startAfter: startAfterSeconds });
        return;
      }
      // A savepoint: a failed insert (pg-boss not installed yet, …) must not abort the record's transaction.
      await tx.$executeRawUnsafe("SAVEPOINT job_enqueue");
      try {
        await boss.send(name, data, { startAfter: startAfterSeconds, db: transactionDb(tx) });
        await tx.$executeRawUnsafe("RELEASE SAVEPOINT job_enqueue");
      } catch (error) {
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT job_enqueue");
        throw error;
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
