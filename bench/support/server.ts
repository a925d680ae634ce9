import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { BENCH_DIST_DIR } from "./build";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url, { method: "POST", body: "{}" });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/**
 * The console's production server (scripts/serve.mjs over the bench build) on `port`, with a
 * fixed AUTH_SECRET and AUDIT_CHAIN_KEY, LOG_LEVEL info, in sandbox mode (no provider credentials): resolves once
 * `probePath` answers. stdout is dropped, stderr kept.
 */
export async function startConsole(port: number, env: Record<string, string>, probePath = "/api/bench/bare"): Promise<RunningServer> {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: "bench-auth-secret-bench-auth-secret-0123456789",
      AUDIT_CHAIN_KEY: "bench-audit-chain-key-0123456789",
      // The production default, whatever the bench itself logs at.
      LOG_LEVEL: "info",
      ...env,
    },
  });
  const url = `http://localhost:${port}`;
  await waitUntilUp(url + probePath, child);
  return { url, stop: stopper(child) };
}

/** Any node script as a server on `port` (the bare node:http floor). */
export async function startScript(script: string, port: number, env: Record<string, string>, probePath: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [script], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, PORT: String(port), ...env } });
  const url = `http://localhost:${port}`;
  await waitUntilUp(url + probePath, child);
  return { url, stop: stopper(child) };
}
