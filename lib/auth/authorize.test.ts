import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/db";
import { DemoDisabledSignin, ThrottledSignin, authorizeStaff } from "./authorize";
import { ACCOUNT_FAILURES, resetLoginThrottle } from "./login-throttle";
import { hashPassword } from "./password";

const testDb = createTestDatabase();
const request = (ip = "203.0.113.5") => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": ip, "user-agent": "vitest" } });

beforeAll(async () => {
  const passwordHash = await hashPassword("correct horse battery");
  await testDb.db.staffUser.createMany({
    data: [
      { email: "op@x.test", name: "Op", role: "OPERATOR", passwordHash },
      { email: "gone@x.test", name: "Gone", role: "OPERATOR", passwordHash, active: false },
      { email: "demo@x.test", name: "Demo", role: "VIEWER", passwordHash, isDemo: true },
    ],
  });
});
afterAll(() => testDb.dispose());
beforeEach(() => resetLoginThrottle());
afterEach(() => {
  delete process.env.KTN_API_KEY;
  delete process.env.DEMO_ACCOUNTS;
});

const outcomes = async (target: string) =>
  (await testDb.db.auditEvent.findMany({ where: { OR: [{ target }, { actorEmail: target }] }, orderBy: { seq: "asc" } })).map((e) => `${e.action}:${e.outcome}:${e.message ?? ""}`);

describe("authorizeStaff", () => {
  it("signs in an active account, audits it and never stores the password", async () => {
    const user = await authorizeStaff({ email: " OP@x.test ", password: "correct horse battery" }, request());
    expect(user).toMatchObject({ email: "op@x.test", name: "Op" });
    expect(await outcomes("op@x.test")).toContain("auth.session.sign-in:SUCCEEDED:");
    const all = await testDb.db.auditEvent.findMany();
    expect(JSON.stringify(all)).not.toContain("correct horse battery");
  });

  it("refuses a wrong password, an unknown account and a deactivated account, auditing each", async () => {
    expect(await authorizeStaff({ email: "op@x.test", password: "wrong" }, request())).toBeNull();
    expect(await authorizeStaff({ email: "nobody@x.test", password: "wrong" }, request())).toBeNull();
    expect(await authorizeStaff({ email: "gone@x.test", password: "correct horse battery" }, request())).toBeNull();
    expect(await outcomes("nobody@x.test")).toEqual(["auth.session.sign-in-failed:FAILED:unknown account"]);
    expect(await outcomes("gone@x.test")).toEqual(["auth.session.sign-in-failed:FAILED:deactivated account"]);
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) await authorizeStaff({ email: "op@x.test", password: `guess-${i}` }, request(`198.51.100.${i}`));
    await expect(authorizeStaff({ email: "op@x.test", password: "correct horse battery" }, request())).rejects.toBeInstanceOf(ThrottledSignin);
  });

  it("lets demo accounts in only while every provider is in sandbox mode", async () => {
    expect(await authorizeStaff({ email: "demo@x.test", password: "correct horse battery" }, request())).not.toBeNull();
    process.env.KTN_API_KEY = "a-live-key";
    await expect(authorizeStaff({ email: "demo@x.test", password: "correct horse battery" }, request())).rejects.toBeInstanceOf(DemoDisabledSignin);
    delete process.env.KTN_API_KEY;
    process.env.DEMO_ACCOUNTS = "off";
    await expect(authorizeStaff({ email: "demo@x.test", password: "correct horse battery" }, request())).rejects.toBeInstanceOf(DemoDisabledSignin);
  });

  it("rejects malformed credentials without touching the database", async () => {
    expect(await authorizeStaff({ email: "not-an-email", password: "x" }, request())).toBeNull();
    expect(await authorizeStaff({}, request())).toBeNull();
  });
});
