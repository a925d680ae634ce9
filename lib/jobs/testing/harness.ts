import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, vi } from "vitest";
import { staffActor } from "@/lib/audit/actor";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox } from "@/lib/sandbox/mount";
import { setUpTestDatabase } from "@/lib/testing/test-database";

/*
 * Tests of the jobs: the providers are reached exactly as the console reaches them —
 * providerClient over the mounted in-process sandboxes, injected faults included — with
 * PROVIDER_TIMEOUT_MS at 300 ms so a lost answer turns into UNKNOWN quickly.
 */

/** The operator who leaves records behind for the jobs. */
export const OPERATOR = staffActor({ id: "staff-1", email: "op@example.com", role: "OPERATOR" }, { ip: "198.51.100.7", userAgent: "jobs-test" });

/** Registers this file's hooks: a migrated test database, and before each test empty tables of what the jobs touch, no faults, fresh sandboxes. */
export function setUpJobsTest(): { readonly db: PrismaClient; readonly url: string } {
  const testDb = setUpTestDatabase();
  beforeEach(async () => {
    vi.stubEnv("PROVIDER_TIMEOUT_MS", "300");
    const db = testDb.db;
    await db.jobRun.deleteMany();
    await db.giftCardOrder.deleteMany();
    await db.kazawalletTopUp.deleteMany();
    await db.kazawalletCard.deleteMany();
    await db.webhookEvent.deleteMany();
    await db.kardTransaction.deleteMany();
    await db.kvitkaOperation.deleteMany();
    await db.openLoyaltyTransaction.updateMany({ data: { originalId: null } });
    await db.openLoyaltyTransaction.deleteMany();
    await db.auditEvent.deleteMany();
    clearFaults();
    resetSandbox("ktn");
    resetSandbox("kazawallet");
    resetSandbox("kvitka");
    resetSandbox("open-loyalty");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  return {
    get db() {
      return testDb.db;
    },
    get url() {
      return testDb.url;
    },
  };
}
