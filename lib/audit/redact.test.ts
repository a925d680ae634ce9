import { describe, expect, it } from "vitest";
import { REDACTED, SUMMARY_MAX_BYTES, TRUNCATION_MARKER, maskLast4, redact, redactText, summarize } from "./redact";

describe("redact by key", () => {
  it("drops credentials named in the provider documents, whatever their case or separator", () => {
    const out = redact({
      api_token: "kv-token-1",
      headers: { Authorization: "Bearer abc.def", "x-api-key": "k", "X-Api-Secret": "s", "jwt-token": "j", sign: "sg" },
      client_secret: "cs",
      clientSecret: "cs2",
      access_token: "at",
      password: "hunter2",
      passwordHash: "$argon2id$x",
      "notify-signature": "sig",
      nested: [{ pinCode: "24485test", pin: "1234", redemptionUrl: "https://r/1" }],
      giftCardCode: "GC-1",
      validateCode: "889900",
      credentials: [{ cardNumber: "x" }],
    });
    expect(out).toEqual({
      api_token: REDACTED,
      headers: { Authorization: REDACTED, "x-api-key": REDACTED, "X-Api-Secret": REDACTED, "jwt-token": REDACTED, sign: REDACTED },
      client_secret: REDACTED,
      clientSecret: REDACTED,
      access_token: REDACTED,
      password: REDACTED,
      passwordHash: REDACTED,
      "notify-signature": REDACTED,
      nested: [{ pinCode: REDACTED, pin: REDACTED, redemptionUrl: REDACTED }],
      giftCardCode: REDACTED,
      validateCode: REDACTED,
      credentials: REDACTED,
    });
  });

  it("keeps the last 4 of card numbers, prepaid account ids and KvitkaCard transaction codes", () => {
    expect(
      redact({ cardNumber: "9onzdtest", accountId: "6006491234567890", transaction_code: "4829173650284719", pan: 4111111111111111 }),
    ).toEqual({ cardNumber: "****test", accountId: "****7890", transaction_code: "****4719", pan: "****1111" });
  });

  it("leaves ordinary fields alone", () => {
    const input = { code: 200, msg: "success", idempotencyKey: "0b6e4c1e-2f55-4f1a-9d52-3c1f0e5a7b10", amount: "10.00", authorizationCode: "A1B2" };
    expect(redact(input)).toEqual(input);
  });

  it("handles Headers, Errors, Dates, cycles and JSON text", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const error = Object.assign(new Error("boom"), { code: "E1" });
    expect(
      redact({
        headers: new Headers({ authorization: "Bearer xyz", "content-type": "application/json" }),
        error,
        at: new Date("2024-01-02T03:04:05.000Z"),
        cyclic,
        body: '{"api_token":"t","amount":5}',
      }),
    ).toEqual({
      headers: { authorization: REDACTED, "content-type": "application/json" },
      error: { name: "Error", message: "boom", code: "E1" },
      at: "2024-01-02T03:04:05.000Z",
      cyclic: { a: 1, self: "[circular]" },
      body: { api_token: REDACTED, amount: 5 },
    });
  });
});

describe("redact by value", () => {
  it("masks bearer tokens, JWTs and 15–19-digit numbers in free text", () => {
    expect(redactText("sent Authorization: Bearer eyJhbGciOi.abc-123 ok")).toBe(`sent Authorization: Bearer ${REDACTED} ok`);
    expect(redactText("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln here")).toBe(`token ${REDACTED} here`);
    expect(redactText("code 4829173650284719 used")).toBe("code ****4719 used");
    expect(redactText("card 4111 1111 1111 1111.")).toBe("card ****1111.");
    expect(redactText("card 4111-1111-1111-1111")).toBe("card ****1111");
    expect(redact({ note: "user typed 4829173650284719" })).toEqual({ note: "user typed ****4719" });
  });

  it("leaves short numbers, timestamps and digits inside identifiers alone", () => {
    for (const text of ["order 12345", "at 1700000000000", "id 123e4567-e89b-12d3-a456-426614174000", "hash ab1234567890123456789cd"]) {
      expect(redactText(text)).toBe(text);
    }
  });

  it("masks short values whole", () => {
    expect(maskLast4("1234")).toBe("****");
  });
});

describe("summarize", () => {
  it("returns redacted JSON, or null for nothing", () => {
    expect(summarize({ api_token: "t", amount: 5 })).toBe(`{"api_token":"${REDACTED}","amount":5}`);
    expect(summarize(undefined)).toBeNull();
    expect(summarize(null)).toBeNull();
  });

  it("caps the summary at the byte limit with a marker, without splitting a character", () => {
    const big = summarize({ text: "é".repeat(5000) })!;
    expect(Buffer.byteLength(big, "utf8")).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(big.endsWith(TRUNCATION_MARKER)).toBe(true);
    expect(big).not.toContain("\uFFFD");
    expect(big.startsWith('{"text":"éé')).toBe(true);
    expect(summarize({ text: "abcdefghij" }, 21)).toBe('{"text":"abcdefghij"}');
    expect(summarize({ text: "abcdefghij" }, 20)).toBe(`{"text${TRUNCATION_MARKER}`);
  });
});
