import { afterEach, describe, expect, it, vi } from "vitest";
import { defineJob } from "./define-job";
import { enqueueJob } from "./enqueue";
import { startInProcessRunner } from "./in-process-runner";
import { runnerState } from "./runner";
import { startJobs, stopJobs } from "./start";
import { setUpJobsTest } from "./testing/harness";

const test = setUpJobsTest();

afterEach(async () => {
  vi.useRealTimers();
  await stopJobs();
});

const ticks: string[] = [];
const countingJob = defineJob({
  name: "audit-checkpoint",
  title: "t",
  description: "d",
  schedule: { everyMinutes: 1 },
  async run({ now }) {
    ticks.push(now.toISOString());
    return { changed: 0, summary: "tick" };
  },
});

describe("startJobs", () => {
  it("stays off under Vitest unless a test starts it, and with JOBS=off", async () => {
    expect(await startJobs()).toEqual({ state: "off", reason: "not started under Vitest" });
    vi.stubEnv("JOBS", "off");
    expect(await startJobs({ force: true })).toEqual({ state: "off", reason: "JOBS=off" });
    expect(await enqueueJob("data-retention")).toBe(false);
  });

  it("starts the in-process runner on SQLite, once per process; an enqueued run is recorded as ENQUEUED", async () => {
    const started = await startJobs({ force: true });
    expect(started).toMatchObject({ state: "running", runner: { kind: "in-process" } });
    expect(await startJobs({ force: true })).toBe(started);
    await stopJobs();
    const [a, b] = await Promise.all([startJobs({ force: true }), startJobs({ force: true })]);
    expect(a).toBe(b);
    expect(runnerState()).toBe(a);

    expect(await enqueueJob("data-retention")).toBe(true);
    await expect.poll(() => test.db.jobRun.findFirst({ where: { job: "data-retention", outcome: { not: "RUNNING" } } })).toMatchObject({
      trigger: "ENQUEUED",
      outcome: "SUCCEEDED",
      summary: "Nothing was past its retention period.",
    });
  });
});

describe("a runner that cannot start", () => {
  it("is shown as failed and started again 30 s later", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/unreachable");
    const failed = await startJobs({ force: true });
    expect(failed).toMatchObject({ state: "failed", error: expect.stringMatching(/ECONNREFUSED/) });
    expect(runnerState()).toBe(failed);

    vi.unstubAllEnvs();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runnerState()).toMatchObject({ state: "running", runner: { kind: "in-process" } });
  });
});

describe("the in-process runner", () => {
  it("runs each job on its cron, on the minute, as SCHEDULE", async () => {
    ticks.length = 0;
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: new Date("2026-12-04T10:00:30Z") });
    const runner = startInProcessRunner([countingJob]);
    try {
      await vi.advanceTimersByTimeAsync(31_000);
      vi.useRealTimers();
      await expect.poll(() => test.db.jobRun.count({ where: { job: "audit-checkpoint", outcome: "SUCCEEDED", trigger: "SCHEDULE" } })).toBe(1);
      expect(ticks).toEqual(["2026-12-04T10:01:00.000Z"]);
    } finally {
      await runner.stop();
    }
  });
});
