import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { CLUSTER_PORT } from "./support/cluster";

// The several-instance specs (`npm run test:cluster`): each spec starts its own cluster
// (./support/cluster.ts) on PostgreSQL and Redis behind a balancer at CLUSTER_PORT.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 240_000,
  expect: { timeout: 15_000 },
  outputDir: "../../.data/cluster-results",
  globalSetup: "./support/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${CLUSTER_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromium, args },
  },
});
