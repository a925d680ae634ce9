import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient, setDb } from "@/lib/db";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

/** Applies the committed migrations, in order, to a fresh SQLite file (what `migrate deploy` does). */
function migrate(file: string): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const dir of readdirSync(MIGRATIONS).filter((d) => /^\d+_/.test(d)).sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
  }
  sqlite.close();
}

/**
 * A real database for one test file: a new SQLite file with every migration applied, installed
 * as the process-wide client. Call `dispose` in afterAll.
 */
export function createTestDatabase(): { db: PrismaClient; url: string; dispose: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "console-test-"));
  const file = path.join(dir, "test.db");
  migrate(file);
  const url = `file:${file}`;
  const client = createPrismaClient(url);
  setDb(client);
  return {
    db: client,
    url,
    dispose: async () => {
      await client.$disconnect();
      setDb(undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
