import type { PrismaClient } from "@prisma/client";
import { db } from "@/lib/db";
import { configuredAuditChainKey } from "./chain-key";
import { readCheckpoint, type AuditCheckpoint } from "./checkpoint";
import { configuredCheckpointStore, type CheckpointStore } from "./checkpoint-store";
import { GENESIS_HASH, auditEventHash, isKeyedHash, legacyAuditEventHash } from "./hash";

/**
 * Why verification failed (the first problem found):
 * - "hash-mismatch": the row's content no longer hashes to its stored hash (a field was edited).
 * - "prev-hash-mismatch": the row's prevHash is not the hash of the row before it (a row before it
 *   was deleted or inserted, or edited and re-hashed).
 * - "unkeyed-hash": a plain SHA-256 hash after keyed rows: the row was appended or rewritten by
 *   someone without the chain key.
 * - "missing-tail": a checkpoint names a seq the chain no longer reaches (rows deleted from the end).
 * - "checkpoint-mismatch": the row at a checkpoint's seq is not the one the checkpoint signed
 *   (history rewritten, hashes recomputed), or that row is gone.
 * - "checkpoint-invalid": a stored checkpoint does not parse or its signature does not verify
 *   (the checkpoint store was edited, or another chain key is configured).
 */
export type AuditBreakReason = "hash-mismatch" | "prev-hash-mismatch" | "unkeyed-hash" | "missing-tail" | "checkpoint-mismatch" | "checkpoint-invalid";

/** Where verification failed: a row (id set) or a checkpoint (its seq; id null), and what was found. */
export type AuditChainBreak = { seq: number; id: string | null; reason: AuditBreakReason; detail: string };

/**
 * What anchors the verified chain: how many checkpoints were checked, the newest one, and how many
 * rows were appended after it (not anchored yet: a checkpoint follows within seconds). `store` is
 * null when checkpoints are off.
 */
export type AuditAnchor = { store: string | null; checkpoints: number; lastSeq: number | null; lastAt: string | null; unanchored: number };

/** `count`: events verified intact, in seq order (when broken: those before the break, or all of them for a checkpoint problem). */
export type AuditChainResult = { ok: true; count: number; anchor: AuditAnchor } | { ok: false; count: number; brokenAt: AuditChainBreak };

export interface VerifyOptions {
  batchSize?: number;
  /** The chain key; default: the configured one (chain-key.ts). */
  key?: Buffer | null;
  /** Where the checkpoints are; default: the configured store (checkpoint-store.ts); null: none. */
  checkpoints?: CheckpointStore | null;
}

const DETAIL: Record<Exclude<AuditBreakReason, "missing-tail" | "checkpoint-mismatch" | "checkpoint-invalid">, string> = {
  "hash-mismatch": "its content no longer matches its hash (a field was edited)",
  "prev-hash-mismatch": "it does not follow the event before it (an event was deleted or inserted before it, or edited and re-hashed)",
  "unkeyed-hash": "it carries an unkeyed SHA-256 hash after keyed events: it was appended or rewritten without the chain key",
};

type Checked = { ok: true; checkpoints: AuditCheckpoint[] } | { ok: false; brokenAt: AuditChainBreak };

async function loadCheckpoints(store: CheckpointStore, key: Buffer | null): Promise<Checked> {
  const lines = await store.lines();
  if (lines.length > 0 && !key) throw new Error("The audit chain key is not configured (AUDIT_CHAIN_KEY or .data/audit-key): the checkpoints cannot be verified");
  const checkpoints: AuditCheckpoint[] = [];
  for (const [index, line] of lines.entries()) {
    const checkpoint = readCheckpoint(line, key!);
    if (!checkpoint) {
      const detail = `checkpoint ${index + 1} in ${store.location} does not verify (the checkpoint store was edited, or another chain key is configured)`;
      return { ok: false, brokenAt: { seq: 0, id: null, reason: "checkpoint-invalid", detail } };
    }
    checkpoints.push(checkpoint);
  }
  return { ok: true, checkpoints };
}

/**
 * Walks the whole AuditEvent chain in seq order, `batchSize` rows per query (default 500), and
 * stops at the first broken link; then checks every stored checkpoint against the chain (a
 * checkpoint at a seq beyond the last row: "missing-tail"; a different row there:
 * "checkpoint-mismatch"). Keyed rows are checked with the chain key, legacy SHA-256 rows only
 * before the first keyed row. Throws a RangeError for a batchSize below 1, and an Error when
 * keyed rows or checkpoints exist but no chain key is configured.
 * Source: the audit history issue ("`npm run audit:verify` that reports the first broken link");
 * issue 11, finding 5 (truncation, rewriting with recomputed hashes, forged appends).
 */
