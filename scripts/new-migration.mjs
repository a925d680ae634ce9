// Writes the next migration offline: a pure schema diff between the schema as of the last
// migration (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma. `prisma migrate
// dev` cannot be used: its shadow database fails in the WebAssembly schema engine on SQLite.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration:new -- <name>");
  process.exit(2);
}
const dir = "prisma/migrations";
// The CLI opens the configured database even for a pure schema diff; make sure its folder exists.
mkdirSync(".data", { recursive: true });
const snapshot = path.join(dir, "schema.snapshot.prisma");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./.data/console.db" } },
);
if (!/\b(CREATE|ALTER|DROP)\b/i.test(sql)) {
  console.log("The schema has not changed since the last migration; nothing written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, "migration.sql"), sql);
if (!existsSync(path.join(dir, "migration_lock.toml"))) {
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "sqlite"\n');
}
copyFileSync("prisma/schema.prisma", snapshot);
console.log(`Wrote ${target}/migration.sql`);
