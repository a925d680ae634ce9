/**
 * Audit append cost: `recordAudit` (redaction, chain lock, read last hash, HMAC-SHA256 with the
 * chain key, insert in a transaction, a signed checkpoint every 100 rows) against a baseline plain
 * insert of the same row, on the same SQLite file, in the same run; and the same appends with
 * checkpoints off, to show what the checkpoints cost. Prints rows/s for each and the ratios; run
 * with `npx tsx bench/audit-append.ts [rows]`. Concurrency: the same N writes issued all at once
 * (the chain lock serialises them).
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileCheckpointStore } from "@/lib/audit/checkpoint-store";
import { configureAuditCheckpoints, flushAuditCheckpoint } from "@/lib/audit/checkpointing";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase } from "@/lib/testing/db";

const rows = Number(process.argv[2] ?? 2000);
process.env.AUDIT_CHAIN_KEY ??= "bench-audit-chain-key-0123456789";
const { db, url, dispose } = await createTestDatabase();
const checkpoints = fileCheckpointStore(`${url.slice("file:".length)}.audit-checkpoints`);

const entry = {
  actor: { staff: { id: "bench", email: "bench@demo.test", role: "OPERATOR" }, context: { ip: "127.0.0.1", userAgent: "bench" } },
  action: "ktn.order.purchase" as const,
  target: "gift-card-order:bench",
  outcome: "SUCCEEDED" as const,
  request: { productId: 18808, unitPrice: 25, senderName: "Bench", authorization: "Bearer secret" },
  response: { id: 66, paymentStatus: "PENDING", giftCardStatus: "PENDING" },
  durationMs: 12,
};

async function timed(label: string, fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  const seconds = (performance.now() - started) / 1000;
  const perSecond = rows / seconds;
  console.log(`${label.padEnd(34)} ${rows} rows in ${seconds.toFixed(2)} s = ${perSecond.toFixed(0)} rows/s`);
  return perSecond;
}

const plainInsert = () =>
  db.auditEvent.create({
    data: {
      id: randomUUID(),
      actorId: "bench",
      actorEmail: "bench@demo.test",
      role: "OPERATOR",
      action: entry.action,
      target: entry.target,
      outcome: entry.outcome,
      requestSummary: JSON.stringify(entry.request),
      responseSummary: JSON.stringify(entry.response),
      durationMs: 12,
      ip: "127.0.0.1",
      userAgent: "bench",
      prevHash: "0".repeat(64),
      hash: randomUUID(),
    },
  });

const baseline = await timed("baseline: plain insert, sequential", async () => {
  for (let i = 0; i < rows; i++) await plainInsert();
});
await db.auditEvent.deleteMany();
configureAuditCheckpoints({ store: null });
const unanchored = await timed("recordAudit, checkpoints off", async () => {
  for (let i = 0; i < rows; i++) await recordAudit(entry);
});
await db.auditEvent.deleteMany();
configureAuditCheckpoints({ store: checkpoints, every: 100, intervalMs: 10_000 });
const chained = await timed("recordAudit, sequential", async () => {
  for (let i = 0; i < rows; i++) await recordAudit(entry);
});
const concurrent = await timed("recordAudit, all at once", () => Promise.all(Array.from({ length: rows }, () => recordAudit(entry))));
await flushAuditCheckpoint();
console.log(`checkpoints written: ${(await checkpoints.lines()).length} (${path.basename(checkpoints.location)})`);
console.log(
  `ratio recordAudit/baseline (sequential): ${(chained / baseline).toFixed(2)}; with/without checkpoints: ${(chained / unanchored).toFixed(2)}; concurrent/sequential: ${(concurrent / chained).toFixed(2)}`,
);
configureAuditCheckpoints({ store: null });
await dispose();
