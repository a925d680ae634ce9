import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, vi } from "vitest";
import { staffActor } from "@/lib/audit/actor";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox } from "@/lib/sandbox/mount";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { sandboxControl } from "./sandbox-client";

/*
 * Tests of the operations: they reach Open Loyalty Pay as the console does — providerClient
 * ("open-loyalty") over the in-process sandbox, injected faults included — with
 * PROVIDER_TIMEOUT_MS at 300 ms so a lost answer turns unknown quickly.
 */

export const OPERATOR = staffActor({ id: "staff-1", email: "op@example.com", role: "OPERATOR" }, { ip: "198.51.100.9", userAgent: "open-loyalty-test" });

/** Registers this file's hooks: a migrated database, and before each test no rows, no faults, a fresh sandbox. */
export function setUpOpenLoyaltyOperations(): { readonly db: PrismaClient } {
  const testDb = setUpTestDatabase();
  beforeEach(async () => {
    vi.stubEnv("PROVIDER_TIMEOUT_MS", "300");
    await testDb.db.openLoyaltyTransaction.updateMany({ data: { originalId: null } });
    await testDb.db.openLoyaltyTransaction.deleteMany();
    await testDb.db.auditEvent.deleteMany();
    clearFaults("open-loyalty");
    resetSandbox("open-loyalty");
  });
  afterEach(() => vi.unstubAllEnvs());
  return {
    get db() {
      return testDb.db;
    },
  };
}

/** The transactions the sandbox holds under one tranOrderNo (a retry must never make a second). */
export async function sandboxTransactionsOf(tranOrderNo: string): Promise<{ kind: string; result: number; amount: string }[]> {
  const { transactions } = await sandboxControl<{ transactions: { tranOrderNo: string; kind: string; result: number; amount: string }[] }>("transactions");
  return transactions.filter((t) => t.tranOrderNo === tranOrderNo);
}
