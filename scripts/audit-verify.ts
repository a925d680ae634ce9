/**
 * `npm run audit:verify`: checks the audit hash chain of the database at DATABASE_URL (or the
 * embedded default). Prints `Audit chain intact: N events` and exits 0, or
 * `Audit chain broken at seq N (id …): reason` and exits 1; exits 2 when it cannot read the chain.
 * Source: the audit history issue.
 */
import { db } from "@/lib/db";
import { describeAuditChainResult, verifyAuditChain } from "@/lib/audit/verify";

try {
  const result = await verifyAuditChain(db);
  console.log(describeAuditChainResult(result));
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  console.error(`Audit chain could not be verified: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
}
