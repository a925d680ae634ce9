import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { getDb } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createGroupCommit } from "./group-commit";
import { auditBatchTransaction, auditTransaction } from "./record";
import { verifyAuditChain } from "./verify";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.kardTransaction.deleteMany();
});

type Item = { id: string; fail: boolean };
const row = (id: string) => ({ transactionId: id, userId: "u", kind: "transaction", status: "X", amountCents: 1, currency: "USD", description: "d", accepted: true });

/** Each item: one KardTransaction row and its audit row; `fail` throws after writing. */
const write = createGroupCommit<Item, string>({
  commit: (items) =>
    auditBatchTransaction(async (tx, audit) => {
      for (const item of items) {
        await tx.kardTransaction.create({ data: row(item.id) });
        audit({ actor: SYSTEM_ACTOR, action: "kard.webhook.receive", target: item.id, outcome: "SUCCEEDED" });
        if (item.fail) throw new Error(`item ${item.id} failed`);
      }
      return items.map((item) => item.id);
    }),
  alone: (item) =>
    auditTransaction(async (tx, audit) => {
      await tx.kardTransaction.create({ data: row(item.id) });
      await audit({ actor: SYSTEM_ACTOR, action: "kard.webhook.receive", target: item.id, outcome: "SUCCEEDED" });
      if (item.fail) throw new Error(`item ${item.id} failed`);
      return item.id;
    }),
});
const unit = (id: string, fail = false) => write({ id, fail });

describe("createGroupCommit over auditBatchTransaction", () => {
  it("commits concurrent callers in fewer transactions than callers, each with its audit row, chain linear", async () => {
    const transactions = vi.spyOn(getDb(), "$transaction");
    const ids = Array.from({ length: 40 }, (_, i) => `g-${i}`);
    expect(await Promise.all(ids.map((id) => unit(id)))).toEqual(ids);

    expect(transactions.mock.calls.length).toBeLessThan(ids.length);
    transactions.mockRestore();
    expect(await db.kardTransaction.count()).toBe(40);
    expect((await db.auditEvent.findMany({ select: { target: true } })).map((a) => a.target).sort()).toEqual([...ids].sort());
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({ ok: true, count: 40 });
  });

  it("fails only the unit that threw: its writes and audit row are undone, the others commit", async () => {
    const results = await Promise.allSettled([unit("ok-1"), unit("bad", true), unit("ok-2")]);

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((await db.kardTransaction.findMany({ select: { transactionId: true } })).map((t) => t.transactionId).sort()).toEqual(["ok-1", "ok-2"]);
    expect((await db.auditEvent.findMany({ select: { target: true } })).map((a) => a.target).sort()).toEqual(["ok-1", "ok-2"]);
    expect(await verifyAuditChain(db, { checkpoints: null })).toMatchObject({ ok: true, count: 2 });
  });

  it("refuses to run inside auditTransaction instead of deadlocking", async () => {
    await expect(auditTransaction(() => unit("nested"))).rejects.toThrow(/already held/);
    expect(await db.kardTransaction.count()).toBe(0);
  });
});
