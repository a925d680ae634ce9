import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * A signed checkpoint of the audit chain, as AWS CloudTrail's digest files do for its logs: the
 * head of the chain (its last row's seq and hash) at a time, signed with the chain key
 * (chain-key.ts). Checkpoints are appended to a store the database cannot rewrite
 * (checkpoint-store.ts); `audit:verify` then notices rows deleted from the end (a checkpoint names
 * a seq the chain no longer reaches) and rewritten history (the row at a checkpoint's seq is not
 * the one it signed). One JSON object per line:
 * `{"v":1,"seq":120,"hash":"hmac-sha256:…","at":"2026-12-04T10:00:00.000Z","mac":"<hex>"}`,
 * mac = HMAC-SHA256(key, "audit-checkpoint:v1:<seq>:<hash>:<at>").
 * Source: issue 11, finding 5.
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  /** When the checkpoint was written, ISO-8601 UTC. */
  at: string;
}

const lineSchema = z.object({
  v: z.literal(1),
  seq: z.number().int().positive(),
  hash: z.string().min(1).max(200),
  at: z.iso.datetime(),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

function mac(checkpoint: AuditCheckpoint, key: Buffer): string {
  return createHmac("sha256", key).update(`audit-checkpoint:v1:${checkpoint.seq}:${checkpoint.hash}:${checkpoint.at}`, "utf8").digest("hex");
}

/** The stored line of a checkpoint (no trailing newline). */
export function signCheckpoint(checkpoint: AuditCheckpoint, key: Buffer): string {
  return JSON.stringify({ v: 1, seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at, mac: mac(checkpoint, key) });
}

/** A stored line back as a checkpoint, or null when it does not parse or its signature does not verify (timing-safe). */
export function readCheckpoint(line: string, key: Buffer): AuditCheckpoint | null {
  let parsed: z.infer<typeof lineSchema>;
  try {
    const result = lineSchema.safeParse(JSON.parse(line));
    if (!result.success) return null;
    parsed = result.data;
  } catch {
    return null;
  }
  const checkpoint = { seq: parsed.seq, hash: parsed.hash, at: parsed.at };
  const expected = Buffer.from(mac(checkpoint, key), "hex");
  return timingSafeEqual(expected, Buffer.from(parsed.mac, "hex")) ? checkpoint : null;
}
