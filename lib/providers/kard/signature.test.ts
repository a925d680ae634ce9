import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { KARD_SIGNATURE_HEADER, verifyKardSignature } from "./signature";

const key = "kard_sandbox_webhook_key";
// Compact JSON, as Kard's recipe signs JSON.stringify of the body.
const body = JSON.stringify({
  data: {
    type: "earnedRewardApproved",
    id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
    attributes: { message: "Congrats!", name: "BaaS Pro Shops", attributionUrl: "www.attribution.com/token" },
    relationships: {
      user: { data: { type: "user", id: "438103" } },
      transaction: { data: { type: "transaction", id: "sandbox-web-313" } },
    },
  },
});
// Computed independently of the module under test, exactly as the guide's recipe does.
const validSignature = createHmac("sha256", key).update(body).digest("base64");

describe("verifyKardSignature (guide: Notifications › Webhook Authentication)", () => {
  it("uses the documented header name", () => {
    expect(KARD_SIGNATURE_HEADER).toBe("notify-signature");
  });

  it("accepts the HMAC-SHA256 base64 of the raw body", () => {
    expect(verifyKardSignature(body, validSignature, key)).toBe("VALID");
  });

  it("refuses a tampered body", () => {
    const tampered = body.replace("BaaS Pro Shops", "BaaS Pro Shop$");
    expect(verifyKardSignature(tampered, validSignature, key)).toBe("INVALID");
  });

  it("refuses a signature made with another key", () => {
    const forged = createHmac("sha256", "another-key").update(body).digest("base64");
    expect(verifyKardSignature(body, forged, key)).toBe("INVALID");
  });

  it("refuses a hex digest and a truncated signature (different lengths)", () => {
    expect(verifyKardSignature(body, createHmac("sha256", key).update(body).digest("hex"), key)).toBe("INVALID");
    expect(verifyKardSignature(body, validSignature.slice(0, -2), key)).toBe("INVALID");
  });

  it("verifies the raw bytes, not a re-serialisation", () => {
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    expect(verifyKardSignature(pretty, validSignature, key)).toBe("INVALID");
  });

  it("reports a missing or empty header as MISSING", () => {
    expect(verifyKardSignature(body, null, key)).toBe("MISSING");
    expect(verifyKardSignature(body, "", key)).toBe("MISSING");
  });
});
