import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./db";

/**
 * Registers the calling test file's hooks for one migrated test database (createTestDatabase in
 * beforeAll, dispose in afterAll). `db` and `url` are valid inside hooks and tests, not at import.
 */
export function setUpTestDatabase(): { readonly db: PrismaClient; readonly url: string } {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb?.dispose());
  const current = () => {
    if (!testDb) throw new Error("The test database exists only inside hooks and tests");
    return testDb;
  };
  return {
    get db() {
      return current().db;
    },
    get url() {
      return current().url;
    },
  };
}
