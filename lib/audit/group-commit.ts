import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@prisma/client";
import { auditChainLockHeld } from "./chain-lock";
import { auditBatchTransaction, type BatchedAuditWriter } from "./record";

/**
 * Group commit for audited writes on a hot path (webhook ingest and apply): the items of
 * concurrent callers — of every writer made by createGroupCommit — are written in one
 * transaction under one chain lock (auditBatchTransaction), so a burst of N events costs one
 * commit (one fsync in WAL with synchronous=FULL, lib/db.ts), one read of the chain's last hash
 * and a few multi-row statements per writer instead of N of each. The first caller starts a
 * group on the event loop's next check phase (setImmediate: callers of the same turn join it; a
 * queued microtask would not do, since a better-sqlite3 transaction can complete within
 * microtasks before the next caller runs); callers arriving while it commits are taken together
 * by the next one, at most MAX_GROUP at a time.
 *
 * Each caller's promise settles only after the commit that holds its item. If the group's
 * transaction fails, it has rolled back and every item is written again on its own with its
 * writer's `alone(item)`, so one bad item fails only its own caller. `write` and `alone` must
 * therefore do nothing but database work (no provider calls, no other side effects).
 */
export interface GroupCommitSpec<I, O> {
  /** Writes every item inside the group's transaction; returns one result per item, in order. */
  write: (tx: Prisma.TransactionClient, audit: BatchedAuditWriter, items: I[]) => Promise<O[]>;
  /** Writes one item in its own transaction (after a failed group). */
  alone: (item: I) => Promise<O>;
}

const MAX_GROUP = 400;

type Writer = GroupCommitSpec<unknown, unknown>;
type Waiting = { writer: Writer; item: unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

const queue: Waiting[] = [];
let running = false;

/** Groups run outside any caller's async context (a caller's chain-lock section must not leak in). */
const outsideCallers = AsyncLocalStorage.snapshot();

async function commitGroup(group: Waiting[]): Promise<void> {
  const writers = [...new Set(group.map((w) => w.writer))];
  const results = new Map<Waiting, unknown>();
  try {
    await auditBatchTransaction(async (tx, audit) => {
      for (const writer of writers) {
        const mine = group.filter((w) => w.writer === writer);
        const out = await writer.write(tx, audit, mine.map((w) => w.item));
        mine.forEach((w, i) => results.set(w, out[i]));
      }
    });
  } catch (error) {
    if (group.length === 1) return group[0].reject(error);
    for (const w of group) await w.writer.alone(w.item).then(w.resolve, w.reject);
    return;
  }
  for (const w of group) w.resolve(results.get(w));
}

async function drain(): Promise<void> {
  try {
    while (queue.length > 0) await commitGroup(queue.splice(0, MAX_GROUP));
  } finally {
    running = false;
  }
}

/**
 * A function that writes one item through the group commit described above. It rejects at once
 * when called while holding the audit chain lock (inside auditTransaction), which would deadlock.
 */
export function createGroupCommit<I, O>(spec: GroupCommitSpec<I, O>): (item: I) => Promise<O> {
  const writer = spec as Writer;
  return (item) => {
    if (auditChainLockHeld()) return Promise.reject(new Error("The audit chain lock is already held here: inside auditTransaction, use its audit callback"));
    return new Promise<O>((resolve, reject) => {
      queue.push({ writer, item, resolve: resolve as (value: unknown) => void, reject });
      if (running) return;
      running = true;
      setImmediate(() => outsideCallers(() => void drain()));
    });
  };
}
