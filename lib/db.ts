import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@prisma-postgres/client";

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
 * A client for `url`: PostgreSQL through adapter-pg for a postgres URL (the client generated from
 * prisma/postgres/schema.prisma, derived from the one source schema), SQLite through better-sqlite3
 * otherwise. Both are the JavaScript engine; no native query engine runs. The PostgreSQL client is
 * typed as the SQLite one: the schemas are the same models (one cast, here).
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // timeout = busy_timeout in ms: a second writer waits instead of failing with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
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
