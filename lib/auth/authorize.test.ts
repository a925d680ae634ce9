import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/db";
import { DemoDisabledSignin, ThrottledSignin, authorizeStaff } from "./authorize";
import { PAIR, resetLoginThrottle } from "./login-throttle";
import { hashPassword } from "./password";

const testDb = await createTestDatabase();
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

  it("finding 4: wrong passwords from one address delay that address, never the account's owner elsewhere", async () => {
    // The fifth try is already refused (the fourth failure started a 1 s delay): no lock, a wait.
    for (let i = 0; i < 5; i++) await authorizeStaff({ email: "op@x.test", password: `guess-${i}` }, request("198.51.100.66")).catch((e: unknown) => e);
    await expect(authorizeStaff({ email: "op@x.test", password: "correct horse battery" }, request("198.51.100.66"))).rejects.toBeInstanceOf(ThrottledSignin);
    expect(await authorizeStaff({ email: "op@x.test", password: "correct horse battery" }, request("203.0.113.5"))).toMatchObject({ email: "op@x.test" });
  });

  it("finding 4: a forged X-Forwarded-For neither escapes the throttle nor reaches the audit ip column", async () => {
    // Behind the console's server the peer is appended last; the client's own header comes first.
    const forged = (i: number) => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": `10.66.0.${i}, 198.51.100.77` } });
    for (let i = 0; i <= PAIR.free; i++) await authorizeStaff({ email: "ghost@x.test", password: `guess-${i}` }, forged(i));
    await expect(authorizeStaff({ email: "ghost@x.test", password: "guess-x" }, forged(99))).rejects.toBeInstanceOf(ThrottledSignin);
    const ips = (await testDb.db.auditEvent.findMany({ where: { target: "ghost@x.test" } })).map((e) => e.ip);
    expect(new Set(ips)).toEqual(new Set(["198.51.100.77"]));
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
