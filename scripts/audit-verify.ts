/**
 * `npm run audit:verify`: checks the audit chain of the database at DATABASE_URL (or the embedded
 * default) with the chain key (AUDIT_CHAIN_KEY or .data/audit-key) against the checkpoints
 * (AUDIT_CHECKPOINTS; by default the file beside the database). Prints one line and exits:
 * - 0 `Audit chain intact: N events; anchored by M checkpoints …`;
 * - 1 `Audit chain broken at seq N (id …): <check>: <what was found>`, the check being
 *   hash-mismatch, prev-hash-mismatch, unkeyed-hash (written without the key: a forged append or
 *   a rewrite), missing-tail (rows deleted from the end), checkpoint-mismatch (history rewritten
 *   with recomputed hashes) or checkpoint-invalid (the checkpoint store was edited);
 * - 2 when it cannot verify (database unreadable, no chain key).
 * To check a copy of a database, point DATABASE_URL at the copy and AUDIT_CHECKPOINTS at the
 * production checkpoint store.
 * Source: the audit history issue; issue 11, finding 5.
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
