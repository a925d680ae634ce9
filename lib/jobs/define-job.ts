import type { Actor } from "@/lib/audit/actor";
import type { JobName } from "./names";

/**
 * When a job runs, in UTC: a five-field cron expression (`17 * * * *`), or every `everyMinutes`
 * minutes (1–59, on the clock: `*\/5 * * * *`). Both runners take the same cron (pg-boss schedules
 * have a resolution of one minute, so nothing finer is offered).
 */
export type JobSchedule = { cron: string } | { everyMinutes: number };

/** What a run is handed: who acts (the console itself) and when the run started. */
export interface JobContext {
  actor: Actor<null>;
  now: Date;
}

/** What a run did: how many records it changed, and in words what (shown on Settings → Jobs). */
export interface JobResult {
  changed: number;
  summary: string;
}

export interface JobDefinition {
  name: JobName;
  /** A short title for the console. */
  title: string;
  /** One sentence: what the job looks for and what it does with it. */
  description: string;
  schedule: JobSchedule;
  /**
   * How long a run may take before another instance may take it as interrupted (ms, default
   * 15 minutes): a run found RUNNING for longer is marked INTERRUPTED and the job runs again.
   */
  leaseMs?: number;
  /** Does the work. A throw fails the run (recorded with its message); the next run tries again. */
  run(ctx: JobContext): Promise<JobResult>;
}

export const DEFAULT_LEASE_MS = 15 * 60_000;

/** One named job (the identity function, for types and one place to look). */
export function defineJob(definition: JobDefinition): JobDefinition {
  return definition;
}
