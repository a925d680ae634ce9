import { describe, expect, it } from "vitest";
import { defineJob, type JobResult } from "./define-job";
import { executeJob } from "./run-job";
import { setUpJobsTest } from "./testing/harness";

const test = setUpJobsTest();

/** A job whose run waits for `release` and then answers `result` (or throws it). */
function gatedJob(result: JobResult | Error) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const job = defineJob({
    name: "data-retention",
    title: "t",
    description: "d",
    schedule: { everyMinutes: 5 },
    async run() {
      await gate;
      if (result instanceof Error) throw result;
      return result;
    },
  });
  return { job, release };
}

describe("executeJob", () => {
  it("persists a run: RUNNING while it runs, then SUCCEEDED with what it changed", async () => {
    const { job, release } = gatedJob({ changed: 3, summary: "three things" });
    const pending = executeJob(job, { trigger: "MANUAL", triggeredBy: "admin@example.com" });
    await expect.poll(() => test.db.jobRun.count({ where: { outcome: "RUNNING" } })).toBe(1);
    release();
    const outcome = await pending;
    expect(outcome).toMatchObject({ ran: true, run: { job: "data-retention", trigger: "MANUAL", triggeredBy: "admin@example.com", outcome: "SUCCEEDED", changed: 3, summary: "three things", error: null } });
    if (outcome.ran) expect(outcome.run.finishedAt!.getTime()).toBeGreaterThanOrEqual(outcome.run.startedAt.getTime());
  });

  it("records a failure with its message (redacted) and does not throw", async () => {
    const { job, release } = gatedJob(new Error("provider said no to card 4111111111111111"));
    release();
    const outcome = await executeJob(job, { trigger: "SCHEDULE" });
    expect(outcome).toMatchObject({ ran: true, run: { outcome: "FAILED", changed: 0, summary: null } });
    if (outcome.ran) expect(outcome.run.error).not.toContain("4111111111111111");
  });

  it("runs one run of a job at a time: a second request while one runs does not run", async () => {
    const { job, release } = gatedJob({ changed: 0, summary: "done" });
    const first = executeJob(job, { trigger: "SCHEDULE" });
    await expect.poll(() => test.db.jobRun.count()).toBe(1);
    expect(await executeJob(job, { trigger: "MANUAL" })).toMatchObject({ ran: false });
    release();
    expect(await first).toMatchObject({ ran: true });
    expect(await test.db.jobRun.count()).toBe(1);
  });

  it("takes over from a run left RUNNING past its lease (another instance stopped): INTERRUPTED, then a new run", async () => {
    // As another instance left it: RUNNING for 20 minutes, beyond the default 15-minute lease.
    await test.db.jobRun.create({ data: { job: "data-retention", trigger: "SCHEDULE", outcome: "RUNNING", startedAt: new Date(Date.now() - 20 * 60_000) } });
    const { job, release } = gatedJob({ changed: 0, summary: "done" });
    release();
    expect(await executeJob(job, { trigger: "SCHEDULE" })).toMatchObject({ ran: true, run: { outcome: "SUCCEEDED" } });
    expect((await test.db.jobRun.findMany({ orderBy: { startedAt: "asc" } })).map((r) => r.outcome)).toEqual(["INTERRUPTED", "SUCCEEDED"]);
  });

  it("waits for a run of another instance still within its lease", async () => {
    await test.db.jobRun.create({ data: { job: "data-retention", trigger: "SCHEDULE", outcome: "RUNNING", startedAt: new Date(Date.now() - 60_000) } });
    const { job, release } = gatedJob({ changed: 0, summary: "done" });
    release();
    expect(await executeJob(job, { trigger: "SCHEDULE" })).toMatchObject({ ran: false, running: { outcome: "RUNNING" } });
  });
});
