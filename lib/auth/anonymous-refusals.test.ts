import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ANONYMOUS_REFUSALS, resetRefusalBudget } from "@/lib/audit/refusal-budget";
import { logger } from "@/lib/log";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { authLogger } from "./auth-logger";

const caller = vi.hoisted(() => ({ ip: "203.0.113.80" }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": caller.ip, "user-agent": "bogus-cookie" }) }));

const { withRoutePermission } = await import("./route-guard");

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.auditEvent.deleteMany();
  resetRefusalBudget();
  caller.ip = "203.0.113.80";
});

const limiterRoute = () => withRoutePermission("kvitka.read", "kvitka.operation.read", async () => Response.json({ ok: true }));

describe("finding 6: bogus session cookies grow the audit table and the logs", () => {
  it("audits an address's anonymous refusals within its budget, then only counts them in one log line each", async () => {
    const warn = vi.spyOn(logger, "warn");
    try {
      const statuses = [];
      for (let i = 0; i < ANONYMOUS_REFUSALS.points + 10; i++) statuses.push((await limiterRoute()).status);

      expect(new Set(statuses)).toEqual(new Set([401]));
      expect(await db.auditEvent.count({ where: { outcome: "DENIED" } })).toBe(ANONYMOUS_REFUSALS.points);
      expect(warn).toHaveBeenCalledTimes(10);
      expect(warn.mock.calls[0][0]).toMatchObject({ ip: "203.0.113.80", action: "kvitka.operation.read", reason: "UNAUTHENTICATED" });

      caller.ip = "198.51.100.81";
      await limiterRoute();
      expect(await db.auditEvent.count({ where: { ip: "198.51.100.81" } })).toBe(1);
    } finally {
      warn.mockRestore();
    }
  });

  it("logs Auth.js's refusal of a forged session cookie as one line without a stack trace", () => {
    const warn = vi.spyOn(logger, "warn");
    const error = vi.spyOn(logger, "error");
    try {
      const jwtError = Object.assign(new Error("Read more at https://errors.authjs.dev#jwtsessionerror"), { type: "JWTSessionError", cause: { err: new Error("Invalid Compact JWE") } });
      authLogger.error(jwtError as never);

      expect(error).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(1);
      const [fields, message] = warn.mock.calls[0] as [Record<string, unknown>, string];
      expect(fields).toEqual({ auth: "JWTSessionError", cause: "Invalid Compact JWE" });
      expect(message).toBe("auth refused: JWTSessionError");
      expect(JSON.stringify(warn.mock.calls)).not.toContain("    at ");
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
