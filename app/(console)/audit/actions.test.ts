import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/auth/roles";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { verifyAuditChainAction } from "./actions";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "chain-test" }) }));

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

async function signIn(role: Role) {
  const user = await db.staffUser.create({ data: { email: `${role.toLowerCase()}@example.com`, name: role, role, passwordHash: "unused" } });
  session.userId = user.id;
  return user;
}

const actor = { staff: { id: "u-1", email: "ops@example.com", role: "OPERATOR" } };

describe("verifyAuditChainAction", () => {
  it("reports an intact chain with its length and audits the check", async () => {
    await recordAudit({ actor, action: "ktn.order.purchase", outcome: "SUCCEEDED" });
    await recordAudit({ actor, action: "ktn.order.refresh", outcome: "SUCCEEDED" });
    const support = await signIn("SUPPORT");

    expect(await verifyAuditChainAction({})).toMatchObject({ ok: true, data: { ok: true, count: 2 } });

    const check = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.chain.verify" } });
    expect(check).toMatchObject({ outcome: "SUCCEEDED", actorId: support.id, message: expect.stringMatching(/^Audit chain intact: 2 events; /) });
  });

  it("reports the first broken link of a tampered chain and audits it as FAILED", async () => {
    await recordAudit({ actor, action: "ktn.order.purchase", outcome: "SUCCEEDED" });
    const tampered = await recordAudit({ actor, action: "ktn.order.refund", outcome: "FAILED" });
    await recordAudit({ actor, action: "ktn.order.refresh", outcome: "SUCCEEDED" });
    await db.auditEvent.update({ where: { seq: tampered.seq }, data: { outcome: "SUCCEEDED" } });
    await signIn("ADMIN");

    const result = await verifyAuditChainAction({});

    expect(result).toEqual({
      ok: true,
      data: { ok: false, count: 1, brokenAt: { seq: tampered.seq, id: tampered.id, reason: "hash-mismatch", detail: expect.any(String) } },
    });
    const check = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.chain.verify" } });
    expect(check).toMatchObject({ outcome: "FAILED", errorCode: "AUDIT_CHAIN_BROKEN" });
    expect(check.message).toContain(`seq ${tampered.seq}`);
  });

  it("is refused to a viewer", async () => {
    await signIn("VIEWER");

    expect(await verifyAuditChainAction({})).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await db.auditEvent.findMany()).toMatchObject([{ action: "audit.chain.verify", outcome: "DENIED" }]);
  });
});
