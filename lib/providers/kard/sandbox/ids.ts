import { createHash, randomBytes, randomUUID } from "node:crypto";

/**
 * A 24-hex-digit id in the shape of Kard's `commons.MongoId` (4-byte seconds + 8 random bytes),
 * for resources the sandbox creates at run time.
 */
export function newMongoId(at: Date): string {
  const seconds = Math.floor(at.getTime() / 1000).toString(16).padStart(8, "0").slice(-8);
  return seconds + randomBytes(8).toString("hex");
}

/** A stable 24-hex-digit id derived from a seed string, for seeded resources. */
export function stableMongoId(seed: string): string {
  return createHash("sha1").update(seed).digest("hex").slice(0, 24);
}

/** Notification ids, job ids and upload ids are UUIDs, as in the documented webhook example. */
export function newUuid(): string {
  return randomUUID();
}
