import { createHash } from "node:crypto";

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * Normalises an email the way Kard's `generateHEM` describes: surrounding whitespace removed,
 * lowercased, and for Gmail / Googlemail addresses the dots and any `+suffix` removed from the
 * local part (the domain is kept as written). `Jane.Doe+work@gmail.com` → `janedoe@gmail.com`.
 * Source: guide "Getting Started" › "Hashed Email (HEM)" (UID2 normalisation).
 */
export function normalizeEmailForHem(email: string): string {
  const lowered = email.trim().toLowerCase();
  const at = lowered.lastIndexOf("@");
  if (at < 0) return lowered;
  const domain = lowered.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return lowered;
  const local = lowered.slice(0, at).split("+")[0].replaceAll(".", "");
  return `${local}@${domain}`;
}

/**
 * The Hashed Email (HEM) sent as a user's `hashedEmail`: SHA-256 of the normalised address as
 * 64 lowercase hex digits (the form of the documentation's `hashedEmail` examples).
 * Source: guide "Getting Started" › "Hashed Email (HEM)"; "Create Users" `hashedEmail`.
 */
export function generateHem(email: string): string {
  return createHash("sha256").update(normalizeEmailForHem(email), "utf8").digest("hex");
}
