import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The process-wide lock that keeps the audit chain linear: "read the last hash → insert the next
 * row → commit" must not interleave with another writer, or two rows would share one prevHash.
 * It lives on globalThis so Next.js dev reloads and duplicated module instances share it.
 *
 * Across several app instances on PostgreSQL this lock is not enough: each audit transaction would
 * then start with `SELECT pg_advisory_xact_lock(<constant chain key>)` before reading the last hash
 * (released by the database on commit or rollback), and this lock would only save connections.
 */
const holder = globalThis as { __auditChainTail?: Promise<void> };

const holding = new AsyncLocalStorage<true>();

/** True inside a section holding the chain lock (e.g. inside auditTransaction's `fn`). */
export function auditChainLockHeld(): boolean {
  return holding.getStore() === true;
}

/**
 * Runs `fn` while holding the chain lock, first come first served. Throws at once, instead of
 * deadlocking, when called from code already holding it (e.g. `recordAudit` inside
 * `auditTransaction`: use the transaction's `audit` callback there).
 */
export async function withAuditChainLock<T>(fn: () => Promise<T>): Promise<T> {
  if (auditChainLockHeld()) {
    throw new Error("The audit chain lock is already held here: inside auditTransaction, use its audit callback");
  }
  const previous = holder.__auditChainTail ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  holder.__auditChainTail = previous.then(() => mine);
  await previous;
  try {
    return await holding.run(true, fn);
  } finally {
    release();
  }
}
