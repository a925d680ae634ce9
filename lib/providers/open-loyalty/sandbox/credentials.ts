import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The sandbox's one developer: the documented credentials. `loyaltyChannel` FACTOR4 is
 * the only channel it serves. Source: recovered spec §0, §1, §2.
 */
export const SANDBOX_CLIENT = {
  clientId: "olp_sandbox_client",
  clientSecret: "olp_sandbox_secret",
  jwtToken: "olp_sandbox_jwt",
  loyaltyChannel: "FACTOR4",
} as const;

/**
 * Checks `sign` as the Signature Guide V3 says: stringSignTemp = raw body + "&clientId=" + id +
 * "&clientSecret=" + secret; HMAC-SHA256 with the secret as key; hex. Compared case-insensitively
 * (the guide shows lowercase) and in constant time.
 */
export function signMatches(rawBody: string, sign: string | null): boolean {
  if (!sign || !/^[0-9a-fA-F]{64}$/.test(sign)) return false;
  const stringSignTemp = `${rawBody}&clientId=${SANDBOX_CLIENT.clientId}&clientSecret=${SANDBOX_CLIENT.clientSecret}`;
  const expected = createHmac("sha256", SANDBOX_CLIENT.clientSecret).update(stringSignTemp, "utf8").digest();
  return timingSafeEqual(expected, Buffer.from(sign, "hex"));
}

/** The `jwt-token` header is the token issued to the sandbox client (compared in constant time). */
export function tokenMatches(token: string | null): boolean {
  const given = Buffer.from(token ?? "", "utf8");
  const expected = Buffer.from(SANDBOX_CLIENT.jwtToken, "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
