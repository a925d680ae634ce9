import { describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, signNotificationBody } from "./signing";

describe("notify-signature (base64 HMAC-SHA256 of the raw body)", () => {
  it("matches the published HMAC-SHA256 test vector, base64-encoded", () => {
    // HMAC_SHA256("key", "The quick brown fox jumps over the lazy dog") = f7bc83f4…3cd8
    expect(signNotificationBody("The quick brown fox jumps over the lazy dog", "key")).toBe("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
  });

  it("matches openssl for a notification body under the sandbox webhook key", () => {
    // printf '%s' BODY | openssl dgst -sha256 -hmac kard_sandbox_webhook_key -binary | base64
    const body = '{"data":{"type":"earnedRewardApproved","id":"d80a6f28-1b24-4d65-9e42-e1cf3379bc98"}}';
    expect(signNotificationBody(body, "kard_sandbox_webhook_key")).toBe("r6bRrBNwAEgsGHRn5MM8fAZ4eOEAIIT8COaWcT48W80=");
  });

  it("changes with any byte of the body and with the key", () => {
    const body = '{"data":{"id":"1"}}';
    expect(signNotificationBody(`${body} `, "k")).not.toBe(signNotificationBody(body, "k"));
    expect(signNotificationBody(body, "k2")).not.toBe(signNotificationBody(body, "k"));
  });

  it("is sent in the documented header", () => {
    expect(SIGNATURE_HEADER).toBe("notify-signature");
  });
});
