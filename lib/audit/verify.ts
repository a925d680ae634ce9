import type { PrismaClient } from "@prisma/client";
import { db } from "@/lib/db";
import { GENESIS_HASH, auditEventHash } from "./hash";

/**
 * - "hash-mismatch": the row's content no longer hashes to its stored hash (a field was edited).
 * - "prev-hash-mismatch": the row's prevHash is not the hash of the row before it (a row before it
 *   was deleted or inserted, or edited and re-hashed).
 */
export type AuditChainBreak = { seq: number; id: string; reason: "hash-mismatch" | "prev-hash-mismatch" };

/** `count`: events verified intact, in seq order (when broken: those before the break). */
export type AuditChainResult = { ok: true; count: number } | { ok: false; count: number; brokenAt: AuditChainBreak };

/**
 * Walks the whole AuditEvent chain in seq order, `batchSize` rows per query (default 500), and
 * stops at the first broken link. Throws a RangeError for a batchSize below 1. Removing rows from the end of the chain leaves a shorter, intact
 * chain: compare `count` with an earlier run to notice that.
 * Source: the audit history issue ("`npm run audit:verify` that reports the first broken link").
 */
export async function verifyAuditChain(
  client: Pick<PrismaClient, "auditEvent"> = db,
  { batchSize = 500 }: { batchSize?: number } = {},
): Promise<AuditChainResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  let expectedPrevHash = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const batch = await client.auditEvent.findMany({
      where: { seq: { gt: lastSeq } },
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    for (const row of batch) {
      const reason =
        row.prevHash !== expectedPrevHash
          ? "prev-hash-mismatch"
          : auditEventHash(row) !== row.hash
            ? "hash-mismatch"
            : null;
      if (reason) return { ok: false, count, brokenAt: { seq: row.seq, id: row.id, reason } };
      expectedPrevHash = row.hash;
      lastSeq = row.seq;
      count += 1;
    }
    if (batch.length < batchSize) return { ok: true, count };
  }
}

/** The one-line report `npm run audit:verify` prints. */
export function describeAuditChainResult(result: AuditChainResult): string {
  if (result.ok) return `Audit chain intact: ${result.count} events`;
  const { seq, id, reason } = result.brokenAt;
  return `Audit chain broken at seq ${seq} (id ${id}): ${reason}`;
}
