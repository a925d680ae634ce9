// `next build` when the sources are newer than the last build (or FORCE_BUILD=1): shared by
// `npm start` (scripts/start.mjs) and the several-instance tests (e2e/cluster), which serve the
// same build from more than one process.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestMtime(path.join(entry, child))));
}

/** Builds into NEXT_DIST_DIR (default .next) unless its BUILD_ID is newer than every source. */
export function buildIfStale(env = process.env) {
  const buildId = path.join(root, env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  const newest = Math.max(...SOURCES.map((entry) => newestMtime(path.join(root, entry))));
  const stale = !existsSync(buildId) || newest > statSync(buildId).mtimeMs;
  if (stale || env.FORCE_BUILD === "1") execFileSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env });
}
