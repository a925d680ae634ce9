// `npm start`: prepares the embedded default and starts the console in production mode.
// 0. npm dependencies, when missing (a fresh clone);
// 1. .data/, a persistent AUTH_SECRET and AUDIT_CHAIN_KEY (unless given);
// 2. `prisma migrate deploy` (SQLite's migrations, or PostgreSQL's for a postgres DATABASE_URL) and
//    the demo-account seed;
// 3. `next build` when the sources are newer than the last build;
// 4. the production server (scripts/serve.mjs: `next start` that records the real peer address) on PORT (default 3000).
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";
import { ensureInstall } from "./ensure-install.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
ensureInstall();
mkdirSync(".data", { recursive: true });
process.env.DATABASE_URL ??= "file:./.data/console.db";

/** A secret from the environment, else from `.data/<file>` (created with 32 random bytes on first start). */
function persistentSecret(name, file) {
  if (process.env[name]) return;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env[name] = readFileSync(file, "utf8").trim();
}
persistentSecret("AUTH_SECRET", ".data/auth-secret");
// The audit chain's HMAC key: never in the database (lib/audit/chain-key.ts).
persistentSecret("AUDIT_CHAIN_KEY", ".data/audit-key");

// Test runs ask for a fresh database; only a SQLite file inside .data/ is ever removed.
if (process.env.RESET_DATABASE === "1") {
  const file = process.env.DATABASE_URL.replace(/^file:/, "");
  if (path.resolve(file).startsWith(path.resolve(".data") + path.sep)) {
    for (const suffix of ["", "-wal", "-shm", "-journal", ".audit-checkpoints"]) rmSync(file + suffix, { force: true });
  }
  // The simulators' saved state goes with it (lib/sandbox/persistence.ts), again only inside .data/.
  const sandboxState = path.resolve(process.env.SANDBOX_STATE_DIR || ".data/sandbox");
  if (sandboxState.startsWith(path.resolve(".data") + path.sep)) rmSync(sandboxState, { recursive: true, force: true });
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });
const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL);
run("npx", ["prisma", "migrate", "deploy", ...(onPostgres ? ["--config", "prisma/postgres/prisma.config.ts"] : [])]);
run("npx", ["tsx", "prisma/seed.ts"]);

buildIfStale();

const port = process.env.PORT ?? "3000";
console.log(`Merchant Console on http://localhost:${port} (sign in as admin@demo.test / demo-password)`);
const child = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
