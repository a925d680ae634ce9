import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { changeStaffRole } from "./change-role";
import { createStaffUser } from "./create-staff";
import { deactivateStaffUser, reactivateStaffUser } from "./set-active";
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

describe("finding 7: a demo admin can create real accounts", () => {
  it("makes an account created from a demo session a demo account, whatever role it gets", async () => {
    const demoAdmin = await seedStaff(db, "admin@demo.test", "ADMIN", { isDemo: true });

    const { user } = await createStaffUser({ email: "mallory@example.com", name: "Mallory", role: "ADMIN", password: "a-long-enough-password" }, by(demoAdmin));

    expect(user).toMatchObject({ email: "mallory@example.com", role: "ADMIN", isDemo: true });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).isDemo).toBe(true);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.user.create" } });
    expect(JSON.parse(row.responseSummary!)).toEqual({ id: user.id, isDemo: true });
  });

  it("does not trust the session's claim: the actor's own row decides", async () => {
    const demoAdmin = await seedStaff(db, "admin@demo.test", "ADMIN", { isDemo: true });
    const claimingReal = { ...by(demoAdmin), staff: { ...by(demoAdmin).staff, isDemo: false } };

    const { user } = await createStaffUser({ email: "m2@example.com", name: "M2", role: "VIEWER" }, claimingReal);

    expect(user.isDemo).toBe(true);
  });

  it("keeps accounts created by a real admin real", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const { user } = await createStaffUser({ email: "real@example.com", name: "Real", role: "OPERATOR" }, by(admin));
    expect(user.isDemo).toBe(false);
  });

  it("refuses a demo session changing a real account's role or active flag, auditing each refusal", async () => {
    const demoAdmin = await seedStaff(db, "admin@demo.test", "ADMIN", { isDemo: true });
    const realViewer = await seedStaff(db, "viewer@example.com", "VIEWER");
    const realGone = await seedStaff(db, "gone@example.com", "OPERATOR", { active: false });
    await seedStaff(db, "admin@example.com", "ADMIN");

    await expect(changeStaffRole(realViewer.id, "ADMIN", by(demoAdmin))).rejects.toMatchObject({ code: "DEMO_SESSION" });
    await expect(deactivateStaffUser(realViewer.id, by(demoAdmin))).rejects.toMatchObject({ code: "DEMO_SESSION" });
    await expect(reactivateStaffUser(realGone.id, by(demoAdmin))).rejects.toMatchObject({ code: "DEMO_SESSION" });

    expect(await db.staffUser.findUniqueOrThrow({ where: { id: realViewer.id } })).toMatchObject({ role: "VIEWER", active: true });
    expect((await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).map((e) => [e.action, e.outcome, e.errorCode])).toEqual([
      ["staff.user.update-role", "FAILED", "DEMO_SESSION"],
      ["staff.user.deactivate", "FAILED", "DEMO_SESSION"],
      ["staff.user.reactivate", "FAILED", "DEMO_SESSION"],
    ]);
  });

  it("still lets a demo session manage demo accounts", async () => {
    const demoAdmin = await seedStaff(db, "admin@demo.test", "ADMIN", { isDemo: true });
    const demoViewer = await seedStaff(db, "viewer@demo.test", "VIEWER", { isDemo: true });

    expect(await changeStaffRole(demoViewer.id, "SUPPORT", by(demoAdmin))).toMatchObject({ role: "SUPPORT" });
  });
});
