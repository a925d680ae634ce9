// `npm run test:postgres`: the Vitest suite again with every database test on PostgreSQL. Each test
// file gets a throw-away database (console_test_<run>_<random>) on the server at TEST_POSTGRES_URL
// (default postgresql://postgres@127.0.0.1:5432/postgres), migrated with the PostgreSQL migrations;
// this run's leftovers are dropped at the end (runs side by side never touch each other's). Starts the local server when it is not
// running (Debian's pg_ctlcluster, as on CI's machines).
import { execSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { ensureInstall } from "./ensure-install.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
ensureInstall();
const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable() {
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

if (!(await reachable())) {
  console.log(`PostgreSQL is not answering at ${new URL(server).host}; starting the local cluster`);
  try {
    execSync("pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", { stdio: "inherit", shell: "/bin/bash" });
  } catch {
    console.error("Could not start PostgreSQL. Start it, or set TEST_POSTGRES_URL to a server this user may create databases on.");
    process.exit(1);
  }
  for (let i = 0; i < 30 && !(await reachable()); i++) await new Promise((r) => setTimeout(r, 500));
}

const prefix = `console_test_${randomBytes(3).toString("hex")}_`;
const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_POSTGRES_URL: server, TEST_POSTGRES_DATABASE_PREFIX: prefix, FORCE_COLOR: "0" },
});

const admin = new pg.Client({ connectionString: server });
await admin.connect();
const { rows } = await admin.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
await admin.end();
process.exit(result.status ?? 1);
