import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { staffActor } from "@/lib/audit/actor";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { forgetFeePreference } from "../operations/fee-preference";

/*
 * Tests of the KTN operations. They reach KTN exactly as the console does — providerClient("ktn")
 * over the in-process sandbox, injected faults (lib/sandbox/faults.ts) included — with
 * PROVIDER_TIMEOUT_MS at 300 ms so a lost answer turns into UNKNOWN quickly.
 */

/** The operator every test acts as. */
export const OPERATOR = staffActor({ id: "staff-1", email: "op@example.com", role: "OPERATOR" }, { ip: "198.51.100.7", userAgent: "ktn-test" });

/**
 * Registers this file's hooks: a migrated test database, and before each test no orders, no
 * audit rows, no faults, a fresh sandbox, no cached fee preference and the short timeout.
 * Returns the database.
 */
export function setUpKtnOperations(): { readonly db: PrismaClient } {
  const testDb = setUpTestDatabase();
  beforeEach(async () => {
    vi.stubEnv("PROVIDER_TIMEOUT_MS", "300");
    await testDb.db.giftCardOrder.deleteMany();
    await testDb.db.auditEvent.deleteMany();
    clearFaults("ktn");
    resetSandbox("ktn");
    forgetFeePreference();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  return {
    get db() {
      return testDb.db;
    },
  };
}

/** A control action of the mounted KTN sandbox (`fulfil`, `set-account`, `set-fee-preference`, `orders`). */
export async function ktnControl<T = Record<string, unknown>>(action: string, body: unknown = {}): Promise<T> {
  const res = await sandboxFor("ktn")!.control!(action, body);
  expect(res.status, `KTN sandbox control ${action}`).toBe(200);
  return (await res.json()) as T;
}

/** KTN's own orders placed under `idempotencyKey`. */
export async function ktnOrdersForKey(idempotencyKey: string): Promise<{ id: number; giftCardStatus: string; paymentStatus: string }[]> {
  const { orders } = await ktnControl<{ orders: { id: number; idempotencyKey: string | null; giftCardStatus: string; paymentStatus: string }[] }>("orders");
  return orders.filter((o) => o.idempotencyKey === idempotencyKey);
}
