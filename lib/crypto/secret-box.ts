import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encryption at rest for the few secrets the console must keep to finish an operation (a
 * KvitkaCard transaction code is needed again to confirm, reject or reconcile a deposit).
 *
 * AES-256-GCM; the key is derived from AUTH_SECRET with HKDF-SHA-256, one key per `purpose`
 * (the HKDF info), so a value sealed for one use cannot be opened as another. `context` is bound
 * as additional authenticated data (e.g. the record id): a ciphertext copied to another row
 * fails to open. Rotating AUTH_SECRET makes earlier ciphertexts unreadable.
 * Stored form: `v1.<iv>.<tag>.<ciphertext>`, each part base64url (12-byte IV, 16-byte tag).
 */

const VERSION = "v1";
const SALT = "merchant-console/secret-box";

function keyFor(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("AUTH_SECRET is not set: secrets cannot be encrypted at rest");
  return Buffer.from(hkdfSync("sha256", secret, SALT, `${purpose}/${VERSION}`, 32));
}

/** Encrypts `plaintext` (UTF-8) for `purpose`, bound to `context`. @throws Error without AUTH_SECRET. */
export function sealSecret(plaintext: string, purpose: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/**
 * Decrypts what {@link sealSecret} produced with the same `purpose` and `context`.
 * @throws Error when the value is malformed, was tampered with, or was sealed with another key or context.
 */
export function openSecret(sealed: string, purpose: string, context: string): string {
  const [version, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined || rest.length) {
    throw new Error("not a sealed secret");
  }
  const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
