import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { basicAuth, createHarness, ORG } from "@/lib/providers/kard/testing/sandbox-harness";
import { NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { kardSpec, type KardSpec } from "@/lib/providers/kard/testing/openapi";

/** OAuth2 client credentials at POST /v2/auth/token and Bearer checks on every operation. */
let spec: KardSpec;
beforeAll(async () => {
  spec = await kardSpec();
});

const FORM = "application/x-www-form-urlencoded";

async function requestToken(h = createHarness(), headers: Record<string, string> = {}, body = "grant_type=client_credentials") {
  return h.read(await h.raw("POST", "/v2/auth/token", { headers: { authorization: basicAuth(), "content-type": FORM, ...headers }, rawBody: body }));
}

describe("POST /v2/auth/token", () => {
  it("issues a Bearer JWT that expires in 3600 s and opens the API", async () => {
    const h = createHarness();
    const result = await requestToken(h);
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("no-store");
    const body = result.body as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe(3600);
    expect(body.access_token.split(".")).toHaveLength(3);
    expect((await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token: body.access_token })).status).toBe(200);
  });

  it.each([
    ["no Authorization header", { authorization: "" }, "grant_type=client_credentials", 400],
    ["a Bearer instead of Basic header", { authorization: "Bearer abc" }, "grant_type=client_credentials", 400],
    ["a wrong grant_type", {}, "grant_type=password", 400],
    ["a JSON body", { "content-type": "application/json" }, '{"grant_type":"client_credentials"}', 400],
    ["an unknown client", { authorization: basicAuth("someone_else", "kard_sandbox_secret") }, "grant_type=client_credentials", 404],
    ["a wrong secret", { authorization: basicAuth("kard_sandbox_client", "wrong") }, "grant_type=client_credentials", 401],
    ["a target issuer this client does not manage", { "x-kard-target-issuer": "org_other" }, "grant_type=client_credentials", 401],
  ])("answers %s with its documented status", async (_, headers, body, status) => {
    const result = await requestToken(createHarness(), headers, body);
    expect(result.status).toBe(status);
    expect((result.body as { errors: { status: string }[] }).errors[0].status).toBe(String(status));
  });

  it("accepts X-Kard-Target-Issuer for its own organization", async () => {
    expect((await requestToken(createHarness(), { "x-kard-target-issuer": "org_sandbox" })).status).toBe(200);
  });
});

describe("Bearer checks", () => {
  async function expect401(result: { status: number; body: unknown }, detail: RegExp) {
    expect(result.status).toBe(401);
    expect(spec.responseProblems("users_get", 401, result.body)).toEqual([]);
    expect((result.body as { errors: { detail: string; source: unknown }[] }).errors[0]).toMatchObject({ source: { header: "Authorization" } });
    expect((result.body as { errors: { detail: string }[] }).errors[0].detail).toMatch(detail);
  }

  it("rejects a token once expires_in has passed", async () => {
    const h = createHarness();
    const token = await h.token();
    await h.control("advance-clock", { seconds: 3599 });
    expect((await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token })).status).toBe(200);
    await h.control("advance-clock", { seconds: 2 });
    await expect401(await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token }), /expired/);
  });

  it("rejects a token locked to another organization, and the path of another organization", async () => {
    const h = createHarness();
    const foreign = (await h.control("mint-token", { organizationId: "org_other" })).access_token as string;
    await expect401(await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token: foreign }), /not valid for organization 'org_sandbox'/);
    await expect401(await h.api("GET", `/v2/issuers/org_other/users/${NEW_CUSTOMER}`), /not valid for organization 'org_other'/);
  });

  it("rejects a token signed with another key, a WebView token, and a malformed header", async () => {
    const h = createHarness();
    const forged = await new SignJWT({ issuer_id: "org_sandbox", token_use: "kard-sandbox-access" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("kard_sandbox_client")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("not-the-sandbox-key"));
    await expect401(await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token: forged }), /invalid/);
    const webview = await h.api("POST", `${ORG}/users/${NEW_CUSTOMER}/webview-token`);
    const webviewToken = (webview.body as { data: { attributes: { token: string } } }).data.attributes.token;
    await expect401(await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token: webviewToken }), /invalid/);
    await expect401(await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}`, { token: null, headers: { authorization: "Token abc" } }), /Bearer/);
  });

  it("checks the token before the request itself", async () => {
    const h = createHarness();
    expect((await h.api("POST", `${ORG}/users`, { body: { nonsense: true }, token: null })).status).toBe(401);
  });
});

describe("routing", () => {
  it("answers unknown paths 404 and wrong methods 405 in the JSON:API error format", async () => {
    const h = createHarness();
    const missing = await h.api("GET", `${ORG}/everything`);
    expect(missing.status).toBe(404);
    expect(spec.responseProblems("users_get", 404, missing.body)).toEqual([]);
    const wrong = await h.api("PATCH", `${ORG}/users/${NEW_CUSTOMER}`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("PUT, DELETE, GET");
  });

  it("decodes path parameters, takes a trailing slash, and matches nothing for malformed percent-encoding", async () => {
    const h = createHarness();
    const id = "user/with space";
    const created = await h.api("POST", `${ORG}/users`, { body: { data: [{ type: "user", id, attributes: { enrolledRewards: ["CARDLINKED"] } }] } });
    expect(created.status).toBe(201);
    expect((await h.api("GET", `${ORG}/users/${encodeURIComponent(id)}`)).body).toMatchObject({ data: { id } });
    expect((await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/`)).status).toBe(200);
    const malformed = await h.api("GET", `${ORG}/users/%E0%A4%A`);
    expect(malformed.status).toBe(404);
    expect(malformed.body).toMatchObject({ errors: [{ status: "404", title: "Not Found" }] });
  });
});
