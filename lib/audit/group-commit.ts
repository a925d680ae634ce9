import { AsyncLocalStorage } from "node:async_hooks";
import { auditChainLockHeld } from "./chain-lock";

/**
 * Group commit for audited writes on a hot path (webhook ingest and apply): the items of
 * concurrent callers are written by one `commit(items)` — one transaction under one chain lock
 * (auditBatchTransaction), so a burst of N events costs one commit (one fsync in WAL with
 * synchronous=FULL, lib/db.ts), one read of the chain's last hash and a few multi-row statements
 * instead of N of each. The first caller starts a group on the event loop's next check phase
 * (setImmediate: callers of the same turn join it; a queued microtask would not do, since a
 * better-sqlite3 transaction can complete within microtasks before the next caller runs);
 * callers arriving while it commits are taken together by the next one, at most `maxGroup` at
 * a time.
 *
 * Each caller's promise settles only after the commit that holds its item. If `commit` throws,
 * its transaction has rolled back and every item of the group is written again on its own with
 * `alone(item)`, so one bad item fails only its own caller. `commit` and `alone` must therefore
 * do nothing but database work (no provider calls, no other side effects).
 */
export interface GroupCommitSpec<I, O> {
  /** Writes every item in one transaction; returns one result per item, in order. */
  commit: (items: I[]) => Promise<O[]>;
  /** Writes one item in its own transaction (after a failed group). */
  alone: (item: I) => Promise<O>;
  maxGroup?: number;
}

type Waiting<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

/** Groups run outside any caller's async context (a caller's chain-lock section must not leak in). */
const outsideCallers = AsyncLocalStorage.snapshot();

/**
 * A function that writes one item through the group commit described above. It rejects at once
 * when called while holding the audit chain lock (inside auditTransaction), which would deadlock.
 */
export function createGroupCommit<I, O>({ commit, alone, maxGroup = 200 }: GroupCommitSpec<I, O>): (item: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let running = false;

  async function commitGroup(group: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await commit(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      for (const w of group) await alone(w.item).then(w.resolve, w.reject);
    }
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) await commitGroup(queue.splice(0, maxGroup));
    } finally {
      running = false;
    }
  }

  return (item) => {
    if (auditChainLockHeld()) return Promise.reject(new Error("The audit chain lock is already held here: inside auditTransaction, use its audit callback"));
    return new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (running) return;
      running = true;
      setImmediate(() => outsideCallers(() => void drain()));
    });
  };
}
