import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isProviderError } from "@/lib/providers/provider-error";
import { addFault, clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { unpairedOutcomes } from "./fault-matrix/audit-outcomes";
import { MATRIX_FAULTS } from "./fault-matrix/step";
import { MATRIX_ROWS } from "./fault-matrix/steps";

/*
 * The fault matrix (issue 12, "Restarts and faults lose nothing"): every money-moving step of
 * every provider × every injected fault, through the console's own operations over the mounted
 * sandboxes (PROVIDER_TIMEOUT_MS 250 ms). For every cell, after the step and reconciliation:
 * - the provider applied the step at most once (its sandbox's own records), and exactly once
 *   when the fault lets the request through;
 * - the step's local record exists, has an outcome (nothing UNKNOWN or unanswered), and says the
 *   money moved exactly when the provider says so;
 * - the step was sent once (one REQUESTED row of its action: a reconciliation that resends it is
 *   audited under the provider's reconcile action, an attempt of its own) and every attempt has
 *   one outcome row.
 */

let testDb: TestDatabase;
let db: PrismaClient;
const passed: string[] = [];
const steps = MATRIX_ROWS.flatMap((rows) => rows.steps);

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.dispose();
  console.log(`fault matrix: ${steps.length} steps × ${MATRIX_FAULTS.length} faults = ${steps.length * MATRIX_FAULTS.length} cells, ${passed.length} passed`);
});

beforeEach(async () => {
  vi.stubEnv("PROVIDER_TIMEOUT_MS", "250");
  clearFaults();
  resetSandbox();
  for (const rows of MATRIX_ROWS) await rows.clear();
  await db.webhookEvent.deleteMany();
  await db.auditEvent.deleteMany();
  return () => vi.unstubAllEnvs();
});

describe.each(steps.map((s) => [s.name, s] as const))("%s", (name, s) => {
  it.each(MATRIX_FAULTS.map((f) => [f.name, f] as const))("× %s", async (faultName, fault) => {
    const ctx = await s.setup();
    const mark = (await db.auditEvent.aggregate({ _max: { seq: true } }))._max.seq ?? 0;

    addFault(s.provider, { fault: fault.rule, ...s.request, count: 1 });
    await s.run(ctx).catch((error: unknown) => {
      if (!isProviderError(error)) throw error;
    });
    clearFaults(s.provider);
    await s.reconcile(ctx);

    const atProvider = await s.providerCount(ctx);
    expect(atProvider, "applied at the provider").toBeLessThanOrEqual(1);
    if (fault.applied) expect(atProvider, "applied at the provider").toBe(1);
    const records = await s.localRecords(ctx);
    expect(records, "the step's local record").toHaveLength(1);
    expect(records.filter((r) => !r.settled), "records without an outcome").toEqual([]);
    expect(records.filter((r) => r.moved).length, `local says moved (${records[0].status})`).toBe(atProvider);

    const rows = await db.auditEvent.findMany({ where: { seq: { gt: mark } }, orderBy: { seq: "asc" } });
    expect(rows.filter((r) => r.action === s.action && r.outcome === "REQUESTED"), "the step was sent once").toHaveLength(1);
    expect(unpairedOutcomes(rows)).toEqual([]);
    passed.push(`${name} × ${faultName}`);
  });
});
