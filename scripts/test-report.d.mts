/** Types of test-report.mjs (plain JavaScript so that `node scripts/test.mjs` runs it as is). */
export interface RunnerCounts {
  passed: number;
  failed: number;
  skipped: number;
}
export function vitestCounts(report: unknown): RunnerCounts;
export function playwrightCounts(report: unknown): RunnerCounts;
