import { describe, expect, it } from "vitest";
import { paymentLinkSecret, verifyPaymentLinkSecret } from "./signature";

/*
 * Vectors computed outside this code base (Python hashlib/hmac, and the OpenSSL command line:
 * `echo -n "100:::ord-77:::live-key" | openssl dgst -sha256 -binary | openssl dgst -sha512 -hmac live-secret -binary | base64`),
 * following Kasroad's plugin: base64(HMAC-SHA512(secret, SHA-256(amount:::order_id:::apiKey) raw)).
 */
const VECTORS = [
  { amount: "25.50", orderId: "pl-000001", key: "kw_sandbox_key", secret: "kw_sandbox_secret", expected: "EVGoVnRmAEMtKbWm6Nk3WcyniVRjFqteFTl3lDw7WsIPV3saobscAwrVnaqyNVHL2QcUwAt/DSkm5NkQm1SEfg==" },
  { amount: "25.5", orderId: "pl-000001", key: "kw_sandbox_key", secret: "kw_sandbox_secret", expected: "tDFWhYHwqLyvsLc03FyNeK++OtEwwkvZbcz+n7hw8bj/pLMmRA03KjQOMocvNUAnJqMAo6Z5T8Xj0ccnV34tlA==" },
  { amount: "100", orderId: "ord-77", key: "live-key", secret: "live-secret", expected: "LvpflEWPOqu2oMnB8uYKVO2ITO6vGrb87UlzRS8ta4fF8czv0y/tJwaXIrKyMsZY6/T519a9Sc90wqDKlclFnw==" },
];

describe("payment-link secret", () => {
  it.each(VECTORS)("matches the independent vector for $amount / $orderId", ({ amount, orderId, key, secret, expected }) => {
    expect(paymentLinkSecret(amount, orderId, key, secret)).toBe(expected);
    expect(verifyPaymentLinkSecret({ amount, orderId, secret: expected }, key, secret)).toBe(true);
  });

  it("refuses a tampered amount (the amount string is hashed as received: 25.5 is not 25.50)", () => {
    const [v] = VECTORS;
    expect(verifyPaymentLinkSecret({ amount: "2550", orderId: v.orderId, secret: v.expected }, v.key, v.secret)).toBe(false);
    expect(verifyPaymentLinkSecret({ amount: "25.5", orderId: v.orderId, secret: v.expected }, v.key, v.secret)).toBe(false);
  });

  it("refuses a secret made with the wrong API secret or key, another order, or a truncated secret", () => {
    const [v] = VECTORS;
    expect(verifyPaymentLinkSecret({ amount: v.amount, orderId: v.orderId, secret: v.expected }, v.key, "wrong-secret")).toBe(false);
    expect(verifyPaymentLinkSecret({ amount: v.amount, orderId: v.orderId, secret: v.expected }, "wrong-key", v.secret)).toBe(false);
    expect(verifyPaymentLinkSecret({ amount: v.amount, orderId: "pl-000002", secret: v.expected }, v.key, v.secret)).toBe(false);
    expect(verifyPaymentLinkSecret({ amount: v.amount, orderId: v.orderId, secret: v.expected.slice(0, -2) }, v.key, v.secret)).toBe(false);
  });
});
