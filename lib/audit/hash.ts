import { createHash, createHmac } from "node:crypto";
import type { AuditEvent } from "@prisma/client";

/**
 * The hash chain of AuditEvent rows: each row's prevHash is the previous row's (by seq) hash; the
 * first row's is GENESIS_HASH. Two versions of `hash`:
 * - keyed (every row written now): `"hmac-sha256:" + hex(HMAC-SHA256(key, prevHash + canonical(row)))`
 *   with the audit chain key (chain-key.ts), which is not in the database: rewriting rows and
 *   recomputing their hashes needs it (issue 11, finding 5);
 * - legacy: `sha256_hex(prevHash + canonical(row))`, rows written before the chain was keyed.
 *   They still verify, but only before the first keyed row.
 * Source: the audit history issue ("a hash chain (each row stores the previous row's hash)").
 */
export const GENESIS_HASH = "0".repeat(64);

/** Marks a keyed hash. */
export const KEYED_HASH_PREFIX = "hmac-sha256:";

/** Every stored column except `seq` (assigned by the database after hashing) and `hash` itself. */
export const HASHED_FIELDS = [
  "action",
  "actorEmail",
  "actorId",
  "createdAt",
  "durationMs",
  "errorCode",
  "id",
  "idempotencyKey",
  "ip",
  "message",
  "outcome",
  "prevHash",
  "provider",
  "requestSummary",
  "responseSummary",
  "role",
  "target",
  "userAgent",
] as const satisfies readonly Exclude<keyof AuditEvent, "seq" | "hash">[];

/** The content a hash covers: an AuditEvent without seq and hash. */
export type AuditHashedContent = Pick<AuditEvent, (typeof HASHED_FIELDS)[number]>;

/**
 * Canonical text of a row: a JSON object with HASHED_FIELDS in that fixed (sorted) order, dates as
 * ISO-8601 UTC with milliseconds, absent values as null. Extra properties (seq, hash) are ignored.
 */
export function canonicalAuditContent(row: AuditHashedContent): string {
  const ordered = Object.fromEntries(
    HASHED_FIELDS.map((field) => {
      const value = row[field];
      return [field, value instanceof Date ? value.toISOString() : (value ?? null)];
    }),
  );
  return JSON.stringify(ordered);
}

/** The keyed hash of a row: KEYED_HASH_PREFIX + HMAC-SHA256 hex of `row.prevHash + canonicalAuditContent(row)`. */
export function auditEventHash(row: AuditHashedContent, key: Buffer): string {
  return KEYED_HASH_PREFIX + createHmac("sha256", key).update(row.prevHash + canonicalAuditContent(row), "utf8").digest("hex");
}

/** The legacy (unkeyed) hash: sha256 hex of `row.prevHash + canonicalAuditContent(row)`. */
export function legacyAuditEventHash(row: AuditHashedContent): string {
  return createHash("sha256").update(row.prevHash + canonicalAuditContent(row), "utf8").digest("hex");
}

export function isKeyedHash(hash: string): boolean {
  return hash.startsWith(KEYED_HASH_PREFIX);
}
