/**
 * Audit append cost: `recordAudit` (redaction, chain lock, read last hash, SHA-256, insert in a
 * transaction) against a baseline plain insert of the same row, on the same SQLite file, in the
 * same run. Prints rows/s for each and the ratio; run with `npx tsx bench/audit-append.ts [rows]`.
 * Concurrency: the same N writes issued all at once (the chain lock serialises them).
 */
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase } from "@/lib/testing/db";

const rows = Number(process.argv[2] ?? 2000);
const { db, dispose } = createTestDatabase();

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
const chained = await timed("recordAudit, sequential", async () => {
  for (let i = 0; i < rows; i++) await recordAudit(entry);
});
const concurrent = await timed("recordAudit, all at once", () => Promise.all(Array.from({ length: rows }, () => recordAudit(entry))));
console.log(`ratio recordAudit/baseline (sequential): ${(chained / baseline).toFixed(2)}; concurrent/sequential: ${(concurrent / chained).toFixed(2)}`);
await dispose();
