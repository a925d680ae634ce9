import { afterEach, describe, expect, it } from "vitest";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { addFault } from "@/lib/sandbox/faults";
import { testingOnPostgres } from "@/lib/testing/db";
import { JOBS } from "./jobs";
import { PG_BOSS_SCHEMA, startPgBossRunner } from "./pg-boss-runner";
import { runnerState, setRunnerState, type JobRunner } from "./runner";
import { cronOf } from "./schedule";
import { OPERATOR, setUpJobsTest } from "./testing/harness";

// The PostgreSQL runner on a real pg-boss in the test database. Runs under `npm run test:postgres`.
describe.skipIf(!testingOnPostgres())("the pg-boss runner", () => {
  const test = setUpJobsTest();
  const runners: JobRunner[] = [];
  const start = async () => {
    const runner = await startPgBossRunner(JOBS, { connectionString: test.url, pollingIntervalSeconds: 0.5 });
    runners.push(runner);
    return runner;
  };
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
  });

  const queued = async () =>
    Number((await test.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${PG_BOSS_SCHEMA}.job WHERE name = 'data-retention'`))[0].n);

  it("installs one schedule per job, on the job's cron in UTC, however many instances start", async () => {
    await start();
    await start();
    const schedules = await test.db.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(
      `SELECT name, cron, timezone FROM ${PG_BOSS_SCHEMA}.schedule ORDER BY name`,
    );
    expect(schedules).toEqual(
      JOBS.map((job) => ({ name: job.name, cron: cronOf(job.schedule), timezone: "UTC" })).sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it("enqueues in the transaction of the record that needs the run: nothing when it rolls back, one run when it commits", async () => {
    const runner = await start();
    await start();
    await test.db
      .$transaction(async (tx) => {
        await tx.jobRun.create({ data: { job: "marker", trigger: "MANUAL", outcome: "SUCCEEDED" } });
        await runner.enqueue("data-retention", { tx });
        throw new Error("the record's transaction fails");
      })
      .catch((error: Error) => expect(error.message).toBe("the record's transaction fails"));
    expect(await queued()).toBe(0);
    expect(await test.db.jobRun.count()).toBe(0);

    await test.db.$transaction(async (tx) => {
      await tx.jobRun.create({ data: { job: "marker", trigger: "MANUAL", outcome: "SUCCEEDED" } });
      await runner.enqueue("data-retention", { tx });
    });
    await expect.poll(() => test.db.jobRun.findFirst({ where: { job: "data-retention" } }), { timeout: 10_000 }).toMatchObject({
      trigger: "ENQUEUED",
      outcome: "SUCCEEDED",
    });
    // Two instances were working the queue: the run happened once.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await test.db.jobRun.count({ where: { job: "data-retention" } })).toBe(1);
  });

  it("keeps the record's transaction alive when the run cannot be queued (its savepoint is rolled back)", async () => {
    const runner = await start();
    await test.db.$transaction(async (tx) => {
      await tx.jobRun.create({ data: { job: "marker", trigger: "MANUAL", outcome: "SUCCEEDED" } });
      await tx.$executeRawUnsafe(`ALTER TABLE ${PG_BOSS_SCHEMA}.queue RENAME TO queue_gone`);
      await expect(runner.enqueue("data-retention", { tx })).rejects.toThrow(/queue/);
      await tx.$executeRawUnsafe(`ALTER TABLE ${PG_BOSS_SCHEMA}.queue_gone RENAME TO queue`);
    });
    expect(await test.db.jobRun.count({ where: { job: "marker" } })).toBe(1);
  });

  it("a purchase left UNKNOWN queues its reconciliation in the same transaction, 30 s ahead", async () => {
    setRunnerState({ state: "running", runner: await start() });
    try {
      addFault("ktn", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: "purchaseGiftCard", count: 1 });
      const order = await purchaseGiftCard({ productId: 18808, unitPrice: "40", senderName: "Acme Corp" }, OPERATOR);
      expect(order.status).toBe("UNKNOWN");
      const [job] = await test.db.$queryRawUnsafe<{ delay: number }[]>(
        `SELECT extract(epoch FROM start_after - created_on)::float AS delay FROM ${PG_BOSS_SCHEMA}.job WHERE name = 'reconcile-unknown' AND data->>'trigger' = 'ENQUEUED'`,
      );
      expect(job.delay).toBeGreaterThan(29);
      expect(job.delay).toBeLessThan(31);
    } finally {
      expect(runnerState().state).toBe("running");
      setRunnerState(undefined);
    }
  });
});
