import { createHmac } from "node:crypto";

/**
 * The `sign` header: lowercase hex HMAC-SHA256, key = the client secret (UTF-8), over the exact
 * body text sent followed by `&clientId=<clientId>&clientSecret=<clientSecret>` (UTF-8). No
 * sorting, no whitespace change, no timestamp: sign the very string that is sent.
 * Source: recovered spec §1 (Signature Guide V3, steps 1–4; the vendor demo's SignUtils.java).
 */
export function openLoyaltySign(body: string, clientId: string, clientSecret: string): string {
  return createHmac("sha256", Buffer.from(clientSecret, "utf8"))
    .update(`${body}&clientId=${clientId}&clientSecret=${clientSecret}`, "utf8")
    .digest("hex");
}
