import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { currentStaff } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { deactivateStaffUser, reactivateStaffUser } from "./set-active";
import { by, seedStaff } from "./test-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null, sessionVersion: 0 }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () =>
    session.userId ? { user: { id: session.userId, sessionVersion: session.sessionVersion }, expires: new Date(Date.now() + 60_000).toISOString() } : null,
}));

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
  session.userId = null;
  session.sessionVersion = 0;
});

const activeOf = async (id: string) => (await db.staffUser.findUniqueOrThrow({ where: { id } })).active;

describe("deactivateStaffUser", () => {
  it("deactivates another account, audits it, and the account's open session loses access", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR");
    session.userId = op.id;
    expect(await currentStaff()).toMatchObject({ id: op.id });

    const updated = await deactivateStaffUser(op.id, by(admin));

    expect(updated).toMatchObject({ id: op.id, active: false, role: "OPERATOR" });
    expect(await currentStaff()).toBeNull();
    expect(await db.auditEvent.findMany()).toMatchObject([
      { action: "staff.user.deactivate", outcome: "SUCCEEDED", actorId: admin.id, target: "op@example.com" },
    ]);
  });

  it("refuses an admin deactivating themself and audits the refusal", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    await seedStaff(db, "other@example.com", "ADMIN");

    await expect(deactivateStaffUser(admin.id, by(admin))).rejects.toMatchObject({ code: "SELF_DEACTIVATION" });

    expect(await activeOf(admin.id)).toBe(true);
    expect(await db.auditEvent.findMany()).toMatchObject([
      { action: "staff.user.deactivate", outcome: "FAILED", errorCode: "SELF_DEACTIVATION", actorId: admin.id },
    ]);
  });

  it("refuses deactivating the last active admin", async () => {
    const stale = await seedStaff(db, "stale@example.com", "SUPPORT");
    const last = await seedStaff(db, "last@example.com", "ADMIN");

    await expect(deactivateStaffUser(last.id, by({ ...stale, role: "ADMIN" }))).rejects.toMatchObject({ code: "LAST_ADMIN" });

    expect(await activeOf(last.id)).toBe(true);
    expect(await db.auditEvent.findMany()).toMatchObject([{ outcome: "FAILED", errorCode: "LAST_ADMIN" }]);
  });

  it("deactivates another admin while the actor remains an active admin", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const other = await seedStaff(db, "other@example.com", "ADMIN");

    await deactivateStaffUser(other.id, by(admin));

    expect(await activeOf(other.id)).toBe(false);
    // The actor is now the last active admin, and still may not deactivate themself.
    await expect(deactivateStaffUser(admin.id, by(admin))).rejects.toMatchObject({ code: "SELF_DEACTIVATION" });
  });

  it("refuses deactivating an account twice", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR", { active: false });

    await expect(deactivateStaffUser(op.id, by(admin))).rejects.toMatchObject({ code: "NO_CHANGE" });
  });
});

describe("reactivateStaffUser", () => {
  it("reactivates an account with its role, audits it, and it can sign in again (the old session stays ended)", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR");
    await deactivateStaffUser(op.id, by(admin));
    session.userId = op.id;
    expect(await currentStaff()).toBeNull();

    const updated = await reactivateStaffUser(op.id, by(admin));

    expect(updated).toMatchObject({ active: true, role: "OPERATOR" });
    expect(await currentStaff()).toBeNull();
    session.sessionVersion = (await db.staffUser.findUniqueOrThrow({ where: { id: op.id } })).sessionVersion;
    expect(await currentStaff()).toMatchObject({ id: op.id, role: "OPERATOR" });
    expect(await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).toMatchObject([
      { action: "staff.user.deactivate", outcome: "SUCCEEDED" },
      { action: "staff.user.reactivate", outcome: "SUCCEEDED", target: "op@example.com", actorId: admin.id },
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 2 });
  });

  it("refuses reactivating an active account", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR");

    await expect(reactivateStaffUser(op.id, by(admin))).rejects.toMatchObject({ code: "NO_CHANGE" });
    expect(await db.auditEvent.findMany()).toMatchObject([{ action: "staff.user.reactivate", outcome: "FAILED", errorCode: "NO_CHANGE" }]);
  });
});
