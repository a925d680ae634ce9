import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createHarness, ORG, TEST_NOW } from "@/lib/providers/kard/testing/sandbox-harness";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { verifyWebviewToken, WebviewTokenError } from "./webview-token";

/**
 * The sandbox's WebView token endpoint (its documentation page is missing; the design is in
 * notes/kard-sandbox-assumptions.md) and the verifier the WebView page will use.
 */
const responseSchema = z.object({
  data: z.object({ type: z.literal("webviewToken"), id: z.string().min(1), attributes: z.object({ token: z.string(), expiresIn: z.number().int().positive() }) }),
});

describe("POST …/users/{userId}/webview-token", () => {
  it("returns an HS256 JWT with sub = user id and issuer_id = organization id", async () => {
    const h = createHarness();
    const result = await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/webview-token`);
    expect(result.status).toBe(200);
    const { data } = responseSchema.parse(result.body);
    expect(data.attributes.expiresIn).toBe(3600);
    expect(decodeProtectedHeader(data.attributes.token).alg).toBe("HS256");
    expect(decodeJwt(data.attributes.token)).toMatchObject({
      sub: NEW_CUSTOMER,
      issuer_id: "org_sandbox",
      exp: TEST_NOW.getTime() / 1000 + 3600,
    });
    await expect(verifyWebviewToken(data.attributes.token, { now: TEST_NOW })).resolves.toEqual({
      userId: NEW_CUSTOMER,
      organizationId: "org_sandbox",
      expiresAt: new Date(TEST_NOW.getTime() + 3600_000),
    });
  });

  it("answers 404 for an unknown user and 401 without a token", async () => {
    const h = createHarness();
    expect((await h.api("POST", `${ORG}/users/ghost/webview-token`)).status).toBe(404);
    expect((await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/webview-token`, { token: null })).status).toBe(401);
  });
});

describe("verifyWebviewToken", () => {
  async function token() {
    const result = await createHarness().api("POST", `${ORG}/users/${NEW_CUSTOMER}/webview-token`);
    return responseSchema.parse(result.body).data.attributes.token;
  }

  it("rejects an expired token", async () => {
    const later = new Date(TEST_NOW.getTime() + 3601_000);
    await expect(verifyWebviewToken(await token(), { now: later })).rejects.toEqual(new WebviewTokenError("expired"));
  });

  it("rejects a tampered token and an access token", async () => {
    const valid = await token();
    const [header, payload, signature] = valid.split(".");
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(valid), sub: "someone-else" })).toString("base64url");
    await expect(verifyWebviewToken(`${header}.${forged}.${signature}`, { now: TEST_NOW })).rejects.toEqual(new WebviewTokenError("invalid"));
    expect(payload).not.toBe(forged);
    const access = await createHarness().token();
    await expect(verifyWebviewToken(access, { now: TEST_NOW })).rejects.toEqual(new WebviewTokenError("invalid"));
  });
});
