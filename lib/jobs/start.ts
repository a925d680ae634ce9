import { databaseUrl, isPostgresUrl } from "@/lib/db";
import { logger } from "@/lib/log";
import { JOBS } from "./jobs";
import { startInProcessRunner } from "./in-process-runner";
import { startPgBossRunner } from "./pg-boss-runner";
import { runnerState, setRunnerState, type RunnerState } from "./runner";

const holder = globalThis as { __jobsStarting?: Promise<RunnerState> };

/** How long after a failed start (PostgreSQL unreachable) the runner is started again (ms). */
const RETRY_START_MS = 30_000;

/**
 * Starts this process's job runner once (instrumentation.ts `register()` calls it when the server
 * starts): pg-boss when DATABASE_URL is a PostgreSQL URL, in-process otherwise. `JOBS=off`
 * disables it (runs still happen from Settings → Jobs "Run now"); under Vitest it starts only when
 * a test passes `{ force: true }`. A runner that cannot start (PostgreSQL unreachable) is logged,
 * shown on Settings → Jobs and started again 30 s later, until it starts; the console serves on.
 */
export function startJobs(options: { force?: boolean } = {}): Promise<RunnerState> {
  // Two callers at once (a second bundle's register()) share one start.
  holder.__jobsStarting ??= start(options).finally(() => {
    holder.__jobsStarting = undefined;
  });
  return holder.__jobsStarting;
}

async function start({ force = false }: { force?: boolean }): Promise<RunnerState> {
  const current = runnerState();
  if (current.state === "running") return current;
  let state: RunnerState;
  if (process.env.JOBS?.trim().toLowerCase() === "off") state = { state: "off", reason: "JOBS=off" };
  else if (process.env.VITEST && !force) state = { state: "off", reason: "not started under Vitest" };
  else {
    const url = databaseUrl();
    try {
      const runner = isPostgresUrl(url) ? await startPgBossRunner(JOBS, { connectionString: url }) : startInProcessRunner(JOBS);
      state = { state: "running", runner };
      logger.info({ runner: runner.kind, jobs: JOBS.length }, "background jobs started");
    } catch (error) {
      logger.error({ err: error, retryInMs: RETRY_START_MS }, "background jobs not started");
      state = { state: "failed", error: error instanceof Error ? error.message : String(error) };
      const retry = setTimeout(() => {
        if (runnerState().state === "failed") void startJobs({ force });
      }, RETRY_START_MS);
      retry.unref();
    }
  }
  setRunnerState(state);
  return state;
}

/** Stops this process's runner (tests; a process about to exit). */
export async function stopJobs(): Promise<void> {
  const current = runnerState();
  setRunnerState({ state: "off", reason: "stopped" });
  if (current.state === "running") await current.runner.stop();
}
