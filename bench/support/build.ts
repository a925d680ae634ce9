import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the bench's production build goes (beside, never over, the console's own `.next`). */
export const BENCH_DIST_DIR = ".next-bench";
const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

/**
 * A production build (`next build`) into BENCH_DIST_DIR with NEXT_BENCH_ROUTES=1, so the same
 * build also serves the bench-only `route.bench.ts` routes (next.config.ts). Rebuilt when a
 * source is newer than the build, or always with FORCE_BUILD=1, as `npm start` does.
 */
export function ensureBenchBuild(): void {
  const buildId = path.join(ROOT, BENCH_DIST_DIR, "BUILD_ID");
  const stale = !existsSync(buildId) || Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s)))) > statSync(buildId).mtimeMs;
  if (!stale && process.env.FORCE_BUILD !== "1") return;
  console.log(`building the production build into ${BENCH_DIST_DIR} …`);
  // `next build` adds its distDir's generated types to tsconfig.json; the bench's stay out of it.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const kept = readFileSync(tsconfig, "utf8");
  try {
    execFileSync("npx", ["next", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_BENCH_ROUTES: "1" } });
  } finally {
    writeFileSync(tsconfig, kept);
  }
}
