import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface ThrowAwayDatabase {
  /** `file:<path>`, for DATABASE_URL. */
  url: string;
  file: string;
  /** The audit checkpoint file the console writes beside it (checkpoint-store.ts default). */
  checkpoints: string;
  dispose: () => void;
}

/**
 * A new SQLite file in a temporary directory, migrated with `prisma migrate deploy` exactly as
 * `npm start` migrates the console's own (so it starts in whatever journal mode that leaves).
 * A benchmark given DATABASE_URL (e.g. PostgreSQL) is not handed one of these.
 */
export function throwAwayDatabase(): ThrowAwayDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "console-bench-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, stdio: "ignore", env: { ...process.env, DATABASE_URL: url } });
  return { url, file, checkpoints: `${file}.audit-checkpoints`, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
