import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { setUpJobsTest } from "../testing/harness";
import { dataRetentionJob } from "./data-retention";

const test = setUpJobsTest();
const DAY = 86_400_000;

const webhook = (eventId: string, status: string, daysAgo: number) => ({
  provider: "kard",
  eventId,
  type: "t",
  signatureStatus: status === "REJECTED" ? "INVALID" : "VALID",
  status,
  rawBody: "{}",
  headers: "{}",
  receivedAt: new Date(Date.now() - daysAgo * DAY),
});

describe("data-retention", () => {
  it("deletes rejected deliveries past 7 days and finished job runs past 30 days, nothing else", async () => {
    await test.db.webhookEvent.createMany({
      data: [webhook("old-rejected", "REJECTED", 8), webhook("new-rejected", "REJECTED", 6), webhook("old-applied", "APPLIED", 400)],
    });
    const run = (job: string, outcome: string, daysAgo: number) => ({ job, trigger: "SCHEDULE", outcome, startedAt: new Date(Date.now() - daysAgo * DAY) });
    await test.db.jobRun.createMany({ data: [run("a", "SUCCEEDED", 31), run("b", "FAILED", 29), run("c", "RUNNING", 31)] });

    expect(await dataRetentionJob.run({ actor: SYSTEM_ACTOR, now: new Date() })).toEqual({
      changed: 2,
      summary: "Rejected webhook deliveries older than 7 days deleted: 1; Job runs older than 30 days deleted: 1",
    });
    expect((await test.db.webhookEvent.findMany({ orderBy: { eventId: "asc" } })).map((e) => e.eventId)).toEqual(["new-rejected", "old-applied"]);
    expect((await test.db.jobRun.findMany({ orderBy: { job: "asc" } })).map((r) => r.job)).toEqual(["b", "c"]);
    expect(await dataRetentionJob.run({ actor: SYSTEM_ACTOR, now: new Date() })).toEqual({ changed: 0, summary: "Nothing was past its retention period." });
  });
});
