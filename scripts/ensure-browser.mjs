// Makes sure Playwright has a Chromium to drive. Playwright's own browser download is not
// reachable everywhere, so Debian's Chromium is used: installed with apt-get when missing and
// this process may (root on Debian). CHROMIUM_PATH points at another binary.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return;
  const canApt = existsSync("/usr/bin/apt-get") && process.getuid?.() === 0;
  if (!canApt) {
    console.warn("No Chromium at /usr/bin/chromium: set CHROMIUM_PATH, install Debian's chromium, or run `npx playwright install chromium`.");
    return;
  }
  console.log("Installing Debian Chromium for Playwright…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
