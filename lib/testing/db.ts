import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient, setDb } from "@/lib/db";

const MIGRATIONS = {
  sqlite: path.resolve(import.meta.dirname, "../../prisma/migrations"),
  postgres: path.resolve(import.meta.dirname, "../../prisma/postgres/migrations"),
};

/**
 * Test databases on PostgreSQL are named with this prefix; `npm run test:postgres` gives each run its
 * own (TEST_POSTGRES_DATABASE_PREFIX) and drops that run's leftovers, never another run's.
 */
const postgresTestDatabasePrefix = () => process.env.TEST_POSTGRES_DATABASE_PREFIX ?? "console_test_";

/** The committed migrations of one database kind, in order (what `migrate deploy` applies). */
function migrationScripts(kind: keyof typeof MIGRATIONS): string[] {
  return readdirSync(MIGRATIONS[kind])
    .filter((d) => /^\d+_/.test(d))
    .sort()
    .map((dir) => readFileSync(path.join(MIGRATIONS[kind], dir, "migration.sql"), "utf8"));
}

export type TestDatabase = { db: PrismaClient; url: string; dispose: () => Promise<void> };

function sqliteTestDatabase(installed: boolean): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "console-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const script of migrationScripts("sqlite")) sqlite.exec(script);
  sqlite.close();
  const url = `file:${file}`;
  const client = createPrismaClient(url);
  if (installed) setDb(client, url);
  return {
    db: client,
    url,
    dispose: async () => {
      await client.$disconnect();
      if (installed) setDb(undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTestDatabase(serverUrl: string, installed: boolean): Promise<TestDatabase> {
  const name = `${postgresTestDatabasePrefix()}${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const migrator = new pg.Client({ connectionString: url.href });
  await migrator.connect();
  for (const script of migrationScripts("postgres")) await migrator.query(script);
  await migrator.end();
  const client = createPrismaClient(url.href);
  if (installed) setDb(client, url.href);
  return {
    db: client,
    url: url.href,
    dispose: async () => {
      await client.$disconnect();
      if (installed) setDb(undefined);
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/**
 * A real database for one test file, with every committed migration applied, installed as the
 * process-wide client. Call `dispose` in afterAll. A new SQLite file by default; a new PostgreSQL
 * database on the server named by TEST_POSTGRES_URL (set by `npm run test:postgres`), with the
 * PostgreSQL migrations derived from the same schema. `installed: false` leaves the process-wide
 * client alone (a second database beside the test's own).
 */
export function createTestDatabase({ installed = true }: { installed?: boolean } = {}): Promise<TestDatabase> {
  const server = process.env.TEST_POSTGRES_URL;
  return server ? postgresTestDatabase(server, installed) : Promise.resolve(sqliteTestDatabase(installed));
}

/** True when this run's test databases are PostgreSQL (for the few tests that are SQLite-specific). */
export function testingOnPostgres(): boolean {
  return Boolean(process.env.TEST_POSTGRES_URL);
}
