import { afterEach, describe, expect, it } from "vitest";
import { jobsOverview } from "./queries";
import { setRunnerState } from "./runner";
import { setUpJobsTest } from "./testing/harness";

const test = setUpJobsTest();
afterEach(() => setRunnerState(undefined));

const now = new Date("2026-12-04T10:03:30Z");
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);

describe("jobsOverview", () => {
  it("gives each job its last run, failures in the last day and since the last success, and what it changed", async () => {
    const run = (outcome: string, minutesAgo: number, changed = 0) => ({ job: "webhook-reapply", trigger: "SCHEDULE", outcome, startedAt: at(minutesAgo), finishedAt: at(minutesAgo), changed });
    await test.db.jobRun.createMany({
      data: [run("FAILED", 60 * 30), run("SUCCEEDED", 20, 2), run("FAILED", 15), run("INTERRUPTED", 10), run("SUCCEEDED", 60 * 25, 7)],
    });

    const { scheduler, jobs, runs } = await jobsOverview({ now });

    expect(scheduler).toEqual({ state: "off", reason: "not started in this process" });
    const reapply = jobs.find((j) => j.name === "webhook-reapply")!;
    expect(reapply).toMatchObject({ schedule: "every 5 minutes", nextRunAt: null, failures24h: 2, failingSince: 2, changed24h: 2, lastRun: { outcome: "INTERRUPTED" } });
    expect(jobs.find((j) => j.name === "data-retention")).toMatchObject({ lastRun: null, failures24h: 0, failingSince: 0, changed24h: 0 });
    expect(runs.map((r) => r.outcome)).toEqual(["INTERRUPTED", "FAILED", "SUCCEEDED", "SUCCEEDED", "FAILED"]);
  });

  it("shows the next run when a runner schedules the jobs in this process", async () => {
    setRunnerState({ state: "running", runner: { kind: "in-process", enqueue: async () => undefined, stop: async () => undefined } });
    const { scheduler, jobs } = await jobsOverview({ now });
    expect(scheduler).toEqual({ state: "running", kind: "in-process" });
    expect(jobs.find((j) => j.name === "webhook-reapply")?.nextRunAt).toBe("2026-12-04T10:05:00.000Z");
    expect(jobs.find((j) => j.name === "data-retention")?.nextRunAt).toBe("2026-12-04T10:17:00.000Z");
  });
});
