/**
 * `npm run bench -- webhook`: Kard webhook ingest on a production build.
 * Three targets, one after another on the same machine, each under the same closed-loop load
 * (BENCH_CONNECTIONS connections, default 20, for BENCH_DURATION seconds, default 10, after a
 * 3 s warm-up), every request a unique, correctly signed Kard notification:
 * - bare: POST /api/bench/bare of the same build (reads the body, answers 200; route.bench.ts);
 * - console: POST /api/webhooks/kard (verify, store once, audit, apply);
 * - floor: bare node:http + the same HMAC + one SQLite WAL insert (bench/floor-server.mjs).
 * Prints events/s (2xx per second), p50/p99 latency (ms), non-2xx, errors and the ratio to the
 * bare handler; then waits until every stored event is applied, stops the server and checks
 * that every acknowledged event is stored exactly once (one row, one delivery, APPLIED) and that
 * the audit chain verifies with its checkpoints. The console runs on a throw-away SQLite
 * database migrated like `npm start` does, unless DATABASE_URL is given.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { fileCheckpointStore } from "@/lib/audit/checkpoint-store";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db";
import { hmacBase64, kardNotification } from "@/lib/providers/kard/testing/webhooks";
import { ensureBenchBuild } from "./support/build";
import { throwAwayDatabase } from "./support/database";
import { runLoad, type LoadResult } from "./support/load";
import { startConsole, startScript } from "./support/server";
import { table } from "./support/stats";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = 3;
const CONSOLE_PORT = Number(process.env.BENCH_PORT ?? 3113);
const FLOOR_PORT = CONSOLE_PORT + 1;
const AUDIT_CHAIN_KEY = "bench-audit-chain-key-0123456789";

/** Unique signed notifications: `validTransaction` about a transaction, as Kard sends them. */
function notifications(prefix: string) {
  let n = 0;
  return () => {
    n += 1;
    const id = `${prefix}-${n}`;
    const body = kardNotification("validTransaction", id, { transactionId: `bench-tx-${n}` });
    return { id, body, headers: { "notify-signature": hmacBase64(body) } };
  };
}

async function measured(label: string, url: string, prefix: string): Promise<LoadResult> {
  const next = notifications(prefix);
  const warm = await runLoad({ label, url, connections: CONNECTIONS, durationSeconds: WARMUP, next });
  const run = await runLoad({ label, url, connections: CONNECTIONS, durationSeconds: DURATION, next });
  return { ...run, acknowledged: [...warm.acknowledged, ...run.acknowledged] };
}

function row(result: LoadResult, bare: LoadResult) {
  return [result.label, result.perSecond.toFixed(0), result.p50.toFixed(1), result.p99.toFixed(1), result.non2xx, result.errors, (result.perSecond / bare.perSecond).toFixed(2)];
}

async function waitUntilApplied(client: ReturnType<typeof createPrismaClient>, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await client.webhookEvent.count({ where: { status: "RECEIVED" } });
    if (pending === 0 || Date.now() > deadline) return pending;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every acknowledged id once, with one delivery, APPLIED; returns the problems found. */
async function checkConsole(client: ReturnType<typeof createPrismaClient>, acknowledged: string[]): Promise<string[]> {
  const rows = await client.webhookEvent.findMany({ where: { provider: "kard" }, select: { eventId: true, deliveries: true, status: true } });
  const byId = new Map(rows.map((r) => [r.eventId, r]));
  const problems: string[] = [];
  const missing = acknowledged.filter((id) => !byId.has(id));
  if (missing.length) problems.push(`${missing.length} acknowledged events not stored (e.g. ${missing[0]})`);
  if (new Set(acknowledged).size !== acknowledged.length) problems.push("an event id was acknowledged twice");
  const repeated = rows.filter((r) => r.deliveries !== 1);
  if (repeated.length) problems.push(`${repeated.length} events stored with more than one delivery`);
  const notApplied = rows.filter((r) => r.status !== "APPLIED");
  if (notApplied.length) problems.push(`${notApplied.length} events not APPLIED (e.g. ${notApplied[0].status})`);
  return problems;
}

function checkFloor(file: string, acknowledged: string[]): string[] {
  const sqlite = new Database(file, { readonly: true });
  const stored = new Set((sqlite.prepare("SELECT event_id FROM event").all() as { event_id: string }[]).map((r) => r.event_id));
  sqlite.close();
  const missing = acknowledged.filter((id) => !stored.has(id));
  return missing.length ? [`floor: ${missing.length} acknowledged events not stored`] : [];
}

function pragmas(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  const mode = sqlite.pragma("journal_mode", { simple: true });
  sqlite.close();
  return `journal_mode=${mode}`;
}

export async function webhookBench(): Promise<boolean> {
  ensureBenchBuild();
  const throwAway = process.env.DATABASE_URL ? null : throwAwayDatabase();
  const databaseUrl = process.env.DATABASE_URL ?? throwAway!.url;
  const floorDb = throwAwayDatabase();
  const run = randomBytes(4).toString("hex");
  console.log(`webhook: ${CONNECTIONS} connections, ${DURATION} s per target after a ${WARMUP} s warm-up; database ${databaseUrl}`);

  const server = await startConsole(CONSOLE_PORT, { DATABASE_URL: databaseUrl, AUDIT_CHAIN_KEY });
  let bare: LoadResult, console_: LoadResult;
  try {
    bare = await measured("bare Next route handler", `${server.url}/api/bench/bare`, `bare-${run}`);
    console_ = await measured("console /api/webhooks/kard", `${server.url}/api/webhooks/kard`, `evt-${run}`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const floorServer = await startScript("bench/floor-server.mjs", FLOOR_PORT, { FLOOR_DB: floorDb.file }, "/");
  const floor = await measured("floor: node:http + HMAC + 1 WAL insert", floorServer.url, `floor-${run}`);
  await floorServer.stop();

  const client = createPrismaClient(databaseUrl);
  const pending = await waitUntilApplied(client);
  await server.stop();
  console.log(table([["target", "events/s", "p50 ms", "p99 ms", "non-2xx", "errors", "× bare"], row(bare, bare), row(console_, bare), row(floor, bare)]));

  process.env.AUDIT_CHAIN_KEY = AUDIT_CHAIN_KEY;
  const checkpoints = throwAway ? fileCheckpointStore(throwAway.checkpoints) : undefined;
  const chain = await verifyAuditChain(client, { checkpoints });
  const problems = [
    ...(pending ? [`${pending} events still RECEIVED after the run`] : []),
    ...(await checkConsole(client, console_.acknowledged)),
    ...checkFloor(floorDb.file, floor.acknowledged),
    ...(chain.ok ? [] : [`audit chain broken at seq ${chain.brokenAt.seq}: ${chain.brokenAt.reason}`]),
  ];
  await client.$disconnect();
  console.log(`console database: ${throwAway ? pragmas(throwAway.file) : databaseUrl}`);
  console.log(`acknowledged ${console_.acknowledged.length} console events; audit chain: ${chain.ok ? `intact, ${chain.count} rows, ${chain.anchor.checkpoints} checkpoints` : "BROKEN"}`);
  console.log(problems.length ? `CHECKS FAILED:\n  ${problems.join("\n  ")}` : "checks: every acknowledged event stored exactly once and applied; audit chain verifies");
  throwAway?.dispose();
  floorDb.dispose();
  return problems.length === 0;
}
