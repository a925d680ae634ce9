import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@prisma/client";
import { onPostgres } from "@/lib/db";

/**
 * The process-wide lock that keeps the audit chain linear: "read the last hash → insert the next
 * row → commit" must not interleave with another writer, or two rows would share one prevHash.
 * It lives on globalThis so Next.js dev reloads and duplicated module instances share it.
 *
 * Across several app instances on PostgreSQL this lock is not enough: each audit transaction also
 * takes `lockChainInTransaction` before reading the last hash, and this lock only saves connections.
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

/** The advisory lock key of the audit chain on PostgreSQL (any constant shared by every instance). */
const AUDIT_CHAIN_ADVISORY_KEY = 0x61756469; // "audi"

/**
 * On PostgreSQL, takes the chain's transaction-scoped advisory lock (`pg_advisory_xact_lock`,
 * released by the database on commit or rollback), so several console instances appending at once
 * keep one linear chain. On SQLite the database has one writer at a time and the process lock suffices.
 */
export async function lockChainInTransaction(tx: Prisma.TransactionClient): Promise<void> {
  if (onPostgres()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_ADVISORY_KEY})`;
}
