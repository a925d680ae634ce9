// `npm test`: the whole suite. Static gates (tsc, ESLint, dependency-cruiser's structure rules,
// knip's unused files/exports/dependencies), Vitest (units, clients against
// sandboxes, real-database tests), then Playwright in Chromium against a production build
// (`next start`, see playwright.config.ts). Prints one closing line "N passed, N failed" over all
// of them (each gate counts as one) and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureBrowser } from "./ensure-browser.mjs";
import { ensureInstall } from "./ensure-install.mjs";
import { playwrightCounts, vitestCounts } from "./test-report.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
ensureInstall();
ensureBrowser();
mkdirSync(".data/reports", { recursive: true });
const env = { ...process.env, FORCE_COLOR: "0" };

const gates = [
  ["typecheck", ["tsc", "--noEmit", "-p", "."]],
  ["lint", ["eslint", ".", "--max-warnings=0"]],
  ["structure", ["depcruise", "app", "lib", "components", "scripts", "e2e", "bench", "prisma", "proxy.ts", "instrumentation.ts", "--config", ".dependency-cruiser.cjs"]],
  ["unused", ["knip", "--no-progress"]],
].map(([name, args]) => {
  const result = spawnSync("npx", args, { stdio: "inherit", env });
  console.log(`${name}: ${result.status === 0 ? "ok" : "FAILED"}`);
  return result.status === 0;
});

const vitestReport = ".data/reports/vitest.json";
const vitest = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${vitestReport}`], {
  stdio: "inherit",
  env,
});

const playwrightReport = ".data/reports/playwright.json";
const playwright = spawnSync("npx", ["playwright", "test", "--reporter=list,json"], {
  stdio: "inherit",
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
});

/** A runner's JSON report, or undefined when the runner wrote none. */
function readReport(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

const v = vitestCounts(readReport(vitestReport));
const p = playwrightCounts(readReport(playwrightReport));
const gatesPassed = gates.filter(Boolean).length;
const gatesFailed = gates.length - gatesPassed;
const failedRunner = vitest.status !== 0 || playwright.status !== 0;
const failed = gatesFailed + v.failed + p.failed + (failedRunner && v.failed + p.failed === 0 ? 1 : 0);
console.log(`\ngates: ${gatesPassed} passed, ${gatesFailed} failed; vitest: ${v.passed} passed, ${v.failed} failed; playwright: ${p.passed} passed, ${p.failed} failed`);
console.log(`${gatesPassed + v.passed + p.passed} passed, ${failed} failed, ${v.skipped + p.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
