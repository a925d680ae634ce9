import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "../support/auth";
import { CLUSTER_PORT, throwAwayPostgres } from "./support/cluster";

/**
 * Issue 12, "PostgreSQL": `npm start` with a PostgreSQL URL migrates an empty database, seeds the
 * demo accounts and serves — exactly the command the README gives, on its own port.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = CLUSTER_PORT + 20;
const URL_ = `http://127.0.0.1:${PORT}`;
let database: Awaited<ReturnType<typeof throwAwayPostgres>>;
let server: ChildProcess;
const checkpoints = path.join(tmpdir(), `npm-start-${process.pid}.audit-checkpoints`);

test.beforeAll(async () => {
  database = await throwAwayPostgres();
  server = spawn("npm", ["start"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: database.url, PORT: String(PORT), APP_URL: URL_, AUTH_SECRET: "npm-start-auth-secret-npm-start-auth-secret", AUDIT_CHAIN_KEY: "npm-start-audit-key-0123456789abcdef", AUDIT_CHECKPOINTS: checkpoints, JOBS: "off", LOG_LEVEL: "warn", SANDBOX_STATE_DIR: "off", REDIS_URL: "" },
    detached: true,
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}`);
    const up = await fetch(`${URL_}/login`).then((r) => r.ok).catch(() => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error("npm start did not serve /login within 180 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});
test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const gone = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await gone;
  }
  await database?.drop();
  rmSync(checkpoints, { force: true });
});

test("npm start on PostgreSQL: migrated, seeded, serving; the admin signs in and the sign-in is audited", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: URL_ });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: /Account menu for admin@demo.test/ })).toBeVisible();
  await page.goto("/audit");
  await expect(page.locator("td").filter({ hasText: "auth.session.sign-in" }).first()).toBeVisible();
  await context.close();
});
