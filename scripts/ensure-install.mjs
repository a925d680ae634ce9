// Installs the npm dependencies when node_modules is missing or older than package-lock.json,
// so `npm start` and `npm test` work on a fresh clone. Uses only Node's built-ins.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function ensureInstall() {
  const marker = "node_modules/.package-lock.json";
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs) return;
  // npm install (not ci) installs the lock's versions; see .ci/run for why `npm ci` cannot be used.
  console.log("Installing dependencies (npm install)…");
  execFileSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
}
