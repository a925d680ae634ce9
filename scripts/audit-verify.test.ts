import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { AuditEvent } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { fileCheckpointStore } from "@/lib/audit/checkpoint-store";
import { configureAuditCheckpoints, flushAuditCheckpoint } from "@/lib/audit/checkpointing";
import { GENESIS_HASH, legacyAuditEventHash } from "@/lib/audit/hash";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
let testDb: TestDatabase;
let dir: string;
let checkpoints: string;
let rows: AuditEvent[];

/** Runs `npm run audit:verify` on the database at `url` against the original's checkpoints. */
async function auditVerify(url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, AUDIT_CHECKPOINTS: checkpoints },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A copy of the test database's audit history in a database of its own (what audit:verify reads). */
async function copyOfDatabase(): Promise<TestDatabase> {
  const copy = await createTestDatabase({ installed: false });
  await copy.db.auditEvent.createMany({ data: await testDb.db.auditEvent.findMany({ orderBy: { seq: "asc" } }) });
  return copy;
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "audit-verify-"));
  checkpoints = path.join(dir, "console.audit-checkpoints");
  configureAuditCheckpoints({ store: fileCheckpointStore(checkpoints), every: 1000, intervalMs: 60_000 });
  rows = [];
  for (const outcome of ["REQUESTED", "SUCCEEDED", "DENIED", "REQUESTED", "SUCCEEDED", "FAILED", "REQUESTED", "SUCCEEDED"] as const) {
    rows.push(await recordAudit({ actor: SYSTEM_ACTOR, action: "kvitka.deposit.confirm", outcome }));
  }
  await flushAuditCheckpoint();
});
afterAll(async () => {
  configureAuditCheckpoints();
  await testDb.dispose();
  rmSync(dir, { recursive: true, force: true });
});

let copy: TestDatabase;
beforeEach(async () => {
  copy = await copyOfDatabase();
  return () => copy.dispose();
});

describe("npm run audit:verify", () => {
  it("reports an intact, anchored chain with exit 0", async () => {
    const result = await auditVerify(copy.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Audit chain intact: 8 events; anchored by 1 checkpoint in .* \\(last: seq ${rows[7].seq} at [^)]+\\)\\n$`));
  });

  it("reports an edited field at its row with exit 1", async () => {
    await copy.db.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = 'someone@example.com' WHERE "seq" = ${rows[1].seq}`;
    expect(await auditVerify(copy.url)).toMatchObject({
      code: 1,
      stdout: `Audit chain broken at seq ${rows[1].seq} (id ${rows[1].id}): hash-mismatch: its content no longer matches its hash (a field was edited)\n`,
    });
  });
});

describe("finding 5: audit:verify on a copy of the database", () => {
  it("reports deleting the last 5 rows as a missing tail", async () => {
    await copy.db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" > ${rows[2].seq}`;
    const result = await auditVerify(copy.url);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Audit chain broken at seq ${rows[7].seq}: missing-tail: the checkpoint of `);
    expect(result.stdout).toContain(`records seq ${rows[7].seq} but the chain ends at seq ${rows[2].seq}: events were deleted from the end`);
  });

  it("reports deleting every row as a missing tail", async () => {
    await copy.db.$executeRaw`DELETE FROM "AuditEvent"`;
    const result = await auditVerify(copy.url);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/missing-tail: .* but the chain is empty/);
  });

  it("reports a DENIED row edited into SUCCEEDED with every later hash recomputed", async () => {
    const all = await copy.db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    let prev = GENESIS_HASH;
    for (const row of all) {
      if (row.seq < rows[2].seq) {
        prev = row.hash;
        continue;
      }
      const outcome = row.seq === rows[2].seq ? "SUCCEEDED" : row.outcome;
      const hash = legacyAuditEventHash({ ...row, outcome, prevHash: prev });
      await copy.db.auditEvent.update({ where: { seq: row.seq }, data: { outcome, prevHash: prev, hash } });
      prev = hash;
    }
    expect(await auditVerify(copy.url)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(`Audit chain broken at seq ${rows[2].seq} (id ${rows[2].id}): unkeyed-hash: `),
    });
  });

  it("reports a forged row appended at the end", async () => {
    const last = rows[7];
    const forged = { ...last, id: "forged-append", seq: last.seq + 1, outcome: "SUCCEEDED", prevHash: last.hash, createdAt: new Date() };
    await copy.db.auditEvent.create({ data: { ...forged, hash: legacyAuditEventHash(forged) } });
    expect(await auditVerify(copy.url)).toMatchObject({
      code: 1,
      stdout: `Audit chain broken at seq ${forged.seq} (id forged-append): unkeyed-hash: it carries an unkeyed SHA-256 hash after keyed events: it was appended or rewritten without the chain key\n`,
    });
  });
});