export async function verifyAuditChain(client: Pick<PrismaClient, "auditEvent"> = db, options: VerifyOptions = {}): Promise<AuditChainResult> {
  const { batchSize = 500 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const key = options.key === undefined ? configuredAuditChainKey() : options.key;
  const store = options.checkpoints === undefined ? configuredCheckpointStore() : options.checkpoints;
  const loaded = store ? await loadCheckpoints(store, key) : ({ ok: true, checkpoints: [] } as const);
  const checkpoints = loaded.ok ? loaded.checkpoints : [];
  const wanted = new Set(checkpoints.map((c) => c.seq));
  const newest = checkpoints.reduce<AuditCheckpoint | null>((found, c) => (!found || c.seq > found.seq ? c : found), null);
  const hashAt = new Map<number, string>();
  let unanchored = 0;

  let expectedPrevHash = GENESIS_HASH;
  let keyedSeen = false;
  let lastSeq = 0;
  let count = 0;
  for (;;) {
    const batch = await client.auditEvent.findMany({ where: { seq: { gt: lastSeq } }, orderBy: { seq: "asc" }, take: batchSize });
    for (const row of batch) {
      let reason: keyof typeof DETAIL | null = null;
      if (row.prevHash !== expectedPrevHash) reason = "prev-hash-mismatch";
      else if (isKeyedHash(row.hash)) {
        if (!key) throw new Error("The audit chain key is not configured (AUDIT_CHAIN_KEY or .data/audit-key): keyed events cannot be verified");
        if (auditEventHash(row, key) !== row.hash) reason = "hash-mismatch";
        keyedSeen = true;
      } else if (keyedSeen) reason = "unkeyed-hash";
      else if (legacyAuditEventHash(row) !== row.hash) reason = "hash-mismatch";
      if (reason) return { ok: false, count, brokenAt: { seq: row.seq, id: row.id, reason, detail: DETAIL[reason] } };
      if (wanted.has(row.seq)) hashAt.set(row.seq, row.hash);
      if (!newest || row.seq > newest.seq) unanchored += 1;
      expectedPrevHash = row.hash;
      lastSeq = row.seq;
      count += 1;
    }
    if (batch.length < batchSize) break;
  }

  if (!loaded.ok) return { ok: false, count, brokenAt: loaded.brokenAt };
  for (const checkpoint of checkpoints) {
    if (checkpoint.seq > lastSeq) {
      const ends = lastSeq === 0 ? "the chain is empty" : `the chain ends at seq ${lastSeq}`;
      const detail = `the checkpoint of ${checkpoint.at} records seq ${checkpoint.seq} but ${ends}: events were deleted from the end`;
      return { ok: false, count, brokenAt: { seq: checkpoint.seq, id: null, reason: "missing-tail", detail } };
    }
    if (hashAt.get(checkpoint.seq) !== checkpoint.hash) {
      const found = hashAt.has(checkpoint.seq) ? "is not the one it signed: the history was rewritten" : "is gone";
      const detail = `the event at seq ${checkpoint.seq} ${found} (checkpoint of ${checkpoint.at})`;
      return { ok: false, count, brokenAt: { seq: checkpoint.seq, id: null, reason: "checkpoint-mismatch", detail } };
    }
  }
  return {
    ok: true,
    count,
    anchor: { store: store?.location ?? null, checkpoints: checkpoints.length, lastSeq: newest?.seq ?? null, lastAt: newest?.at ?? null, unanchored },
  };
}

function anchorText(anchor: AuditAnchor): string {
  if (!anchor.store) return "checkpoints are off (AUDIT_CHECKPOINTS=off): deletions from the end cannot be detected";
  if (anchor.checkpoints === 0) return `no checkpoint yet in ${anchor.store}`;
  const newer = anchor.unanchored > 0 ? `; ${anchor.unanchored} newer event${anchor.unanchored === 1 ? "" : "s"} not anchored yet` : "";
  return `anchored by ${anchor.checkpoints} checkpoint${anchor.checkpoints === 1 ? "" : "s"} in ${anchor.store} (last: seq ${anchor.lastSeq} at ${anchor.lastAt})${newer}`;
}

/**
 * The one-line report `npm run audit:verify` prints: `Audit chain intact: N events; <what anchors
 * it>`, or `Audit chain broken at seq N (id …): <reason>: <what was found>`.
 */
export function describeAuditChainResult(result: AuditChainResult): string {
  if (result.ok) return `Audit chain intact: ${result.count} events; ${anchorText(result.anchor)}`;
  const { seq, id, reason, detail } = result.brokenAt;
  const where = id ? `seq ${seq} (id ${id})` : reason === "checkpoint-invalid" ? "its checkpoints" : `seq ${seq}`;
  return `Audit chain broken at ${where}: ${reason}: ${detail}`;
}
