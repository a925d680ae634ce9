import { randomUUID } from "node:crypto";
import type { AuditEvent, Prisma } from "@prisma/client";
import { z } from "zod";
import { getDb, sqliteInTransaction } from "@/lib/db";
import { bulkInsert, insertOne, preparedStatement } from "@/lib/db-bulk";
import { PROVIDER_SLUGS, type ProviderSlug } from "@/lib/providers/slugs";
import { auditActionSchema, auditOutcomeSchema, type AuditAction, type AuditOutcome } from "./actions";
import type { Actor } from "./actor";
import { auditChainKey } from "./chain-key";
import { lockChainInTransaction, withAuditChainLock } from "./chain-lock";
import { noteAuditAppended } from "./checkpointing";
import { GENESIS_HASH, auditEventHash, type AuditHashedContent } from "./hash";
import { redactText, summarize } from "./redact";

/**
 * One audit row to write. `request`/`response` are any JSON-able values: they are redacted and
 * capped (see `summarize`). `provider` defaults to the action's first segment when that is a
 * provider slug (`ktn.order.refund` → "ktn"). `durationMs` is in milliseconds (rounded).
 */
export type AuditEntry = {
  /** Who acted and from where (staff null: the console itself). */
  actor: Actor;
  action: AuditAction;
  provider?: ProviderSlug | null;
  target?: string | null;
  outcome: AuditOutcome;
  request?: unknown;
  response?: unknown;
  errorCode?: string | null;
  message?: string | null;
  idempotencyKey?: string | null;
  durationMs?: number | null;
};

/** Writes one audit row inside a transaction; only valid while the chain lock is held. */
export type AuditWriter = (entry: AuditEntry) => Promise<AuditEvent>;

const providerSchema = z.enum(PROVIDER_SLUGS);
const USER_AGENT_MAX = 512;

function providerOf(entry: AuditEntry): ProviderSlug | null {
  if (entry.provider !== undefined) return entry.provider === null ? null : providerSchema.parse(entry.provider);
  const prefix = providerSchema.safeParse(entry.action.split(".")[0]);
  return prefix.success ? prefix.data : null;
}

function contentOf(entry: AuditEntry, prevHash: string): AuditHashedContent {
  return {
    id: randomUUID(),
    createdAt: new Date(),
    actorId: entry.actor.staff?.id ?? null,
    actorEmail: entry.actor.staff?.email ?? null,
    role: entry.actor.staff?.role ?? null,
    action: auditActionSchema.parse(entry.action),
    provider: providerOf(entry),
    target: entry.target == null ? null : redactText(entry.target),
    outcome: auditOutcomeSchema.parse(entry.outcome),
    requestSummary: summarize(entry.request),
    responseSummary: summarize(entry.response),
    errorCode: entry.errorCode ?? null,
    message: entry.message == null ? null : redactText(entry.message),
    idempotencyKey: entry.idempotencyKey ?? null,
    durationMs: entry.durationMs == null ? null : Math.round(entry.durationMs),
    ip: entry.actor.context?.ip ?? null,
    userAgent: entry.actor.context?.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    prevHash,
  };
}

/**
 * The chain's last hash as the transaction sees it (GENESIS_HASH when empty): on SQLite read
 * through the open transaction's own connection (lib/db-bulk.ts; no Prisma query pipeline).
 */
async function lastHash(tx: Prisma.TransactionClient): Promise<string> {
  const sqlite = sqliteInTransaction(getDb());
  const last = sqlite
    ? (preparedStatement(sqlite, 'SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1').get() as { hash: string } | undefined)
    : await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  return last?.hash ?? GENESIS_HASH;
}

/** Inserts one chained row in the transaction (lib/db-bulk.ts insertOne) and returns it as stored. */
async function appendRow(tx: Prisma.TransactionClient, row: AuditHashedContent & { hash: string }): Promise<AuditEvent> {
  const seq = await insertOne(tx, "AuditEvent", row, async (t, data) => (await t.auditEvent.create({ data, select: { seq: true } })).seq);
  return { seq, ...row };
}

