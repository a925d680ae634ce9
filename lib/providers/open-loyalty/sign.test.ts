import { describe, expect, it } from "vitest";
import { openLoyaltySign } from "./sign";
import { recoveredExampleFixtures } from "./testing/examples";

/*
 * Vectors computed outside our code, with OpenSSL:
 *   printf '%s&clientId=olp_sandbox_client&clientSecret=olp_sandbox_secret' "$BODY" | openssl dgst -sha256 -hmac olp_sandbox_secret
 */
const SANDBOX_PAY_BODY =
  '{"clientId":"olp_sandbox_client","tranOrderNo":"OLP-VECTOR-1","loyaltyChannel":"FACTOR4","amount":"10.50","tranCurrency":"USD","accountId":"914639258868515","entryType":"K"}';
const SANDBOX_PAY_SIGN = "a5105822a5533649787c5eb7d675e76b4b1c64cc02c46f8603b98d797b132c92";
const NON_ASCII_BODY = '{"note":"café ☕"}';
const NON_ASCII_SIGN = "f675ee14eafca29501db42854c0e1d1dbe1c0887b7cdfff23ea943c9c9035815";

describe("openLoyaltySign", () => {
  it("matches the signature guide's example inputs (recovered spec §1, checked with openssl)", () => {
    const { key, message, sign } = recoveredExampleFixtures().signVector;
    const suffix = `&clientId=client12345&clientSecret=${key}`;
    expect(message.endsWith(suffix)).toBe(true);
    expect(openLoyaltySign(message.slice(0, -suffix.length), "client12345", key)).toBe(sign);
    expect(sign).toBe("78b9b617d2e60c54bba722cb5dcaf6be6999f3a7552bfce274280be0009049c5");
  });

  it("matches an OpenSSL vector for a sandbox payment body, in lowercase hex", () => {
    expect(openLoyaltySign(SANDBOX_PAY_BODY, "olp_sandbox_client", "olp_sandbox_secret")).toBe(SANDBOX_PAY_SIGN);
  });

  it("signs non-ASCII text as UTF-8", () => {
    expect(openLoyaltySign(NON_ASCII_BODY, "olp_sandbox_client", "olp_sandbox_secret")).toBe(NON_ASCII_SIGN);
  });

  it("changes with one byte of the body, with the key order and with whitespace", () => {
    const reordered = SANDBOX_PAY_BODY.replace('"tranOrderNo":"OLP-VECTOR-1","loyaltyChannel":"FACTOR4"', '"loyaltyChannel":"FACTOR4","tranOrderNo":"OLP-VECTOR-1"');
    for (const body of [SANDBOX_PAY_BODY.replace("10.50", "10.51"), reordered, SANDBOX_PAY_BODY.replace(":", ": ")]) {
      expect(openLoyaltySign(body, "olp_sandbox_client", "olp_sandbox_secret")).not.toBe(SANDBOX_PAY_SIGN);
    }
  });
});
