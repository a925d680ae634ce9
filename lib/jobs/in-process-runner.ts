import { Cron } from "croner";
import { logger } from "@/lib/log";
import type { JobDefinition } from "./define-job";
import { executeJob } from "./run-job";
import type { JobRunner } from "./runner";
import { cronOf } from "./schedule";

/**
 * The embedded default's runner: one croner timer per job on its cron (UTC), in this process.
 * `protect` skips a tick while the previous run is still going; executeJob's claim keeps a "Run
 * now" from overlapping too. Timers are unref'd: they never keep a process alive. Run only one
 * console process on SQLite (the schedule is per process).
 */
export function startInProcessRunner(jobs: readonly JobDefinition[]): JobRunner {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  const crons = jobs.map(
    (job) =>
      new Cron(cronOf(job.schedule), { name: `job:${job.name}`, timezone: "UTC", protect: true, unref: true }, async () => {
        await executeJob(job, { trigger: "SCHEDULE" }).catch((error: unknown) => logger.error({ err: error, job: job.name }, "scheduled job run not recorded"));
      }),
  );
  return {
    kind: "in-process",
    async enqueue(name, { startAfterSeconds = 0 } = {}) {
      const job = jobs.find((j) => j.name === name);
      if (!job) throw new Error(`No job named ${name}`);
      const timer = setTimeout(() => {
        pending.delete(timer);
        void executeJob(job, { trigger: "ENQUEUED" }).catch((error: unknown) => logger.error({ err: error, job: name }, "queued job run not recorded"));
      }, startAfterSeconds * 1000);
      timer.unref();
      pending.add(timer);
    },
    async stop() {
      for (const cron of crons) cron.stop();
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    },
  };
}
