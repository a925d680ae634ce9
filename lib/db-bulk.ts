import type { Prisma } from "@prisma/client";
import type BetterSqlite3 from "better-sqlite3";
import { getDb, sqliteInTransaction } from "@/lib/db";

/** A row to insert: column name → value (Date, string, number, boolean or null). */
type Row = Record<string, Date | string | number | boolean | null | undefined>;

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** How Prisma stores a DateTime in SQLite: ISO 8601 UTC with milliseconds and "+00:00". */
const sqliteDateTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

function sqliteValue(value: Row[string]): string | number | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return sqliteDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** `sql` prepared once per connection and kept. */
export function preparedStatement(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  const cache = statements.get(sqlite) ?? new Map<string, BetterSqlite3.Statement>();
  statements.set(sqlite, cache);
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

function insertStatement(sqlite: BetterSqlite3.Database, table: string, columns: string[]): BetterSqlite3.Statement {
  return preparedStatement(sqlite, `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
}

/**
 * Inserts `rows` (all with the same columns, every required column given) into `table` inside
 * the transaction `tx` belongs to. On SQLite, with that transaction open on the process-wide
 * client's connection, through one cached prepared statement (microseconds a row); otherwise
 * with `createMany` (one multi-row INSERT through Prisma). Values are stored as Prisma stores
 * them. Throws the driver's error (e.g. a unique constraint), which fails the transaction.
 */
export async function bulkInsert<T extends Row>(
  tx: Prisma.TransactionClient,
  table: "AuditEvent" | "WebhookEvent",
  rows: T[],
  createMany: (tx: Prisma.TransactionClient, rows: T[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  const sqlite = sqliteInTransaction(getDb());
  if (!sqlite) {
    await createMany(tx, rows);
    return;
  }
  const columns = Object.keys(rows[0]);
  const insert = insertStatement(sqlite, table, columns);
  for (const row of rows) insert.run(columns.map((column) => sqliteValue(row[column])));
}

/**
 * Inserts one row as {@link bulkInsert} does and returns its rowid (the table's INTEGER PRIMARY
 * KEY, e.g. AuditEvent.seq): on the SQLite fast path from the statement itself, otherwise what
 * `createOne` (a Prisma create selecting that key) returns.
 */
export async function insertOne<T extends Row>(
  tx: Prisma.TransactionClient,
  table: "AuditEvent",
  row: T,
  createOne: (tx: Prisma.TransactionClient, row: T) => Promise<number>,
): Promise<number> {
  const sqlite = sqliteInTransaction(getDb());
  if (!sqlite) return createOne(tx, row);
  const columns = Object.keys(row);
  return Number(insertStatement(sqlite, table, columns).run(columns.map((column) => sqliteValue(row[column]))).lastInsertRowid);
}
