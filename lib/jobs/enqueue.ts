import { logger } from "@/lib/log";
import type { JobName } from "./names";
import { runnerState, type EnqueueOptions } from "./runner";

/**
 * Asks for a run of `name` now (or after `startAfterSeconds`), e.g. reconciliation right after a
 * record was left UNKNOWN; with `tx`, on pg-boss, in that record's transaction. Never throws: a
 * request that cannot be queued is logged and the job's schedule finds the record anyway.
 * Returns whether a runner took the request (false when jobs are off in this process).
 */
export async function enqueueJob(name: JobName, options: EnqueueOptions = {}): Promise<boolean> {
  const state = runnerState();
  if (state.state !== "running") return false;
  try {
    await state.runner.enqueue(name, options);
    return true;
  } catch (error) {
    logger.warn({ err: error, job: name }, "job run not queued; its schedule will find the work");
    return false;
  }
}
