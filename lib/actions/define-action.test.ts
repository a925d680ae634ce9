import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { OperationError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { defineAction } from "./define-action";

// The session and the request headers are the only things faked: the permission check, the
// database read of the staff member and the audit rows are the real ones.
const fake = vi.hoisted(() => ({ userId: null as string | null, headers: {} as Record<string, string> }));

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (fake.userId ? { user: { id: fake.userId }, expires: new Date(Date.now() + 60_000).toISOString() } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(fake.headers) }));

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
  fake.userId = null;
  fake.headers = { "user-agent": "vitest-browser", "x-forwarded-for": "203.0.113.7", "x-request-id": "req-test-1" };
});
afterEach(() => {
  delete process.env.KTN_API_KEY;
  vi.restoreAllMocks();
});

async function signIn(role: Role, extra: { active?: boolean; isDemo?: boolean } = {}) {
  const user = await db.staffUser.create({
    data: { email: `${role.toLowerCase()}@example.com`, name: `${role} person`, role, passwordHash: "unused", ...extra },
  });
  fake.userId = user.id;
  return user;
}

const purchaseInput = z.object({
  productId: z.coerce.number().int().positive(),
  unitPrice: z.string().regex(/^\d+(\.\d{1,2})?$/, "Enter an amount like 25 or 25.50."),
});

function purchaseAction(handler = vi.fn(async (input: z.output<typeof purchaseInput>) => ({ bought: input.productId }))) {
  return {
    handler,
    action: defineAction({ name: "ktn.order.purchase", permission: "giftCards.purchase", input: purchaseInput, handler }),
  };
}

const validInput = { productId: 7, unitPrice: "25.00" };

describe("defineAction: permission", () => {
  it.each(["SUPPORT", "VIEWER"] as const)("refuses %s with FORBIDDEN and audits a DENIED row with the actor", async (role) => {
    const user = await signIn(role);
    const { action, handler } = purchaseAction();

    const result = await action(validInput);

    expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: "Your role does not allow this action." } });
    expect(handler).not.toHaveBeenCalled();
    const rows = await db.auditEvent.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "ktn.order.purchase",
      provider: "ktn",
      outcome: "DENIED",
      errorCode: "FORBIDDEN",
      actorId: user.id,
      actorEmail: user.email,
      role,
      message: "missing permission giftCards.purchase",
      requestSummary: JSON.stringify(validInput),
      ip: "203.0.113.7",
      userAgent: "vitest-browser",
    });
  });

  it.each(["ADMIN", "OPERATOR"] as const)("hands the handler the input and the actor (%s, with the request context)", async (role) => {
    const user = await signIn(role);
    const { action, handler } = purchaseAction();

    const result = await action({ productId: "7" as unknown as number, unitPrice: "25.00" });

    expect(result).toEqual({ ok: true, data: { bought: 7 } });
    expect(handler).toHaveBeenCalledWith(
      { productId: 7, unitPrice: "25.00" },
      {
        staff: { id: user.id, email: user.email, name: user.name, role, isDemo: false },
        context: { ip: "203.0.113.7", userAgent: "vitest-browser", requestId: "req-test-1" },
      },
    );
    expect(await db.auditEvent.count({ where: { outcome: "DENIED" } })).toBe(0);
  });
});

describe("defineAction: session", () => {
  it("refuses a signed-out caller with UNAUTHENTICATED and audits the refusal without an actor", async () => {
    const { action, handler } = purchaseAction();

    const result = await action(validInput);

    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(handler).not.toHaveBeenCalled();
    expect(await db.auditEvent.findMany()).toMatchObject([{ outcome: "DENIED", errorCode: "UNAUTHENTICATED", actorId: null }]);
  });

  it("treats a deactivated user's still-valid session as signed out", async () => {
    await signIn("ADMIN", { active: false });
    const { action, handler } = purchaseAction();

    const result = await action(validInput);

    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(handler).not.toHaveBeenCalled();
    expect(await db.auditEvent.findMany()).toMatchObject([{ outcome: "DENIED", errorCode: "UNAUTHENTICATED", actorId: null }]);
  });

  it("lets a demo admin act while every provider is in sandbox mode", async () => {
    await signIn("ADMIN", { isDemo: true });
    const { action } = purchaseAction();

    expect(await action(validInput)).toEqual({ ok: true, data: { bought: 7 } });
  });

  it("refuses a demo account as soon as one provider is live", async () => {
    await signIn("ADMIN", { isDemo: true });
    process.env.KTN_API_KEY = "live-ktn-key";
    const { action, handler } = purchaseAction();

    const result = await action(validInput);

    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("defineAction: input and errors", () => {
  it("returns VALIDATION with field errors and does not run the handler", async () => {
    await signIn("OPERATOR");
    const { action, handler } = purchaseAction();

    const result = await action({ productId: -1, unitPrice: "25.999" });

    expect(result).toEqual({
      ok: false,
      error: {
        code: "VALIDATION",
        message: "Some fields need attention.",
        fieldErrors: { productId: [expect.any(String)], unitPrice: ["Enter an amount like 25 or 25.50."] },
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("passes an OperationError's code, message and field errors to the caller", async () => {
    await signIn("ADMIN");
    const { action } = purchaseAction(
      vi.fn(async () => {
        throw new OperationError("OUT_OF_RANGE", "Enter an amount between 10 and 500.", { unitPrice: ["Too high."] });
      }),
    );

    expect(await action(validInput)).toEqual({
      ok: false,
      error: { code: "OUT_OF_RANGE", message: "Enter an amount between 10 and 500.", fieldErrors: { unitPrice: ["Too high."] } },
    });
  });

  it("answers an unexpected error with INTERNAL and the request id, logging it without leaking the message", async () => {
    await signIn("ADMIN");
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const { action } = purchaseAction(
      vi.fn(async () => {
        throw new Error("SQLITE_CONSTRAINT: secret table detail");
      }),
    );

    const result = await action(validInput);

    expect(result).toEqual({
      ok: false,
      error: { code: "INTERNAL", message: "Something went wrong on our side (request req-test-1)." },
    });
    expect(JSON.stringify(result)).not.toContain("SQLITE");
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ action: "ktn.order.purchase", requestId: "req-test-1", err: expect.any(Error) }),
      "action failed",
    );
  });

  it("generates a request id when the request carries none", async () => {
    await signIn("ADMIN");
    delete fake.headers["x-request-id"];
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const { action } = purchaseAction(
      vi.fn(async () => {
        throw new TypeError("boom");
      }),
    );

    const result = await action(validInput);

    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(!result.ok && result.error.message).toMatch(/\(request [0-9a-f-]{36}\)\.$/);
  });
});
