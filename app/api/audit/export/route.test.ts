import type { PrismaClient } from "@prisma/client";
import Papa from "papaparse";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AUDIT_CSV_COLUMNS } from "@/lib/audit/query";
import { recordAudit } from "@/lib/audit/record";
import type { Role } from "@/lib/auth/roles";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { GET } from "./route";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "export-test", "x-forwarded-for": "192.0.2.9" }) }));

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
});

async function signIn(role: Role) {
  const user = await db.staffUser.create({ data: { email: `${role.toLowerCase()}@example.com`, name: role, role, passwordHash: "unused" } });
  session.userId = user.id;
  return user;
}

const system = { staff: { id: "u-ops", email: "ops@example.com", role: "OPERATOR" } };
const exportUrl = (search: string) => new Request(`http://localhost/api/audit/export${search}`);

describe("GET /api/audit/export", () => {
  it("streams the filtered events as a CSV attachment and audits the export with its filter", async () => {
    await recordAudit({ actor: system, action: "ktn.order.purchase", outcome: "SUCCEEDED", target: "order-1" });
    await recordAudit({ actor: system, action: "ktn.order.refund", outcome: "FAILED", target: "order-1", errorCode: "NOT_REFUNDABLE" });
    await recordAudit({ actor: system, action: "kvitka.withdraw.init", outcome: "FAILED", target: "op-9" });
    const support = await signIn("SUPPORT");

    const response = await GET(exportUrl("?outcome=FAILED&provider=ktn&cursor=999"));

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-history-\d{8}T\d{6}Z\.csv"$/);
    const csv = Papa.parse<Record<string, string>>(await response.text(), { header: true });
    expect(csv.meta.fields).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0]).toMatchObject({ action: "ktn.order.refund", outcome: "FAILED", errorCode: "NOT_REFUNDABLE", actorEmail: "ops@example.com" });

    const exportRow = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.history.export" } });
    expect(exportRow).toMatchObject({
      outcome: "SUCCEEDED",
      actorId: support.id,
      role: "SUPPORT",
      ip: "192.0.2.9",
      requestSummary: JSON.stringify({ provider: "ktn", outcome: "FAILED" }),
    });
  });

  it("exports every page of an unfiltered history, newest first", async () => {
    for (let i = 0; i < 3; i += 1) await recordAudit({ actor: system, action: "ktn.order.refresh", outcome: "SUCCEEDED", target: `order-${i}` });
    await signIn("ADMIN");

    const csv = Papa.parse<Record<string, string>>(await (await GET(exportUrl(""))).text(), { header: true });

    // The export's own audit row is written before the stream starts, so it is the newest row.
    expect(csv.data.map((row) => row.target || row.action)).toEqual(["audit.history.export", "order-2", "order-1", "order-0"]);
  });

  it("refuses a role without audit.export with 403 and audits the refusal", async () => {
    const operator = await signIn("OPERATOR");

    const response = await GET(exportUrl("?outcome=FAILED"));

    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "Your role does not allow this action." } });
    expect(await db.auditEvent.findMany()).toMatchObject([
      { action: "audit.history.export", outcome: "DENIED", errorCode: "FORBIDDEN", actorId: operator.id },
    ]);
  });

  it("answers 401 when signed out", async () => {
    const response = await GET(exportUrl(""));

    expect(response.status).toBe(401);
    expect(await db.auditEvent.findMany()).toMatchObject([{ action: "audit.history.export", outcome: "DENIED", actorId: null }]);
  });

  it("answers 400 for an invalid filter and exports nothing", async () => {
    await signIn("ADMIN");

    const response = await GET(exportUrl("?action=ktn.order.delete&from=not-a-date"));

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "VALIDATION", fields: ["action", "from"] } });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