/** A row ready to insert: its content chained after `prevHash` and its keyed hash. */
function chainedRow(entry: AuditEntry, prevHash: string): AuditHashedContent & { hash: string } {
  const content = contentOf(entry, prevHash);
  return { ...content, hash: auditEventHash(content, auditChainKey()) };
}

/**
 * Runs `fn` in one transaction under the chain lock with a writer that appends chained rows, then
 * (once committed, still under the lock) tells the checkpointing the new head of the chain. The
 * last hash is read once, by the first append; later appends of the transaction chain to the row
 * written before them (the lock keeps every other writer out meanwhile).
 */
function appendUnderLock<T>(fn: (tx: Prisma.TransactionClient, audit: AuditWriter) => Promise<T>): Promise<T> {
  return withAuditChainLock(async () => {
    let head: AuditEvent | undefined;
    let count = 0;
    const result = await getDb().$transaction(async (tx) => {
      await lockChainInTransaction(tx);
      return fn(tx, async (entry) => {
        head = await appendRow(tx, chainedRow(entry, head ? head.hash : await lastHash(tx)));
        count += 1;
        return head;
      });
    });
    if (head) await noteAuditAppended({ seq: head.seq, hash: head.hash }, count);
    return result;
  });
}

/** Queues one audit row of an auditBatchTransaction: chained and hashed at once, inserted with the others. */
export type BatchedAuditWriter = (entry: AuditEntry) => void;

/**
 * auditTransaction for many rows at once (group commit, lib/audit/group-commit.ts): `fn` gets a
 * writer that chains and hashes each row at once (throwing a ZodError as recordAudit does) and
 * queues it; the rows are inserted together (lib/db-bulk.ts) when `fn` has returned, in the same
 * transaction, so they commit or roll back with `fn`'s writes. The chain's last hash is read
 * once, before `fn` runs.
 */
export function auditBatchTransaction<T>(fn: (tx: Prisma.TransactionClient, audit: BatchedAuditWriter) => Promise<T>): Promise<T> {
  return withAuditChainLock(async () => {
    const rows: (AuditHashedContent & { hash: string })[] = [];
    const result = await getDb().$transaction(async (tx) => {
      await lockChainInTransaction(tx);
      let prevHash = await lastHash(tx);
      const out = await fn(tx, (entry) => {
        const row = chainedRow(entry, prevHash);
        rows.push(row);
        prevHash = row.hash;
      });
      await bulkInsert(tx, "AuditEvent", rows, (t, data) => t.auditEvent.createMany({ data }));
      return out;
    });
    if (rows.length > 0) {
      const head = await getDb().auditEvent.findUniqueOrThrow({ where: { hash: rows[rows.length - 1].hash }, select: { seq: true, hash: true } });
      await noteAuditAppended(head, rows.length);
    }
    return result;
  });
}

/**
 * Redacts, chains (keyed hash: hash.ts) and inserts one audit row in its own transaction; returns
 * the stored row.
 * Use it for rows with no state change beside them: denials, failures after a rolled-back
 * transaction, reads such as credential reveals. Throws a ZodError for an action, outcome or
 * provider outside the closed lists, and an Error when called inside `auditTransaction`.
 * Source: the audit history issue; "failures and denials are audited as their own rows".
 */
export function recordAudit(entry: AuditEntry): Promise<AuditEvent> {
  return appendUnderLock((_tx, audit) => audit(entry));
}

/**
 * Runs `fn` in one interactive transaction (`prisma.$transaction`) in which `audit(entry)` appends
 * chained audit rows: the local state change and its audit row(s) commit or roll back together.
 * If `fn` throws, nothing is written: record the failure afterwards with `recordAudit`. Audit
 * writers are serialised for the whole transaction, so keep provider calls outside `fn`.
 * Source: the architecture rule "the local state change and its audit row go in one transaction".
 */
export function auditTransaction<T>(
  fn: (tx: Prisma.TransactionClient, audit: AuditWriter) => Promise<T>,
): Promise<T> {
  return appendUnderLock(fn);
}
