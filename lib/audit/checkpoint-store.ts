import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { databaseUrl } from "@/lib/db";
import { getRedis } from "@/lib/redis";

/**
 * Where audit checkpoints (checkpoint.ts) are appended, outside the database:
 * - `AUDIT_CHECKPOINTS` unset: an append-only file beside the SQLite database
 *   (`.data/console.db.audit-checkpoints` for the default database), or
 *   `.data/audit-checkpoints-<host>-<database>` for a PostgreSQL one (one file per database, so
 *   two databases on one checkout never anchor each other's chain);
 * - `AUDIT_CHECKPOINTS=<path>`: that file;
 * - `AUDIT_CHECKPOINTS=redis`: the Redis list `audit:checkpoints` at REDIS_URL (another machine
 *   than the database's, ideally with its own credentials);
 * - `AUDIT_CHECKPOINTS=off`: none (the chain is then not anchored; tests use this by default).
 * The file is opened for appending only; on a real deployment make it append-only for the
 * system too (`chattr +a`) or ship it elsewhere, so that whoever can rewrite the database
 * cannot also rewrite the checkpoints.
 * Source: issue 11, finding 5.
 */
export interface CheckpointStore {
  /** Where the checkpoints are, for messages. */
  readonly location: string;
  append(line: string): Promise<void>;
  /** Every stored line, oldest first (empty when the store does not exist yet). */
  lines(): Promise<string[]>;
}

export const REDIS_CHECKPOINT_KEY = "audit:checkpoints";

export function fileCheckpointStore(file: string): CheckpointStore {
  return {
    location: file,
    async append(line) {
      await mkdir(path.dirname(file), { recursive: true });
      await appendFile(file, line + "\n", { encoding: "utf8", flag: "a", mode: 0o600 });
    },
    async lines() {
      try {
        return (await readFile(file, "utf8")).split("\n").filter((line) => line.trim() !== "");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
    },
  };
}

function redisCheckpointStore(): CheckpointStore {
  const redis = getRedis();
  if (!redis) throw new Error("AUDIT_CHECKPOINTS=redis needs REDIS_URL");
  return {
    location: `redis list ${REDIS_CHECKPOINT_KEY}`,
    async append(line) {
      await redis.rpush(REDIS_CHECKPOINT_KEY, line);
    },
    lines: () => redis.lrange(REDIS_CHECKPOINT_KEY, 0, -1),
  };
}

/** The default file: beside a SQLite database file, else `.data/audit-checkpoints-<host>-<database>`. */
export function defaultCheckpointFile(url = databaseUrl()): string {
  if (url.startsWith("file:")) return `${url.slice("file:".length)}.audit-checkpoints`;
  const { hostname, port, pathname } = new URL(url);
  const name = `${hostname}${port ? `_${port}` : ""}-${decodeURIComponent(pathname.slice(1)) || "default"}`.replace(/[^\w.-]/g, "_");
  return path.join(".data", `audit-checkpoints-${name}`);
}

/** The store configured by AUDIT_CHECKPOINTS (see above); null when checkpoints are off. */
export function configuredCheckpointStore(): CheckpointStore | null {
  const setting = process.env.AUDIT_CHECKPOINTS?.trim();
  if (setting === "off") return null;
  if (setting === "redis") return redisCheckpointStore();
  return fileCheckpointStore(setting || defaultCheckpointFile());
}
