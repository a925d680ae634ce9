import type { PrismaClient, StaffUser } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { changeStaffRole } from "@/lib/staff/change-role";
import { deactivateStaffUser, reactivateStaffUser } from "@/lib/staff/set-active";
import { setStaffPassword } from "@/lib/staff/set-password";
import { by, seedStaff } from "@/lib/staff/test-fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// The session a request presents: the staff id and the session version its token was issued with.
const token = vi.hoisted(() => ({ sub: null as string | null, sv: undefined as number | undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "session-test" }) }));
vi.mock("./auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./auth")>()),
  auth: async () => (token.sub ? { user: { id: token.sub, sessionVersion: token.sv }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));

const { authConfig } = await import("./auth");
const { currentStaff } = await import("./session");

let testDb: TestDatabase;
let db: PrismaClient;
let admin: StaffUser;
let support: StaffUser;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  await db.staffUser.deleteMany();
  admin = await seedStaff(db, "admin@example.com", "ADMIN");
  await seedStaff(db, "admin2@example.com", "ADMIN");
  support = await seedStaff(db, "support@example.com", "SUPPORT");
});

/** Signs `user` in as Auth.js would: the token keeps the session version authorize returned. */
async function signedInAs(user: StaffUser) {
  const row = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
  const jwt = authConfig.callbacks.jwt({ token: {}, user: { id: row.id, sessionVersion: row.sessionVersion } } as never) as { sub: string; sv: number };
  token.sub = jwt.sub;
  token.sv = jwt.sv;
}

// currentStaff is cached per request (React cache); outside a request each call reads afresh.
const staffNow = () => currentStaff();

describe("finding 3: sign-out does not end the session", () => {
  it("a session keeps working until the account's session version moves", async () => {
    await signedInAs(support);
    expect(await staffNow()).toMatchObject({ email: "support@example.com" });
  });

  it("signing out ends the session: the old token is refused on the next request", async () => {
    await signedInAs(support);
    await authConfig.events.signOut({ token: { sub: support.id } } as never);
    expect(await staffNow()).toBeNull();

    await signedInAs(support);
    expect(await staffNow()).toMatchObject({ email: "support@example.com" });
  });

  it("a role change ends the account's sessions", async () => {
    await signedInAs(support);
    await changeStaffRole(support.id, "VIEWER", by(admin));
    expect(await staffNow()).toBeNull();
  });

  it("deactivation ends them, and reactivating does not revive the old token", async () => {
    await signedInAs(support);
    await deactivateStaffUser(support.id, by(admin));
    await reactivateStaffUser(support.id, by(admin));
    expect(await staffNow()).toBeNull();
  });

  it("a password change ends them", async () => {
    await signedInAs(support);
    await setStaffPassword("support@example.com", "a-brand-new-password", SYSTEM_ACTOR);
    expect(await staffNow()).toBeNull();
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "staff.user.set-password" } })).toMatchObject({ outcome: "SUCCEEDED", target: "support@example.com" });
  });

  it("another account's sessions are untouched", async () => {
    await signedInAs(admin);
    await changeStaffRole(support.id, "VIEWER", by(admin));
    expect(await staffNow()).toMatchObject({ email: "admin@example.com" });
  });

  it("a token from before session versions counts as version 0", async () => {
    token.sub = support.id;
    token.sv = undefined;
    expect(await staffNow()).toMatchObject({ email: "support@example.com" });
  });
});

describe("setStaffPassword", () => {
  it("refuses a short password and an unknown account, auditing both", async () => {
    await expect(setStaffPassword("support@example.com", "short", SYSTEM_ACTOR)).rejects.toMatchObject({ code: "WEAK_PASSWORD" });
    await expect(setStaffPassword("nobody@example.com", "a-long-enough-password", SYSTEM_ACTOR)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).map((e) => e.errorCode)).toEqual(["WEAK_PASSWORD", "NOT_FOUND"]);
  });

  it("generates a password when none is given and keeps it out of the audit", async () => {
    const { generatedPassword } = await setStaffPassword("Support@Example.com", undefined, SYSTEM_ACTOR);
    expect(generatedPassword).toMatch(/^[\w-]{24}$/);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(generatedPassword);
  });
});
