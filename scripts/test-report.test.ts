import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { playwrightCounts, vitestCounts } from "./test-report.mjs";

/**
 * The closing line of `npm test` must count every kind of failure. The Vitest case runs the real
 * Vitest on a throwaway project (inside the repository, so it resolves `vitest`) and counts its
 * real JSON report: a passing test, a failing test, a skipped test and a file that throws on import.
 */
const repoRoot = path.resolve(import.meta.dirname, "..");
mkdirSync(path.join(repoRoot, ".data"), { recursive: true });
const project = mkdtempSync(path.join(repoRoot, ".data", "test-report-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("vitestCounts on a real Vitest report", () => {
  it("counts a file that fails before its tests run as one failure, beside failed, passed and skipped tests", () => {
    writeFileSync(path.join(project, "vitest.config.mjs"), "export default {};\n");
    writeFileSync(
      path.join(project, "mixed.test.ts"),
      'import { it, expect } from "vitest";\nit("passes", () => expect(1).toBe(1));\nit("fails", () => expect(1).toBe(2));\nit.skip("is skipped", () => {});\n',
    );
    writeFileSync(path.join(project, "broken.test.ts"), 'import { it } from "vitest";\nthrow new Error("broken at import");\nit("never runs", () => {});\n');
    const reportFile = path.join(project, "report.json");
    const run = spawnSync("npx", ["vitest", "run", "--reporter=json", `--outputFile=${reportFile}`], { cwd: project, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
    expect(run.status).not.toBe(0);

    expect(vitestCounts(JSON.parse(readFileSync(reportFile, "utf8")))).toEqual({ passed: 1, failed: 2, skipped: 1 });
  }, 60_000);

  it("counts a missing report as one failure", () => {
    expect(vitestCounts(undefined)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});

describe("playwrightCounts", () => {
  it("counts flaky tests as passed and unexpected ones as failed", () => {
    expect(playwrightCounts({ stats: { expected: 16, flaky: 1, unexpected: 2, skipped: 3 } })).toEqual({ passed: 17, failed: 2, skipped: 3 });
  });

  it("counts a missing report as one failure", () => {
    expect(playwrightCounts(undefined)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});
