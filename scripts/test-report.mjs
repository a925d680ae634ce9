// Counts for `npm test`'s closing line, read from the runners' JSON reports.

/**
 * Vitest JSON report (`--reporter=json`) → {passed, failed, skipped} tests. A file that fails
 * before its tests run (an import, a top-level statement or a `beforeAll` throwing) reports no
 * failed test, only a failed file: it counts as one failure. A missing report is one failure.
 * @param {any} report parsed JSON, or undefined when the report file is missing
 */
export function vitestCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed"),
  ).length;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles, skipped: report.numPendingTests ?? 0 };
}

/**
 * Playwright JSON report → {passed, failed, skipped} tests; flaky tests (passed on retry) count
 * as passed. A missing report is one failure.
 * @param {any} report parsed JSON, or undefined when the report file is missing
 */
export function playwrightCounts(report) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}
