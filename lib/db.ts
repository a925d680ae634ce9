import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@prisma-postgres/client";
import type BetterSqlite3 from "better-sqlite3";

/** The embedded default; DATABASE_URL changes it (prisma.config.ts uses the same default). */
export const DEFAULT_DATABASE_URL = "file:./.data/console.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/** True for a `postgres://` or `postgresql://` URL: the console then runs on PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * Set on every connection when it opens (docs/performance.md, "SQLite settings"):
 * - journal_mode = WAL (persists in the file): one append and one fsync per commit instead of the
 *   rollback journal's several, and readers never block the writer;
 * - synchronous = FULL, chosen deliberately: in WAL, NORMAL skips the fsync at commit, so a power
 *   loss or OS crash could drop commits already answered (an acknowledged webhook, an audit row).
 *   FULL keeps "acknowledged means durable"; its fsync is paid once per group commit
 *   (lib/audit/group-commit.ts), not once per event;
 * - cache_size = 64 MiB (SQLite's default is 2 MiB): the upper levels of the indexes of a table
 *   with millions of rows stay in memory, so list pages do not read them from the file each time.
 */
export const SQLITE_CONNECTION_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;";

/** Each client's better-sqlite3 connection, once opened (see sqliteInTransaction). */
const connections = new WeakMap<PrismaClient, { sqlite?: BetterSqlite3.Database }>();

/**
 * A client for `url`: PostgreSQL through adapter-pg for a postgres URL (the client generated from
 * prisma/postgres/schema.prisma, derived from the one source schema), SQLite through better-sqlite3
 * otherwise, with SQLITE_CONNECTION_PRAGMAS. Both are the JavaScript engine; no native query engine
 * runs. The PostgreSQL client is typed as the SQLite one: the schemas are the same models (one cast, here).
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // timeout = busy_timeout in ms: a second writer waits instead of failing with SQLITE_BUSY.
  const factory = new PrismaBetterSQLite3({ url, timeout: 5_000 });
  const connection: { sqlite?: BetterSqlite3.Database } = {};
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS);
    connection.sqlite = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    return adapter;
  };
  const client = new PrismaClient({ adapter: factory });
  connections.set(client, connection);
  return client;
}

/**
 * The better-sqlite3 connection under `client`, only while a transaction is open on it (else
 * null). The adapter runs every query of a client, its interactive transactions included, on
 * this one connection, so statements run on it inside `client.$transaction(fn)` are part of that
 * transaction: bulk inserts on a hot path use it to skip the per-row cost of Prisma's query
 * pipeline (lib/db-bulk.ts). Null for a client created elsewhere.
 */
export function sqliteInTransaction(client: PrismaClient): BetterSqlite3.Database | null {
  const sqlite = connections.get(client)?.sqlite;
  return sqlite?.inTransaction ? sqlite : null;
}

const holder = globalThis as { __prisma?: PrismaClient; __prismaUrl?: string };

/** The process-wide client, created on first use (so tests can point DATABASE_URL elsewhere). */
export function getDb(): PrismaClient {
  if (!holder.__prisma) {
    holder.__prismaUrl = databaseUrl();
    holder.__prisma = createPrismaClient(holder.__prismaUrl);
  }
  return holder.__prisma;
}

/** True when the process-wide client is on PostgreSQL (advisory locks replace in-process ones). */
export function onPostgres(): boolean {
  getDb();
  return isPostgresUrl(holder.__prismaUrl ?? "");
}

/**
 * A case-insensitive `contains` filter on either database: SQLite's LIKE already ignores ASCII case,
 * PostgreSQL needs `mode: "insensitive"` (which the SQLite client does not accept).
 */
export function containsText(text: string): { contains: string } {
  return (onPostgres() ? { contains: text, mode: "insensitive" } : { contains: text }) as { contains: string };
}

/** Replaces the process-wide client (tests); `url` says which database it is on. */
export function setDb(client: PrismaClient | undefined, url?: string): void {
  holder.__prisma = client;
  holder.__prismaUrl = client ? url : undefined;
}

/** The process-wide client; resolved per access so `setDb` takes effect everywhere. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
