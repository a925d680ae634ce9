import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { changeStaffRole } from "./change-role";
import { by, seedStaff } from "./test-fixtures";

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

const roleOf = async (id: string) => (await db.staffUser.findUniqueOrThrow({ where: { id } })).role;

describe("changeStaffRole", () => {
  it("changes another account's role and audits old and new role in the same chain", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR");

    const updated = await changeStaffRole(op.id, "SUPPORT", by(admin));

    expect(updated).toMatchObject({ id: op.id, role: "SUPPORT" });
    expect(await roleOf(op.id)).toBe("SUPPORT");
    const [row] = await db.auditEvent.findMany();
    expect(row).toMatchObject({
      action: "staff.user.update-role",
      outcome: "SUCCEEDED",
      actorId: admin.id,
      target: "op@example.com",
      requestSummary: JSON.stringify({ userId: op.id, role: "SUPPORT" }),
      responseSummary: JSON.stringify({ from: "OPERATOR", to: "SUPPORT" }),
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 1 });
  });

  it("lets an admin demote another admin while a second active admin remains", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const other = await seedStaff(db, "other@example.com", "ADMIN");

    await changeStaffRole(other.id, "VIEWER", by(admin));

    expect(await roleOf(other.id)).toBe("VIEWER");
  });

  it("refuses an admin removing their own ADMIN role, even with other admins, and audits it", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    await seedStaff(db, "other@example.com", "ADMIN");

    await expect(changeStaffRole(admin.id, "OPERATOR", by(admin))).rejects.toMatchObject({ code: "SELF_DEMOTION" });

    expect(await roleOf(admin.id)).toBe("ADMIN");
    expect(await db.auditEvent.findMany()).toMatchObject([
      { action: "staff.user.update-role", outcome: "FAILED", errorCode: "SELF_DEMOTION", actorId: admin.id, target: "admin@example.com" },
    ]);
  });

  it("refuses demoting the last active admin (an actor whose own admin role was removed meanwhile)", async () => {
    // The actor passed the page's permission check as an admin, then another admin demoted them:
    // their request must not leave the console without an active admin.
    const stale = await seedStaff(db, "stale@example.com", "OPERATOR");
    const last = await seedStaff(db, "last@example.com", "ADMIN");
    await seedStaff(db, "gone@example.com", "ADMIN", { active: false });

    await expect(changeStaffRole(last.id, "SUPPORT", by({ ...stale, role: "ADMIN" }))).rejects.toMatchObject({ code: "LAST_ADMIN" });

    expect(await roleOf(last.id)).toBe("ADMIN");
    expect(await db.auditEvent.findMany()).toMatchObject([{ outcome: "FAILED", errorCode: "LAST_ADMIN", target: "last@example.com" }]);
  });

  it("allows changing the role of a deactivated admin (it is not an active admin)", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const gone = await seedStaff(db, "gone@example.com", "ADMIN", { active: false });

    await changeStaffRole(gone.id, "VIEWER", by(admin));

    expect(await roleOf(gone.id)).toBe("VIEWER");
  });

  it("refuses a role the account already has, and an unknown account, auditing both", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const op = await seedStaff(db, "op@example.com", "OPERATOR");

    await expect(changeStaffRole(op.id, "OPERATOR", by(admin))).rejects.toMatchObject({ code: "NO_CHANGE" });
    await expect(changeStaffRole("no-such-id", "VIEWER", by(admin))).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).toMatchObject([
      { outcome: "FAILED", errorCode: "NO_CHANGE", target: "op@example.com" },
      { outcome: "FAILED", errorCode: "NOT_FOUND", target: "no-such-id" },
    ]);
  });
});
