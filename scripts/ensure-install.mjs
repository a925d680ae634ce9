// Installs the npm dependencies when node_modules is missing or older than package-lock.json,
// so `npm start` and `npm test` work on a fresh clone. `npm ci` installs exactly the locked
// versions (the lock holds every platform's optional native packages). Uses only Node's built-ins.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export function ensureInstall() {
  const marker = "node_modules/.package-lock.json";
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync("package-lock.json").mtimeMs) return;
  console.log("Installing dependencies (npm ci)…");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
}
