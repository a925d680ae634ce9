import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The audit chain's HMAC key, which is never stored in the database: `AUDIT_CHAIN_KEY` (at least
 * 16 characters; its UTF-8 bytes are the key), else the file `.data/audit-key` (written by
 * `npm start` on first start, like `.data/auth-secret`). Whoever can rewrite the database but
 * not read this key cannot recompute a keyed row's hash or sign a checkpoint.
 * Source: issue 11, finding 5.
 */
export const AUDIT_KEY_FILE = path.join(".data", "audit-key");
const MIN_KEY_LENGTH = 16;

const holder = globalThis as { __auditChainKey?: { source: string; key: Buffer } };

function fromText(text: string, source: string): Buffer {
  const value = text.trim();
  if (value.length < MIN_KEY_LENGTH) throw new Error(`The audit chain key (${source}) must be at least ${MIN_KEY_LENGTH} characters`);
  return Buffer.from(value, "utf8");
}

function cached(source: string, load: () => Buffer): Buffer {
  if (holder.__auditChainKey?.source !== source) holder.__auditChainKey = { source, key: load() };
  return holder.__auditChainKey.key;
}

/** The key to verify with, or null when none is configured (neither the variable nor the file). */
export function configuredAuditChainKey(): Buffer | null {
  const fromEnv = process.env.AUDIT_CHAIN_KEY;
  if (fromEnv) return cached(`env:${fromEnv}`, () => fromText(fromEnv, "AUDIT_CHAIN_KEY"));
  if (!existsSync(AUDIT_KEY_FILE)) return null;
  return cached(`file:${path.resolve(AUDIT_KEY_FILE)}`, () => fromText(readFileSync(AUDIT_KEY_FILE, "utf8"), AUDIT_KEY_FILE));
}

/** The key to write with: the configured one, else a new random key saved to `.data/audit-key` (mode 0600). */
export function auditChainKey(): Buffer {
  const existing = configuredAuditChainKey();
  if (existing) return existing;
  mkdirSync(path.dirname(AUDIT_KEY_FILE), { recursive: true });
  writeFileSync(AUDIT_KEY_FILE, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  return configuredAuditChainKey()!;
}
