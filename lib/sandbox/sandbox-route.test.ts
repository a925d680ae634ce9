import type { PrismaClient, StaffUser } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { resetRefusalBudget } from "@/lib/audit/refusal-budget";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { clearFaults, listFaults } from "./faults";
import { handleSandboxRoute } from "./sandbox-route";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));

const CONSOLE = "http://localhost:3000";
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
  clearFaults();
  resetRefusalBudget();
});

async function signIn(role: Role): Promise<StaffUser> {
  const user = await db.staffUser.create({ data: { email: `${role.toLowerCase()}@example.com`, name: role, role, passwordHash: "unused" } });
  session.userId = user.id;
  return user;
}

/** A control call as a browser or a script would send it; the peer address is the last X-Forwarded-For hop. */
function call(method: string, path: string, { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {}) {
  const url = new URL(`/sandbox/_control/${path}`, CONSOLE);
  const req = new Request(url, { method, body, headers: { "x-forwarded-for": "198.51.100.20", "user-agent": "control-test", ...headers } });
  return handleSandboxRoute(req, "_control", url.pathname.split("/").slice(3));
}

const sameOriginJson = { origin: CONSOLE, "content-type": "application/json" };
const latency = JSON.stringify({ provider: "ktn", fault: { kind: "latency", ms: 5 } });
const auditRows = () => db.auditEvent.findMany({ orderBy: { seq: "asc" } });

describe("finding 1: sandbox control surface open to anyone, and to any web page", () => {
  it("refuses the attack as found: a cross-origin text/plain fault injection without a session", async () => {
    const res = await call("POST", "faults", { body: latency, headers: { origin: "http://evil.example", "content-type": "text/plain" } });

    expect(res.status).toBe(401);
    expect(listFaults("ktn")).toEqual([]);
    expect(await auditRows()).toMatchObject([{ action: "sandbox.control.fault", outcome: "DENIED", errorCode: "UNAUTHENTICATED", actorId: null, ip: "198.51.100.20" }]);
  });

  it("refuses a reset and the KvitkaCard operations list (full transaction codes) without a session", async () => {
    expect((await call("POST", "reset", { body: "{}", headers: sameOriginJson })).status).toBe(401);
    const operations = await call("POST", "kvitka/operations", { body: "{}", headers: sameOriginJson });
    expect(operations.status).toBe(401);
    expect(await operations.text()).not.toContain("operations");
  });

  it("refuses staff without sandbox.control, auditing them", async () => {
    const support = await signIn("SUPPORT");
    const res = await call("POST", "reset", { body: "{}", headers: sameOriginJson });
    expect(res.status).toBe(403);
    expect(await auditRows()).toMatchObject([{ action: "sandbox.control.reset", outcome: "DENIED", errorCode: "FORBIDDEN", actorId: support.id }]);
  });

  it("refuses a signed-in operator's call from another origin, or naming no origin", async () => {
    const operator = await signIn("OPERATOR");
    const evil = await call("POST", "faults", { body: latency, headers: { origin: "http://evil.example", "content-type": "application/json" } });
    const none = await call("POST", "faults", { body: latency, headers: { "content-type": "application/json" } });
    const clear = await call("DELETE", "faults?provider=ktn", { headers: { referer: "http://evil.example/page" } });

    expect([evil.status, none.status, clear.status]).toEqual([403, 403, 403]);
    expect(await evil.json()).toMatchObject({ error: { code: "CROSS_ORIGIN" } });
    expect(listFaults("ktn")).toEqual([]);
    expect((await auditRows()).map((e) => [e.action, e.outcome, e.errorCode, e.actorId])).toEqual([
      ["sandbox.control.fault", "DENIED", "CROSS_ORIGIN", operator.id],
      ["sandbox.control.fault", "DENIED", "CROSS_ORIGIN", operator.id],
      ["sandbox.control.clear-faults", "DENIED", "CROSS_ORIGIN", operator.id],
    ]);
  });

  it("refuses a body that is not declared application/json", async () => {
    await signIn("OPERATOR");
    const res = await call("POST", "faults", { body: latency, headers: { origin: CONSOLE, "content-type": "text/plain;charset=UTF-8" } });
    expect(res.status).toBe(415);
    expect(listFaults("ktn")).toEqual([]);
  });

  it("answers the console's own origin (and its loopback aliases), auditing every call with its actor, clearing included", async () => {
    const operator = await signIn("OPERATOR");

    const injected = await call("POST", "faults", { body: latency, headers: { ...sameOriginJson, origin: "http://127.0.0.1:3000" } });
    expect(injected.status).toBe(200);
    expect(listFaults("ktn")).toMatchObject([{ fault: { kind: "latency", ms: 5 } }]);
    expect(await (await call("GET", "faults?provider=ktn")).json()).toMatchObject({ faults: [{ fault: { kind: "latency" } }] });
    expect((await call("DELETE", "faults?provider=ktn", { headers: { origin: CONSOLE } })).status).toBe(200);
    expect(listFaults("ktn")).toEqual([]);
    expect((await call("POST", "reset", { body: JSON.stringify({ provider: "kvitka" }), headers: sameOriginJson })).status).toBe(200);
    expect((await call("POST", "kvitka/operations", { body: "{}", headers: sameOriginJson })).status).toBe(200);

    const rows = await auditRows();
    expect(rows.map((e) => [e.action, e.outcome, e.provider, e.actorId, e.ip])).toEqual([
      ["sandbox.control.fault", "SUCCEEDED", "ktn", operator.id, "198.51.100.20"],
      ["sandbox.control.list-faults", "SUCCEEDED", "ktn", operator.id, "198.51.100.20"],
      ["sandbox.control.clear-faults", "SUCCEEDED", "ktn", operator.id, "198.51.100.20"],
      ["sandbox.control.reset", "SUCCEEDED", "kvitka", operator.id, "198.51.100.20"],
      ["sandbox.control.run", "SUCCEEDED", "kvitka", operator.id, "198.51.100.20"],
    ]);
    expect(rows[4].target).toBe("kvitka/operations");
  });

  it("answers malformed JSON with 400 and an unknown control with 404", async () => {
    await signIn("ADMIN");
    const bad = await call("POST", "faults", { body: "{not json", headers: sameOriginJson });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID_JSON" } });
    expect((await call("POST", "ktn/no-such-action", { body: "{}", headers: sameOriginJson })).status).toBe(404);
    expect((await call("POST", "nowhere", { body: "{}", headers: sameOriginJson })).status).toBe(404);
  });

  it("keeps the simulators' own provider APIs answering their documented sandbox credentials, without a session", async () => {
    const req = new Request(`${CONSOLE}/sandbox/ktn/api/v1/merchant/getAccountDetails`, { headers: { authorization: "Bearer ktn_sandbox_key" } });
    const res = await handleSandboxRoute(req, "ktn", ["api", "v1", "merchant", "getAccountDetails"]);
    expect(res.status).toBe(200);
  });
});
