import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

// Playwright's own browser download is not reachable everywhere; Debian's Chromium is used when
// present (CHROMIUM_PATH overrides), Playwright's bundled browser otherwise.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const quietFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  // The several-instance specs start their own servers on PostgreSQL (npm run test:cluster).
  testIgnore: "cluster/**",
  // One console process and one set of sandbox state: specs run one after another.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: ".data/test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromium, args: quietFlags },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromium, args: quietFlags } } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      APP_URL: baseURL,
      DATABASE_URL: `file:./.data/e2e-${PORT}.db`,
      SANDBOX_STATE_DIR: `.data/e2e-${PORT}-sandbox`,
      AUTH_SECRET: "e2e-auth-secret-e2e-auth-secret-0123456789",
      // A lost response must turn into UNKNOWN quickly in the browser flows.
      PROVIDER_TIMEOUT_MS: "3000",
      KTN_FULFILMENT_DELAY_MS: "2000",
      LOG_LEVEL: "warn",
      // Every run starts from an empty e2e database.
      RESET_DATABASE: "1",
      // No background job may settle a record while a spec is looking at it; e2e/jobs.spec.ts uses "Run now".
      JOBS: "off",
    },
  },
});
