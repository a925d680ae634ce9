import { createHash } from "node:crypto";
import type { AuditEvent } from "@prisma/client";

/**
 * The hash chain of AuditEvent rows: `hash = sha256_hex(prevHash + canonical(row))`, and each row's
 * prevHash is the previous row's (by seq) hash; the first row's is GENESIS_HASH.
 * Source: the audit history issue ("a hash chain (each row stores the previous row's hash)").
 */
export const GENESIS_HASH = "0".repeat(64);

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

/** sha256 hex of `row.prevHash + canonicalAuditContent(row)`. */
export function auditEventHash(row: AuditHashedContent): string {
  return createHash("sha256").update(row.prevHash + canonicalAuditContent(row), "utf8").digest("hex");
}
