import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AuditEvent, PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { configuredAuditChainKey } from "./chain-key";
import { fileCheckpointStore, type CheckpointStore } from "./checkpoint-store";
import { configureAuditCheckpoints, flushAuditCheckpoint, noteAuditAppended } from "./checkpointing";
import { GENESIS_HASH, auditEventHash, legacyAuditEventHash } from "./hash";
import { recordAudit } from "./record";
import { describeAuditChainResult, verifyAuditChain } from "./verify";

let testDb: TestDatabase;
let db: PrismaClient;
let rows: AuditEvent[];
let dir: string;
let store: CheckpointStore;
const key = () => configuredAuditChainKey()!;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  dir = mkdtempSync(path.join(tmpdir(), "audit-checkpoints-"));
});
afterAll(async () => {
  configureAuditCheckpoints();
  await testDb.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function seed(outcomes: readonly ("REQUESTED" | "SUCCEEDED" | "FAILED" | "UNKNOWN" | "DENIED")[]) {
  for (const outcome of outcomes) rows.push(await recordAudit({ actor: SYSTEM_ACTOR, action: "ktn.order.purchase", target: "order-1", outcome }));
}

beforeEach(async () => {
  await db.auditEvent.deleteMany();
  rows = [];
  store = fileCheckpointStore(path.join(dir, `${crypto.randomUUID()}.audit-checkpoints`));
  configureAuditCheckpoints({ store: null });
  await seed(["REQUESTED", "SUCCEEDED", "FAILED", "UNKNOWN", "DENIED"]);
});

/** Rewrites the rows from `fromSeq` on as someone without the key would: each re-hashed with SHA-256. */
async function rehashFrom(fromSeq: number, changes: Partial<AuditEvent> = {}) {
  const all = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
  let prev = GENESIS_HASH;
  for (const row of all) {
    if (row.seq >= fromSeq) {
      const change = row.seq === fromSeq ? changes : {};
      const edited = { ...row, ...change, prevHash: prev };
      const hash = legacyAuditEventHash(edited);
      await db.auditEvent.update({ where: { seq: row.seq }, data: { ...change, prevHash: prev, hash } });
      prev = hash;
    } else prev = row.hash;
  }
}

describe("verifyAuditChain", () => {
  it("accepts an intact chain whatever the batch size", async () => {
    for (const batchSize of [1, 2, 5, 500]) {
      expect(await verifyAuditChain(db, { batchSize, checkpoints: null })).toMatchObject({ ok: true, count: 5 });
    }
  });

  it("accepts an empty chain", async () => {
    await db.auditEvent.deleteMany();
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({ ok: true, count: 0 });
  });

  it("reads in batches of batchSize, in seq order", async () => {
    const takes: unknown[] = [];
    const spy = {
      auditEvent: {
        findMany: (args: Parameters<PrismaClient["auditEvent"]["findMany"]>[0]) => {
          takes.push(args?.take);
          return db.auditEvent.findMany(args);
        },
      },
    } as unknown as Pick<PrismaClient, "auditEvent">;
    expect(await verifyAuditChain(spy, { batchSize: 2, checkpoints: null })).toMatchObject({ ok: true, count: 5 });
    expect(takes).toEqual([2, 2, 2]);
  });

  it("finds an edited field at the edited row", async () => {
    const target = rows[2];
    await db.$executeRaw`UPDATE "AuditEvent" SET "outcome" = 'SUCCEEDED' WHERE "seq" = ${target.seq}`;
    expect(await verifyAuditChain(db, { batchSize: 2, checkpoints: null })).toMatchObject({
      ok: false,
      count: 2,
      brokenAt: { seq: target.seq, id: target.id, reason: "hash-mismatch" },
    });
  });

  it("finds a deleted row at the next row", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = ${rows[2].seq}`;
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({
      ok: false,
      count: 2,
      brokenAt: { seq: rows[3].seq, id: rows[3].id, reason: "prev-hash-mismatch" },
    });
  });

  it("finds a deleted first row at the new first row", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = ${rows[0].seq}`;
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({ ok: false, count: 0, brokenAt: { seq: rows[1].seq, reason: "prev-hash-mismatch" } });
  });

  it("finds an edited and re-hashed row at the next link", async () => {
    const forged = { ...rows[2], outcome: "SUCCEEDED" };
    const forgedHash = auditEventHash(forged, key());
    await db.$executeRaw`UPDATE "AuditEvent" SET "outcome" = ${forged.outcome}, "hash" = ${forgedHash} WHERE "seq" = ${forged.seq}`;
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({
      ok: false,
      count: 3,
      brokenAt: { seq: rows[3].seq, id: rows[3].id, reason: "prev-hash-mismatch" },
    });
  });

  it("refuses a batch size below 1", async () => {
    await expect(verifyAuditChain(db, { batchSize: 0 })).rejects.toThrow(RangeError);
  });

  it("refuses to verify keyed rows without the chain key", async () => {
    await expect(verifyAuditChain(db, { key: null, checkpoints: null })).rejects.toThrow(/chain key is not configured/);
  });
});

describe("finding 5: the audit chain misses truncation and rewriting", () => {
  beforeEach(async () => {
    configureAuditCheckpoints({ store, every: 1000, intervalMs: 60_000 });
    await seed(["REQUESTED", "SUCCEEDED", "DENIED", "REQUESTED", "SUCCEEDED"]);
    await flushAuditCheckpoint();
  });

  it("an untouched chain is intact and anchored by its checkpoint", async () => {
    await seed(["REQUESTED"]);
    const result = await verifyAuditChain(db, { checkpoints: store });
    expect(result).toEqual({ ok: true, count: 11, anchor: { store: store.location, checkpoints: 1, lastSeq: rows[9].seq, lastAt: expect.any(String), unanchored: 1 } });
    expect(describeAuditChainResult(result)).toMatch(/^Audit chain intact: 11 events; anchored by 1 checkpoint in .* \(last: seq \d+ at .*\); 1 newer event not anchored yet$/);
  });

  it("catches deleting the last 5 rows (a missing tail)", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" > ${rows[4].seq}`;
    const result = await verifyAuditChain(db, { checkpoints: store });
    expect(result).toMatchObject({ ok: false, count: 5, brokenAt: { seq: rows[9].seq, id: null, reason: "missing-tail" } });
    expect(describeAuditChainResult(result)).toContain(`records seq ${rows[9].seq} but the chain ends at seq ${rows[4].seq}: events were deleted from the end`);
  });

  it("catches deleting every row", async () => {
    await db.auditEvent.deleteMany();
    expect(await verifyAuditChain(db, { checkpoints: store })).toMatchObject({ ok: false, count: 0, brokenAt: { reason: "missing-tail", detail: expect.stringContaining("the chain is empty") } });
  });

  it("catches a DENIED row edited into SUCCEEDED with every later hash recomputed (without the key)", async () => {
    const denied = rows[7];
    await rehashFrom(denied.seq, { outcome: "SUCCEEDED" });
    expect(await verifyAuditChain(db, { checkpoints: store })).toMatchObject({ ok: false, count: 7, brokenAt: { seq: denied.seq, id: denied.id, reason: "unkeyed-hash" } });
  });

  it("catches a rewrite of legacy (pre-key) rows with recomputed hashes through the checkpoint", async () => {
    // A chain written before it was keyed: every row SHA-256; its checkpoint was signed later.
    await rehashFrom(rows[0].seq);
    await db.auditEvent.deleteMany({ where: { seq: { gt: rows[9].seq } } });
    const legacyHead = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    const legacyStore = fileCheckpointStore(path.join(dir, "legacy.audit-checkpoints"));
    configureAuditCheckpoints({ store: legacyStore, every: 1 });
    await noteAuditAppended({ seq: legacyHead.seq, hash: legacyHead.hash }, 1);
    expect(await verifyAuditChain(db, { checkpoints: legacyStore })).toMatchObject({ ok: true, count: 10 });

    await rehashFrom(rows[7].seq, { outcome: "SUCCEEDED" });

    expect(await verifyAuditChain(db, { checkpoints: legacyStore })).toMatchObject({ ok: false, count: 10, brokenAt: { seq: legacyHead.seq, reason: "checkpoint-mismatch" } });
  });

  it("catches a forged row appended after the keyed rows", async () => {
    const last = rows[9];
    const forged = { ...last, id: "forged", seq: last.seq + 1, outcome: "SUCCEEDED", prevHash: last.hash, createdAt: new Date() };
    await db.auditEvent.create({ data: { ...forged, hash: legacyAuditEventHash(forged) } });
    expect(await verifyAuditChain(db, { checkpoints: store })).toMatchObject({ ok: false, count: 10, brokenAt: { seq: forged.seq, id: "forged", reason: "unkeyed-hash" } });

    await db.auditEvent.update({ where: { id: "forged" }, data: { hash: `hmac-sha256:${"ab".repeat(32)}` } });
    expect(await verifyAuditChain(db, { checkpoints: store })).toMatchObject({ ok: false, brokenAt: { id: "forged", reason: "hash-mismatch" } });
  });

  it("catches an edited or forged checkpoint", async () => {
    const [line] = await store.lines();
    writeFileSync(store.location, line.replace(/"seq":\d+/, `"seq":${rows[2].seq}`) + "\n");
    const result = await verifyAuditChain(db, { checkpoints: store });
    expect(result).toMatchObject({ ok: false, count: 10, brokenAt: { reason: "checkpoint-invalid", id: null } });
    expect(describeAuditChainResult(result)).toMatch(/^Audit chain broken at its checkpoints: checkpoint-invalid: checkpoint 1 in .* does not verify/);
  });

  it("writes a checkpoint per batch of rows, not per row", async () => {
    configureAuditCheckpoints({ store, every: 4, intervalMs: 60_000 });
    await seed(["REQUESTED", "SUCCEEDED", "FAILED", "UNKNOWN", "DENIED", "REQUESTED", "SUCCEEDED", "FAILED", "UNKNOWN"]);
    expect(await store.lines()).toHaveLength(1 + 2);
  });

  it("writes the pending checkpoint within the interval when the console goes quiet", async () => {
    configureAuditCheckpoints({ store, every: 1000, intervalMs: 20 });
    await seed(["REQUESTED"]);
    await expect.poll(async () => (await store.lines()).length, { timeout: 2000 }).toBe(2);
    expect(await verifyAuditChain(db, { checkpoints: store })).toMatchObject({ ok: true, anchor: { unanchored: 0, lastSeq: rows[10].seq } });
  });
});

describe("describeAuditChainResult", () => {
  it("prints one line", () => {
    expect(describeAuditChainResult({ ok: true, count: 3, anchor: { store: null, checkpoints: 0, lastSeq: null, lastAt: null, unanchored: 3 } })).toBe(
      "Audit chain intact: 3 events; checkpoints are off (AUDIT_CHECKPOINTS=off): deletions from the end cannot be detected",
    );
    expect(describeAuditChainResult({ ok: false, count: 1, brokenAt: { seq: 2, id: "e2", reason: "hash-mismatch", detail: "its content no longer matches its hash" } })).toBe(
      "Audit chain broken at seq 2 (id e2): hash-mismatch: its content no longer matches its hash",
    );
  });
});
