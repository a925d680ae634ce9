// The PostgreSQL schema is derived from prisma/schema.prisma (the one source schema, SQLite's), never
// edited by hand: `node scripts/postgres-schema.mjs` writes prisma/postgres/schema.prisma, and
// `npm run db:migration:new` does it before writing each pair of migrations. The drift test
// (lib/db/postgres-schema.test.ts) fails when the committed copy is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SOURCE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
/** Where the PostgreSQL client is generated: a package of its own beside @prisma/client's. */
export const POSTGRES_CLIENT_OUTPUT = "../../node_modules/@prisma-postgres/client";
/**
 * `prisma generate` downloads an engine when the datasource URL's scheme does not match its
 * provider; a literal URL of the right scheme avoids that. It is never connected to: the CLI and
 * the console connect through the adapter (prisma/postgres/prisma.config.ts, lib/db).
 */
const PLACEHOLDER_URL = "postgresql://placeholder@localhost:5432/placeholder";

/** The PostgreSQL schema text for a SQLite schema text (pure; throws on a shape it does not know). */
export function derivePostgresSchema(sqlite) {
  const header = "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit.\n";
  const datasource = /datasource db \{\n\s*provider = "sqlite"\n\s*url\s*= env\("DATABASE_URL"\)\n\}/;
  const generator = /(generator client \{\n\s*provider\s*= "prisma-client-js"\n)/;
  if (!datasource.test(sqlite) || !generator.test(sqlite)) {
    throw new Error(`${SOURCE_SCHEMA}: expected the sqlite datasource and the prisma-client-js generator`);
  }
  if (/@db\./.test(sqlite)) throw new Error(`${SOURCE_SCHEMA}: native types (@db.*) are not portable`);
  return (
    header +
    sqlite
      .replace(datasource, `datasource db {\n  provider = "postgresql"\n  url      = "${PLACEHOLDER_URL}"\n}`)
      .replace(generator, `$1  output          = "${POSTGRES_CLIENT_OUTPUT}"\n`)
  );
}

/** Writes prisma/postgres/schema.prisma; returns true when it changed. */
export function writePostgresSchema(root = process.cwd()) {
  const target = path.join(root, POSTGRES_SCHEMA);
  const next = derivePostgresSchema(readFileSync(path.join(root, SOURCE_SCHEMA), "utf8"));
  let previous = "";
  try {
    previous = readFileSync(target, "utf8");
  } catch {}
  if (previous === next) return false;
  writeFileSync(target, next);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(writePostgresSchema() ? `Wrote ${POSTGRES_SCHEMA}` : `${POSTGRES_SCHEMA} is up to date`);
}
