import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.30" }) }));

const { withRoutePermission } = await import("./route-guard");
let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const viewer = await testDb.db.staffUser.create({ data: { email: "viewer@example.com", name: "V", role: "VIEWER", passwordHash: "unused" } });
  session.userId = viewer.id;
});
afterAll(() => testDb.dispose());

describe("finding 10: 500s for malformed input (data routes)", () => {
  it("answers a query its schema refuses with 400 and the fields at fault", async () => {
    const schema = z.object({ status: z.enum(["OPEN", "DONE"]), page: z.coerce.number().int() });
    const res = await withRoutePermission("kvitka.read", "kvitka.operation.read", async () => Response.json(schema.parse({ status: "NOPE", page: "x" })));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "VALIDATION", message: "Invalid input: status, page.", fields: ["status", "page"] } });
  });

  it("still lets other errors through (they are bugs, logged by Next)", async () => {
    await expect(withRoutePermission("kvitka.read", "kvitka.operation.read", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});
