// Writes the next migration offline, for SQLite and for PostgreSQL in one step: a pure schema diff
// between the schema as of the last migration (prisma/migrations/schema.snapshot.prisma, and its
// PostgreSQL twin) and prisma/schema.prisma (and prisma/postgres/schema.prisma, derived from it by
// scripts/postgres-schema.mjs). `prisma migrate dev` cannot be used: its shadow database fails in
// the WebAssembly schema engine on SQLite. The PostgreSQL diff connects to a server (the CLI opens the
// adapter even for a pure diff): DATABASE_URL when it is a postgres URL, else the local default.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, writePostgresSchema } from "./postgres-schema.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration:new -- <name>");
  process.exit(2);
}
// The CLI opens the configured database even for a pure schema diff; make sure its folder exists.
mkdirSync(".data", { recursive: true });
writePostgresSchema();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

const targets = [
  { dir: "prisma/migrations", schema: "prisma/schema.prisma", provider: "sqlite", config: [], url: "file:./.data/console.db" },
  {
    dir: "prisma/postgres/migrations",
    schema: POSTGRES_SCHEMA,
    provider: "postgresql",
    config: ["--config", "prisma/postgres/prisma.config.ts"],
    url: "postgresql://postgres@127.0.0.1:5432/postgres",
  },
];

for (const { dir, schema, provider, config, url } of targets) {
  const snapshot = path.join(dir, "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sameKind = provider === "sqlite" ? /^file:/.test(process.env.DATABASE_URL ?? "") : /^postgres/.test(process.env.DATABASE_URL ?? "");
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script", ...config],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: sameKind ? process.env.DATABASE_URL : url } },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/i.test(sql)) {
    console.log(`${schema} has not changed since the last migration; nothing written.`);
    continue;
  }
  const target = path.join(dir, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  if (!existsSync(path.join(dir, "migration_lock.toml"))) {
    writeFileSync(path.join(dir, "migration_lock.toml"), `provider = "${provider}"\n`);
  }
  copyFileSync(schema, snapshot);
  console.log(`Wrote ${target}/migration.sql`);
}
