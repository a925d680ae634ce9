import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { dataRetentionJob } from "@/lib/jobs/definitions/data-retention";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { runJobNowAction } from "./actions";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "jobs-test" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.jobRun.deleteMany();
  await db.auditEvent.deleteMany();
  await db.staffUser.deleteMany();
});
afterEach(() => vi.restoreAllMocks());

async function signIn(role: Role) {
  const user = await db.staffUser.create({ data: { email: `${role.toLowerCase()}@example.com`, name: role, role, passwordHash: "unused" } });
  session.userId = user.id;
  return user;
}

describe("runJobNowAction", () => {
  it("runs the job for an admin, keeps who asked on the run, and audits it with what it changed", async () => {
    const admin = await signIn("ADMIN");

    const result = await runJobNowAction({ job: "data-retention" });

    expect(result).toMatchObject({ ok: true, data: { job: "data-retention", trigger: "MANUAL", triggeredBy: admin.email, outcome: "SUCCEEDED", changed: 0 } });
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ trigger: "MANUAL", triggeredBy: admin.email, outcome: "SUCCEEDED" });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "jobs.job.run" } })).toMatchObject({
      outcome: "SUCCEEDED",
      actorId: admin.id,
      target: "job:data-retention",
      message: "Nothing was past its retention period.",
    });
  });

  it("refuses an operator (audited DENIED) and runs nothing", async () => {
    await signIn("OPERATOR");

    expect(await runJobNowAction({ job: "data-retention" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    expect(await db.jobRun.count()).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "jobs.job.run" } })).toMatchObject({ outcome: "DENIED" });
  });

  it("refuses a job that does not exist", async () => {
    await signIn("ADMIN");
    expect(await runJobNowAction({ job: "mine-bitcoin" as never })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("reports a failed run with its error, recorded and audited FAILED", async () => {
    await signIn("ADMIN");
    vi.spyOn(dataRetentionJob, "run").mockRejectedValueOnce(new Error("disk full"));

    const result = await runJobNowAction({ job: "data-retention" });

    expect(result).toMatchObject({ ok: false, error: { code: "JOB_FAILED", message: "Data retention failed: disk full. The run is listed below." } });
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ outcome: "FAILED", error: "disk full" });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "jobs.job.run" } })).toMatchObject({ outcome: "FAILED", errorCode: "JOB_FAILED" });
  });

  it("refuses while the job is running elsewhere", async () => {
    await signIn("ADMIN");
    await db.jobRun.create({ data: { job: "data-retention", trigger: "SCHEDULE", outcome: "RUNNING" } });

    expect(await runJobNowAction({ job: "data-retention" })).toMatchObject({ ok: false, error: { code: "ALREADY_RUNNING" } });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "jobs.job.run" } })).toMatchObject({ outcome: "FAILED", errorCode: "ALREADY_RUNNING" });
  });
});
