import { SYSTEM_ACTOR, type Actor } from "@/lib/audit/actor";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import type { AuditAction } from "./actions";
import { configuredAuditChainKey } from "./chain-key";
import { GENESIS_HASH, auditEventHash } from "./hash";
import { auditTransaction, recordAudit } from "./record";
import { REDACTED } from "./redact";
import { verifyAuditChain } from "./verify";

const operator: Actor = { staff: { id: "u-op", email: "op@example.com", role: "OPERATOR" } };
let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.staffUser.deleteMany();
});

describe("recordAudit", () => {
  it("stores a redacted row chained to the previous one", async () => {
    const first = await recordAudit({
      actor: { ...operator, context: { ip: "10.0.0.1", userAgent: "Firefox" } },
      action: "kvitka.withdraw.confirm",
      target: "op-1",
      outcome: "SUCCEEDED",
      request: { api_token: "kv-secret", operation_id: 17 },
      response: { success: true, transaction_code: "4829173650284719" },
      idempotencyKey: "idem-1",
      durationMs: 12.6,
      message: "issued 4829173650284719",
    });
    expect(first).toMatchObject({
      actorId: "u-op",
      actorEmail: "op@example.com",
      role: "OPERATOR",
      provider: "kvitka",
      requestSummary: `{"api_token":"${REDACTED}","operation_id":17}`,
      responseSummary: '{"success":true,"transaction_code":"****4719"}',
      message: "issued ****4719",
      durationMs: 13,
      ip: "10.0.0.1",
      userAgent: "Firefox",
      prevHash: GENESIS_HASH,
    });
    expect(first.hash).toBe(auditEventHash(first, configuredAuditChainKey()!));

    const denied = await recordAudit({ actor: SYSTEM_ACTOR, action: "staff.user.create", outcome: "DENIED" });
    expect(denied).toMatchObject({ actorId: null, provider: null, requestSummary: null, prevHash: first.hash });
    expect(denied.seq).toBeGreaterThan(first.seq);
  });

  it("keeps an explicit provider, including null", async () => {
    const row = await recordAudit({ actor: operator, action: "kard.webhook.receive", provider: null, outcome: "SUCCEEDED" });
    expect(row.provider).toBeNull();
  });

  it("refuses actions and outcomes outside the closed lists and writes nothing", async () => {
    await expect(recordAudit({ actor: operator, action: "ktn.order.delete" as AuditAction, outcome: "FAILED" })).rejects.toThrow();
    await expect(recordAudit({ actor: operator, action: "ktn.order.void", outcome: "DONE" as "FAILED" })).rejects.toThrow();
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("keeps the chain linear under 50 concurrent writers", async () => {
    const rows = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        recordAudit({ actor: operator, action: "ktn.order.refresh", target: `order-${i}`, outcome: "SUCCEEDED" }),
      ),
    );
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(50);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 50 });
  });
});

describe("auditTransaction", () => {
  const createStaff = (email: string) =>
    auditTransaction(async (tx, audit) => {
      const user = await tx.staffUser.create({ data: { email, name: "N", passwordHash: "h", role: "SUPPORT" } });
      await audit({ actor: operator, action: "staff.user.create", target: user.id, outcome: "SUCCEEDED", request: { email, password: "p" } });
      return user;
    });

  it("commits the state change and its audit row together", async () => {
    const user = await createStaff("new@example.com");
    const [row] = await db.auditEvent.findMany();
    expect(row).toMatchObject({ action: "staff.user.create", target: user.id, prevHash: GENESIS_HASH });
    expect(row.requestSummary).toBe(`{"email":"new@example.com","password":"${REDACTED}"}`);
    expect(await db.staffUser.count()).toBe(1);
  });

  it("rolls both back when the function throws", async () => {
    await expect(
      auditTransaction(async (tx, audit) => {
        await tx.staffUser.create({ data: { email: "x@example.com", name: "X", passwordHash: "h", role: "VIEWER" } });
        await audit({ actor: operator, action: "staff.user.create", outcome: "SUCCEEDED" });
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await db.staffUser.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("refuses recordAudit inside it rather than deadlocking", async () => {
    await expect(
      auditTransaction(() => recordAudit({ actor: operator, action: "staff.user.update-role", outcome: "SUCCEEDED" })),
    ).rejects.toThrow(/audit callback/);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("interleaves with recordAudit and keeps one chain", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? createStaff(`u${i}@example.com`)
          : recordAudit({ actor: SYSTEM_ACTOR, action: "staff.user.create", outcome: "DENIED", target: `u${i}` }),
      ),
    );
    expect(await db.staffUser.count()).toBe(10);
    expect(await verifyAuditChain(db, { batchSize: 3 })).toMatchObject({ ok: true, count: 20 });
  });
});
