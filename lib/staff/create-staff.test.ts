import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createStaffUser } from "./create-staff";
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

describe("createStaffUser", () => {
  it("stores a lowercased email and an argon2 hash, and audits the creation without the password", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    const password = "correct horse battery";

    const { user, generatedPassword } = await createStaffUser(
      { email: "  New.Person@Example.COM ", name: " New Person ", role: "SUPPORT", password },
      by(admin),
    );

    expect(generatedPassword).toBeUndefined();
    expect(user).toMatchObject({ email: "new.person@example.com", name: "New Person", role: "SUPPORT", active: true, isDemo: false });
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);

    const rows = await db.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "staff.user.create",
      outcome: "SUCCEEDED",
      actorId: admin.id,
      actorEmail: "admin@example.com",
      role: "ADMIN",
      target: "new.person@example.com",
      ip: "198.51.100.4",
      responseSummary: JSON.stringify({ id: user.id }),
    });
    expect(JSON.parse(rows[0].requestSummary!)).toEqual({
      email: "new.person@example.com",
      name: "New Person",
      role: "SUPPORT",
      initialSignIn: "chosen by admin",
    });
    expect(JSON.stringify(rows)).not.toContain(password);
  });

  it("generates a strong password when none is given, returns it once and keeps it out of the audit row", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");

    const { user, generatedPassword } = await createStaffUser({ email: "gen@example.com", name: "Gen", role: "VIEWER" }, by(admin));

    expect(generatedPassword).toBeDefined();
    expect(generatedPassword!.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, generatedPassword!)).toBe(true);
    const row = await db.auditEvent.findFirstOrThrow();
    expect(JSON.parse(row.requestSummary!)).toMatchObject({ initialSignIn: "generated" });
    expect(JSON.stringify(row)).not.toContain(generatedPassword);

    const second = await createStaffUser({ email: "gen2@example.com", name: "Gen 2", role: "VIEWER" }, by(admin));
    expect(second.generatedPassword).not.toBe(generatedPassword);
  });

  it("refuses an email already in use, whatever its case, and audits the refusal", async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");
    await seedStaff(db, "taken@example.com", "OPERATOR", { active: false });

    await expect(
      createStaffUser({ email: "Taken@Example.com", name: "Again", role: "ADMIN", password: "a-long-enough-password" }, by(admin)),
    ).rejects.toMatchObject({ code: "EMAIL_TAKEN", fieldErrors: { email: [expect.any(String)] } });

    expect(await db.staffUser.count()).toBe(2);
    expect(await db.auditEvent.findMany()).toMatchObject([
      { action: "staff.user.create", outcome: "FAILED", errorCode: "EMAIL_TAKEN", target: "taken@example.com", actorId: admin.id },
    ]);
  });

  it(`refuses a password shorter than ${MIN_PASSWORD_LENGTH} characters and creates nothing`, async () => {
    const admin = await seedStaff(db, "admin@example.com", "ADMIN");

    await expect(
      createStaffUser({ email: "short@example.com", name: "Short", role: "VIEWER", password: "x".repeat(MIN_PASSWORD_LENGTH - 1) }, by(admin)),
    ).rejects.toMatchObject({ code: "WEAK_PASSWORD", fieldErrors: { password: [expect.any(String)] } });

    expect(await db.staffUser.findUnique({ where: { email: "short@example.com" } })).toBeNull();
    expect(await db.auditEvent.findMany()).toMatchObject([{ outcome: "FAILED", errorCode: "WEAK_PASSWORD" }]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 1 });
  });
});
