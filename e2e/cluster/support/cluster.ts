import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startBalancer, type Balancer } from "./balancer";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** The PostgreSQL server the cluster's throw-away database is created on (as `npm run test:postgres`). */
export const POSTGRES_SERVER = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const REDIS_URL = process.env.CLUSTER_REDIS_URL ?? "redis://127.0.0.1:6379";
/** The balancer's port; the instances listen on the next ones. The cluster config's baseURL names it. */
export const CLUSTER_PORT = Number(process.env.CLUSTER_PORT ?? 3300);
export const AUDIT_CHAIN_KEY = "cluster-audit-chain-key-0123456789";

export interface Instance {
  name: string;
  port: number;
  /** The instance itself, past the balancer. */
  url: string;
  env: Record<string, string>;
  child: ChildProcess | null;
}

export interface Cluster {
  /** The balancer: the console's one public URL (every instance's APP_URL). */
  url: string;
  balancer: Balancer;
  instances: Instance[];
  databaseUrl: string;
  /** The audit checkpoint file every instance appends to. */
  checkpoints: string;
  /** One SQL query on the cluster's database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Kills one instance with `signal` (SIGKILL: no shutdown hook runs) and waits until it is gone. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts one instance (again), with `env` over its own, and waits until it answers. */
  start(name: string, env?: Record<string, string>): Promise<void>;
  /** Everything stopped, the database dropped, the sandbox state removed. */
  stop(): Promise<void>;
}

async function waitUntilUp(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child?.exitCode !== null && instance.child?.exitCode !== undefined) throw new Error(`instance ${instance.name} exited with ${instance.child.exitCode}`);
    try {
      const res = await fetch(`${instance.url}/login`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance ${instance.name} did not answer ${instance.url}/login within ${timeoutMs} ms`);
}

/**
 * Several console instances as docs/deployment.md › "Several instances" describes them: one
 * throw-away PostgreSQL database (migrated and seeded as `npm start` does), one Redis, the same
 * production build served by `scripts/serve.mjs` per instance, instance "a" serving the
 * sandboxes (its state in a temporary SANDBOX_STATE_DIR), one audit checkpoint file, and every other instance started with
 * SANDBOX_ORIGIN naming it, and a round-robin balancer in front (./balancer.ts) whose URL is
 * every instance's APP_URL. Background jobs are off (JOBS=off): the tests run reconciliation
 * themselves, where they look. The build must exist (the cluster config's global setup).
 */
/** A new, empty database on POSTGRES_SERVER: its URL, and `drop` (forcing its connections closed). */
export async function throwAwayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = `console_cluster_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  return {
    url: Object.assign(new URL(POSTGRES_SERVER), { pathname: `/${database}` }).toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: POSTGRES_SERVER });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export async function startCluster({ names = ["a", "b"], env = {} }: { names?: string[]; env?: Record<string, string> } = {}): Promise<Cluster> {
  const database = await throwAwayPostgres();
  const databaseUrl = database.url;
  const base = { ...process.env, DATABASE_URL: databaseUrl } as NodeJS.ProcessEnv;
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma/postgres/prisma.config.ts"], { cwd: ROOT, stdio: "ignore", env: base });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, stdio: "ignore", env: base });

  const stateDir = mkdtempSync(path.join(tmpdir(), "console-cluster-"));
  const checkpoints = path.join(stateDir, "audit-checkpoints");
  const url = `http://127.0.0.1:${CLUSTER_PORT}`;
  const instances: Instance[] = names.map((name, i) => {
    const port = CLUSTER_PORT + 1 + i;
    return {
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      child: null,
      env: {
        PORT: String(port),
        APP_URL: url,
        DATABASE_URL: databaseUrl,
        REDIS_URL,
        AUTH_SECRET: "cluster-auth-secret-cluster-auth-secret-0123",
        AUDIT_CHAIN_KEY,
        // One checkpoint file for every instance (they share this machine; a deployment uses AUDIT_CHECKPOINTS=redis).
        AUDIT_CHECKPOINTS: checkpoints,
        TRUSTED_PROXIES: "127.0.0.1, ::1",
        PROVIDER_TIMEOUT_MS: "3000",
        KTN_FULFILMENT_DELAY_MS: "2000",
        LOG_LEVEL: "warn",
        JOBS: "off",
        ...(i === 0 ? { SANDBOX_STATE_DIR: path.join(stateDir, "sandbox") } : { SANDBOX_STATE_DIR: "off", SANDBOX_ORIGIN: `http://127.0.0.1:${CLUSTER_PORT + 1}` }),
        ...env,
      },
    };
  });
  const byName = (name: string) => {
    const instance = instances.find((i) => i.name === name);
    if (!instance) throw new Error(`no instance ${name}`);
    return instance;
  };
  const start = async (name: string, override: Record<string, string> = {}) => {
    const instance = byName(name);
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SANDBOX_|APP_URL|PORT|JOBS|REDIS_URL|DATABASE_URL)/.test(key)));
    instance.child = spawn(process.execPath, ["scripts/serve.mjs"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...inherited, ...instance.env, ...override } as NodeJS.ProcessEnv });
    await waitUntilUp(instance);
  };
  const kill = async (name: string, signal: NodeJS.Signals = "SIGKILL") => {
    const child = byName(name).child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    await gone;
  };
  const balancer = await startBalancer(CLUSTER_PORT, () => instances.filter((i) => i.child && i.child.exitCode === null && i.child.signalCode === null));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    for (const instance of instances) await start(instance.name);
  } catch (error) {
    for (const instance of instances) await kill(instance.name);
    throw error;
  }
  return {
    url,
    balancer,
    instances,
    databaseUrl,
    checkpoints,
    sql: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    kill,
    start,
    async stop() {
      for (const instance of instances) await kill(instance.name, "SIGTERM");
      await balancer.close();
      await pool.end();
      await database.drop();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** `npm run audit:verify` on the cluster's database: exit code and what it printed. */
export function verifyAuditChain(cluster: Cluster): { ok: boolean; output: string } {
  try {
    const output = execFileSync("npx", ["tsx", "scripts/audit-verify.ts"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: cluster.databaseUrl, AUDIT_CHAIN_KEY, AUDIT_CHECKPOINTS: cluster.checkpoints } });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
