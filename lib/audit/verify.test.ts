import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { AuditEvent, PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/db";
import { auditEventHash } from "./hash";
import { recordAudit } from "./record";
import { describeAuditChainResult, verifyAuditChain } from "./verify";

let testDb: ReturnType<typeof createTestDatabase>;
let db: PrismaClient;
let rows: AuditEvent[];

beforeAll(() => {
  testDb = createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  rows = [];
  for (const outcome of ["REQUESTED", "SUCCEEDED", "FAILED", "UNKNOWN", "DENIED"] as const) {
    rows.push(await recordAudit({ actor: SYSTEM_ACTOR, action: "ktn.order.purchase", target: "order-1", outcome }));
  }
});

describe("verifyAuditChain", () => {
  it("accepts an intact chain whatever the batch size", async () => {
    for (const batchSize of [1, 2, 5, 500]) {
      expect(await verifyAuditChain(db, { batchSize })).toEqual({ ok: true, count: 5 });
    }
  });

  it("accepts an empty chain", async () => {
    await db.auditEvent.deleteMany();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 0 });
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
    expect(await verifyAuditChain(spy, { batchSize: 2 })).toEqual({ ok: true, count: 5 });
    expect(takes).toEqual([2, 2, 2]);
  });

  it("finds an edited field at the edited row", async () => {
    const target = rows[2];
    await db.$executeRaw`UPDATE "AuditEvent" SET "outcome" = 'SUCCEEDED' WHERE "seq" = ${target.seq}`;
    expect(await verifyAuditChain(db, { batchSize: 2 })).toEqual({
      ok: false,
      count: 2,
      brokenAt: { seq: target.seq, id: target.id, reason: "hash-mismatch" },
    });
  });

  it("finds a deleted row at the next row", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = ${rows[2].seq}`;
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      count: 2,
      brokenAt: { seq: rows[3].seq, id: rows[3].id, reason: "prev-hash-mismatch" },
    });
  });

  it("finds a deleted first row at the new first row", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = ${rows[0].seq}`;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, count: 0, brokenAt: { seq: rows[1].seq, reason: "prev-hash-mismatch" } });
  });

  it("finds an edited and re-hashed row at the next link", async () => {
    const forged = { ...rows[2], outcome: "SUCCEEDED" };
    const forgedHash = auditEventHash(forged);
    await db.$executeRaw`UPDATE "AuditEvent" SET "outcome" = ${forged.outcome}, "hash" = ${forgedHash} WHERE "seq" = ${forged.seq}`;
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      count: 3,
      brokenAt: { seq: rows[3].seq, id: rows[3].id, reason: "prev-hash-mismatch" },
    });
  });

  it("refuses a batch size below 1", async () => {
    await expect(verifyAuditChain(db, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe("describeAuditChainResult", () => {
  it("prints the two documented lines", () => {
    expect(describeAuditChainResult({ ok: true, count: 3 })).toBe("Audit chain intact: 3 events");
    expect(
      describeAuditChainResult({ ok: false, count: 1, brokenAt: { seq: 2, id: "e2", reason: "hash-mismatch" } }),
    ).toBe("Audit chain broken at seq 2 (id e2): hash-mismatch");
  });
});
