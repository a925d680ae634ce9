import type { Prisma } from "@prisma/client";
import type { JobName } from "./names";

/** How a run is asked for ahead of its schedule (./enqueue.ts). */
export interface EnqueueOptions {
  /**
   * The transaction of the record that needs the run: on pg-boss the request commits or rolls
   * back with it. In-process there is no queue table; the run simply follows (every job scans for
   * its records, so a rolled-back request costs one run that finds nothing).
   */
  tx?: Prisma.TransactionClient;
  /** Not before this many seconds (default 0). */
  startAfterSeconds?: number;
}

/**
 * What runs the jobs' schedules in this process: in-process (croner timers, the embedded default)
 * or pg-boss (PostgreSQL: each schedule on one instance, runs taken from a queue table by
 * whichever instance is free). Both run the same definitions through executeJob.
 */
export interface JobRunner {
  readonly kind: "in-process" | "pg-boss";
  enqueue(name: JobName, options?: EnqueueOptions): Promise<void>;
  stop(): Promise<void>;
}

/** Where the scheduler stands in this process, for Settings → Jobs. */
export type RunnerState =
  | { state: "running"; runner: JobRunner }
  | { state: "off"; reason: string }
  | { state: "failed"; error: string };

const holder = globalThis as { __jobRunner?: RunnerState };

export function runnerState(): RunnerState {
  return holder.__jobRunner ?? { state: "off", reason: "not started in this process" };
}

export function setRunnerState(state: RunnerState | undefined): void {
  holder.__jobRunner = state;
}
