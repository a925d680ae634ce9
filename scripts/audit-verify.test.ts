import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { createTestDatabase } from "@/lib/testing/db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
let testDb: ReturnType<typeof createTestDatabase>;

async function auditVerify(): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/audit-verify.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: testDb.url },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

beforeAll(() => {
  testDb = createTestDatabase();
});
afterAll(() => testDb.dispose());

describe("npm run audit:verify", () => {
  it("reports an intact chain with exit 0, then the first broken link with exit 1", async () => {
    const rows = [];
    for (const outcome of ["REQUESTED", "SUCCEEDED", "DENIED"] as const) {
      rows.push(await recordAudit({ actor: SYSTEM_ACTOR, action: "kvitka.deposit.confirm", outcome }));
    }
    expect(await auditVerify()).toEqual({ code: 0, stdout: "Audit chain intact: 3 events\n" });

    await testDb.db.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = 'someone@example.com' WHERE "seq" = ${rows[1].seq}`;
    expect(await auditVerify()).toEqual({
      code: 1,
      stdout: `Audit chain broken at seq ${rows[1].seq} (id ${rows[1].id}): hash-mismatch\n`,
    });
  });
});
