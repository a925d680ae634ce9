import { randomBytes } from "node:crypto";

/** Bytes of randomness in a generated password: 18 bytes = 144 bits, 24 base64url characters. */
const GENERATED_PASSWORD_BYTES = 18;

/**
 * A password for a new account when the admin leaves it empty: 24 URL-safe characters (above
 * MIN_PASSWORD_LENGTH), shown once to the admin and never stored in clear.
 */
export function generateInitialPassword(): string {
  return randomBytes(GENERATED_PASSWORD_BYTES).toString("base64url");
}
