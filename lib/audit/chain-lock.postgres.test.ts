import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, testingOnPostgres, type TestDatabase } from "@/lib/testing/db";
import { lockChainInTransaction } from "./chain-lock";

// Several console instances share one PostgreSQL: the chain's advisory lock, not the process lock,
// keeps their appends linear. Runs under `npm run test:postgres`.
describe.skipIf(!testingOnPostgres())("the audit chain lock on PostgreSQL", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.dispose());

  it("runs on PostgreSQL", async () => {
    const [{ version }] = await testDb.db.$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(version).toMatch(/^PostgreSQL/);
  });

  it("makes a second connection (another instance) wait until the holder's transaction ends", async () => {
    const other = createPrismaClient(testDb.url);
    const events: string[] = [];
    const holder = testDb.db.$transaction(async (tx) => {
      await lockChainInTransaction(tx);
      events.push("A locked");
      await new Promise((r) => setTimeout(r, 400));
      events.push("A commits");
    });
    await new Promise((r) => setTimeout(r, 100));
    const waiter = other.$transaction(async (tx) => {
      await lockChainInTransaction(tx);
      events.push("B locked");
    });
    await Promise.all([holder, waiter]);
    await other.$disconnect();
    expect(events).toEqual(["A locked", "A commits", "B locked"]);
  });
});
