import { afterEach, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret-box";

const CODE = "4829173650284719";
const original = process.env.AUTH_SECRET;

afterEach(() => {
  process.env.AUTH_SECRET = original;
});

describe("secret box (AES-256-GCM, HKDF key from AUTH_SECRET)", () => {
  it("round-trips, and never stores the plaintext or repeats a ciphertext", () => {
    const a = sealSecret(CODE, "kvitka-transaction-code", "op-1");
    const b = sealSecret(CODE, "kvitka-transaction-code", "op-1");
    expect(a).not.toContain(CODE);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(a, "kvitka-transaction-code", "op-1")).toBe(CODE);
  });

  it("refuses another context, another purpose, another AUTH_SECRET and a tampered ciphertext", () => {
    const sealed = sealSecret(CODE, "kvitka-transaction-code", "op-1");
    expect(() => openSecret(sealed, "kvitka-transaction-code", "op-2")).toThrow();
    expect(() => openSecret(sealed, "other-purpose", "op-1")).toThrow();
    const [v, iv, tag, ct] = sealed.split(".");
    const flipped = Buffer.from(ct, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([v, iv, tag, flipped.toString("base64url")].join("."), "kvitka-transaction-code", "op-1")).toThrow();
    expect(() => openSecret("v1.garbage", "kvitka-transaction-code", "op-1")).toThrow("not a sealed secret");
    process.env.AUTH_SECRET = "another-secret-another-secret-0123456789";
    expect(() => openSecret(sealed, "kvitka-transaction-code", "op-1")).toThrow();
  });

  it("refuses to work without AUTH_SECRET", () => {
    delete process.env.AUTH_SECRET;
    expect(() => sealSecret(CODE, "kvitka-transaction-code", "op-1")).toThrow(/AUTH_SECRET/);
  });
});
