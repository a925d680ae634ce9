import type { PrismaClient } from "@prisma/client";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { staffActor } from "@/lib/audit/actor";
import { clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import type { JournalEntry } from "../sandbox/journal";

/*
 * Tests of the operations. They reach KvitkaCard exactly as the console does — providerClient
 * ("kvitka") over the in-process sandbox, injected faults (lib/sandbox/faults.ts) included — with
 * PROVIDER_TIMEOUT_MS at 300 ms so a lost answer turns into UNKNOWN quickly. What reached
 * KvitkaCard is read from the sandbox's journal, so a test can prove a step was sent once.
 */

/** The operator every test acts as. */
export const OPERATOR = staffActor(
  { id: "staff-1", email: "op@example.com", role: "OPERATOR" },
  { ip: "198.51.100.7", userAgent: "kvitka-test" },
);

/**
 * Registers this file's hooks: a migrated test database, and before each test no KvitkaCard
 * rows, no audit rows, no faults, a fresh sandbox and the short timeout. Returns the database
 * (set once `beforeAll` ran).
 */
export function setUpKvitkaOperations(): { readonly db: PrismaClient } {
  const testDb = setUpTestDatabase();
  beforeEach(async () => {
    vi.stubEnv("PROVIDER_TIMEOUT_MS", "300");
    await testDb.db.kvitkaOperation.deleteMany();
    await testDb.db.auditEvent.deleteMany();
    clearFaults("kvitka");
    resetSandbox("kvitka");
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

async function control<T>(action: string, body: unknown = {}): Promise<T> {
  const res = await sandboxFor("kvitka")!.control!(action, body);
  expect(res.status, `sandbox control ${action}`).toBe(200);
  return (await res.json()) as T;
}

/** The requests KvitkaCard received since the reset, oldest first (which business sent them, and what). */
export async function kvitkaRequests(): Promise<Omit<JournalEntry, "at">[]> {
  const { requests } = await control<{ requests: JournalEntry[] }>("requests");
  return requests.map(({ path, business, params }) => ({ path, business, params }));
}

/** How many requests to `path` KvitkaCard received since the reset. */
export async function received(path: string): Promise<number> {
  return (await kvitkaRequests()).filter((r) => r.path === path).length;
}

/** The partner business withdraws and confirms: a code this business may deposit. */
export function mintPartnerCode(amountKc = "176.32"): Promise<{ operation_id: number; transaction_code: string }> {
  return control("mint-partner-code", { amount_kc: amountKc });
}

/** KvitkaCard's own view of an operation (the sandbox's control surface). */
export async function sandboxOperation(operationId: number) {
  const { operations } = await control<{ operations: { operation_id: number; status: string; transaction_code: string | null; depositor: string | null }[] }>(
    "operations",
  );
  return operations.find((o) => o.operation_id === operationId);
}

/** Every text column of every audit row, for proving a code never reached them. */
export async function allAuditText(db: PrismaClient): Promise<string> {
  const rows = await db.auditEvent.findMany();
  return rows.map((r) => JSON.stringify(r)).join("\n");
}
