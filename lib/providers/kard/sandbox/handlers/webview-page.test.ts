import { decodeJwt } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeTheme } from "@/lib/providers/kard/webview/theme";
import { createHarness, ORG, TEST_NOW, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { LAPSED_CUSTOMER, NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { mintWebviewToken } from "../webview-token";
import { authenticateWebview, WebviewAuthError } from "./webview-auth";

/**
 * The sandbox WebView page and its two background calls, through the sandbox's handler as the
 * console mounts it: token verification, theme application, offers/rewards from the documented
 * operations, framing policy, nearby offers and the call-to-action.
 */
async function webviewToken(h: Harness, userId = NEW_CUSTOMER): Promise<string> {
  const result = await h.api("POST", `${ORG}/users/${userId}/webview-token`);
  return (result.body as { data: { attributes: { token: string } } }).data.attributes.token;
}

async function page(h: Harness, query: string) {
  const response = await h.raw("GET", `/webview?${query}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

beforeEach(() => {
  process.env.APP_URL = "http://console.test";
});
afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.KARD_WEBVIEW_FRAME_ANCESTORS;
});

describe("token verification", () => {
  it("accepts a token minted by the sandbox and reads sub as the user", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    await expect(authenticateWebview(token, TEST_NOW)).resolves.toMatchObject({ userId: NEW_CUSTOMER, organizationId: "org_sandbox" });
    const result = await page(h, `token=${token}`);
    expect(result.status).toBe(200);
    expect(result.text).toContain('data-testid="offer-card"');
  });

  it("refuses an expired token", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    await expect(authenticateWebview(token, new Date(TEST_NOW.getTime() + 3601_000))).rejects.toEqual(new WebviewAuthError("expired"));
    h.setNow(new Date(TEST_NOW.getTime() + 3601_000));
    const result = await page(h, `token=${token}`);
    expect(result.status).toBe(401);
    expect(result.text).toContain("has expired");
  });

  it("refuses a token of another issuer, even when its signature is valid", async () => {
    const { token } = await mintWebviewToken({ userId: NEW_CUSTOMER, organizationId: "org_someone_else", issuedAt: TEST_NOW });
    await expect(authenticateWebview(token, TEST_NOW)).rejects.toEqual(new WebviewAuthError("wrong-issuer"));
    const result = await page(createHarness(), `token=${token}`);
    expect(result.status).toBe(401);
    expect(result.text).toContain("another organization");
  });

  it("refuses a tampered token, an access token and no token", async () => {
    const h = createHarness();
    const [header, , signature] = (await webviewToken(h)).split(".");
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(await webviewToken(h)), sub: LAPSED_CUSTOMER })).toString("base64url");
    await expect(authenticateWebview(`${header}.${forged}.${signature}`, TEST_NOW)).rejects.toEqual(new WebviewAuthError("invalid"));
    await expect(authenticateWebview(await h.token(), TEST_NOW)).rejects.toEqual(new WebviewAuthError("invalid"));
    expect((await page(h, `token=${header}.${forged}.${signature}`)).status).toBe(401);
    const missing = await page(h, "");
    expect(missing.status).toBe(401);
    expect(missing.text).toContain("token parameter is missing");
  });
});

describe("the page", () => {
  it("renders every offer of the user with its Extended API components, and the user's rewards", async () => {
    const h = createHarness();
    const offers = (await h.api("GET", `${ORG}/users/${LAPSED_CUSTOMER}/offers?page[size]=100&supportedComponents=cta`)).body as {
      data: { id: string; attributes: { components: { cta?: { action: { url: string } } } } }[];
    };
    const result = await page(h, `token=${await webviewToken(h, LAPSED_CUSTOMER)}`);
    expect(count(result.text, 'data-testid="offer-card"')).toBe(offers.data.length + Math.min(4, offers.data.length));
    for (const offer of offers.data) expect(result.text).toContain(`data-offer-id="${offer.id}"`);
    const withCta = offers.data.filter((offer) => offer.attributes.components.cta);
    expect(withCta.length).toBeGreaterThan(0);
    for (const offer of withCta) expect(result.text).toContain(`data-cta-url="${offer.attributes.components.cta!.action.url}"`);

    const rewards = (await h.api("GET", `${ORG}/users/${LAPSED_CUSTOMER}/earned-rewards?page[size]=100`)).body as {
      data: { attributes: { commissionEarned: { user: { value: number } } } }[];
    };
    const totalCents = rewards.data.reduce((sum, r) => sum + r.attributes.commissionEarned.user.value, 0);
    expect(rewards.data.length).toBeGreaterThan(0);
    expect(result.text).toContain(`<strong>$${(totalCents / 100).toFixed(2)}</strong>`);
    expect(result.text).toContain(`${rewards.data.length} rewards`);
  });

  it("applies the theme: tokens per mode, radii, labels (non-ASCII, escaped), mode and showMap", async () => {
    const h = createHarness();
    const theme = encodeTheme({
      theme: "dark",
      styles: { light: { primary: "#ff5500" }, dark: { primary: "oklch(0.7 0.2 40)", cardBackgroundColor: "navy" }, layout: { chipRadius: "3px" } },
      labels: { rewardsTitle: "Mes récompenses", offersTitle: "<b>Deals</b>" },
      layout: { showMap: false },
    });
    const result = await page(h, `token=${await webviewToken(h)}&theme=${theme}`);
    expect(result.status).toBe(200);
    expect(result.text).toContain('<html lang="en" data-mode="dark">');
    const [light, dark] = [/:root \{([^}]*)\}/.exec(result.text)![1], /:root\[data-mode="dark"\] \{([^}]*)\}/.exec(result.text)![1]];
    expect(light).toContain("--kard-primary: #ff5500;");
    expect(light).toContain("--kard-chip-radius: 3px;");
    expect(light).toContain("--kard-card-radius: 12px;");
    expect(dark).toContain("--kard-primary: oklch(0.7 0.2 40);");
    expect(dark).toContain("--kard-card-background-color: navy;");
    expect(result.text).toContain("<h1 data-page-title>Mes récompenses</h1>");
    expect(result.text).toContain('data-go="offers" aria-current="false">&lt;b&gt;Deals&lt;/b&gt;</button>');
    expect(result.text).toContain('data-go="nearby" aria-current="false">Nearby offers</button>');
    expect(result.text).not.toContain("rewards-nearby-section");
    expect(result.text).toContain('"requestOnLoad":false');
  });

  it("shows the nearby-offers section and asks for the location at once by default", async () => {
    const h = createHarness();
    const result = await page(h, `token=${await webviewToken(h)}`);
    expect(result.text).toContain('data-mode="system"');
    expect(result.text).toContain("@media (prefers-color-scheme: dark) { :root[data-mode=\"system\"]");
    expect(result.text).toContain('data-testid="rewards-nearby-section"');
    expect(result.text).toContain('"requestOnLoad":true');
  });

  it("refuses an invalid theme with each problem listed", async () => {
    const h = createHarness();
    const bad = Buffer.from(JSON.stringify({ styles: { light: { primary: "notacolour" } }, labels: { offersTitle: "" } })).toString("base64url");
    const result = await page(h, `token=${await webviewToken(h)}&theme=${bad}`);
    expect(result.status).toBe(400);
    expect(result.text).toContain("styles.light.primary: Enter a CSS colour");
    expect(result.text).toContain("labels.offersTitle:");
    expect((await page(h, `token=${await webviewToken(h)}&theme=e30=`)).status).toBe(400);
  });

  it("answers 404 for a user who is no longer enrolled", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    await h.api("DELETE", `${ORG}/users/${NEW_CUSTOMER}`);
    const result = await page(h, `token=${token}`);
    expect(result.status).toBe(404);
    expect(result.text).toContain("is not enrolled");
  });

  it("may be framed by the console origin and the configured app origins only, on every answer", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    const csp = (headers: Headers) => headers.get("content-security-policy") ?? "";
    const ok = await page(h, `token=${token}`);
    expect(csp(ok.headers)).toMatch(/frame-ancestors http:\/\/console\.test$/);
    expect(ok.headers.get("x-frame-options")).toBeNull();
    expect(ok.headers.get("referrer-policy")).toBe("no-referrer");
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp(ok.headers))![1];
    expect(ok.text).toContain(`<script nonce="${nonce}">`);
    expect(ok.text).toContain(`"allowedParents":["http://console.test"]`);

    process.env.KARD_WEBVIEW_FRAME_ANCESTORS = "https://app.merchant.example capacitor://localhost";
    const configured = await page(h, `token=${token}`);
    expect(csp(configured.headers)).toMatch(/frame-ancestors http:\/\/console\.test https:\/\/app\.merchant\.example capacitor:\/\/localhost$/);
    expect(csp((await page(h, "token=nope")).headers)).toContain("frame-ancestors http://console.test https://app.merchant.example");
  });

  it("may be framed by the console opened at a loopback alias of its origin, and talks to it", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    process.env.APP_URL = "http://localhost:3111";
    const result = await page(h, `token=${token}`);
    expect(result.headers.get("content-security-policy")).toMatch(/frame-ancestors http:\/\/localhost:3111 http:\/\/127\.0\.0\.1:3111$/);
    expect(result.text).toContain(`"allowedParents":["http://localhost:3111","http://127.0.0.1:3111"]`);
  });
});

describe("GET /webview/nearby", () => {
  it("lists the user's offer locations around the point, nearest first, with a map", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    const api = (await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/locations?filter[latitude]=40.7128&filter[longitude]=-74.006&filter[radius]=10&page[size]=50`)).body as {
      data: { attributes: { name: string } }[];
    };
    const response = await h.raw("GET", "/webview/nearby?latitude=40.7128&longitude=-74.006&accuracy=25", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; statusText: string; mapHtml: string; listHtml: string };
    expect(body.count).toBe(api.data.length);
    expect(body.count).toBeGreaterThan(0);
    expect(body.statusText).toBe(`${api.data.length} offer locations within 10 miles`);
    expect(count(body.mapHtml, 'data-testid="map-marker"')).toBe(api.data.length);
    expect(body.mapHtml).toContain('class="accuracy"');
    const names = [...body.listHtml.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(names).toEqual(api.data.map((location) => location.attributes.name.replace(/&/g, "&amp;").replace(/'/g, "&#39;")));
  });

  it("says so when nothing is near, and refuses bad coordinates and a missing token", async () => {
    const h = createHarness();
    const auth = { authorization: `Bearer ${await webviewToken(h)}` };
    const far = await (await h.raw("GET", "/webview/nearby?latitude=64.1466&longitude=-21.9426", { headers: auth })).json();
    expect(far).toMatchObject({ count: 0, statusText: "No offers within 10 miles of you.", listHtml: "" });
    expect((await h.raw("GET", "/webview/nearby?latitude=91&longitude=0", { headers: auth })).status).toBe(400);
    expect((await h.raw("GET", "/webview/nearby?latitude=&longitude=0", { headers: auth })).status).toBe(400);
    expect((await h.raw("GET", "/webview/nearby?latitude=40&longitude=-74")).status).toBe(401);
  });
});

describe("POST /webview/cta", () => {
  async function activateOffer(h: Harness) {
    const offers = (await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/offers?page[size]=100&supportedComponents=cta`)).body as {
      data: { id: string; attributes: { components: { cta?: { action: { url: string; method: string } } } } }[];
    };
    const offer = offers.data.find((o) => o.attributes.components.cta?.action.url.endsWith("/activate"))!;
    return { id: offer.id, action: offer.attributes.components.cta!.action };
  }

  it("runs the offer's cta.action as given and returns the card without the button", async () => {
    const h = createHarness();
    const token = await webviewToken(h);
    const { id, action } = await activateOffer(h);
    const response = await h.raw("POST", "/webview/cta", { headers: { authorization: `Bearer ${token}` }, body: action });
    expect(response.status).toBe(200);
    const { html } = (await response.json()) as { html: string };
    expect(html).toContain(`data-offer-id="${id}"`);
    expect(html).not.toContain("data-cta-url");
    expect(html).toContain('<li class="tag">Activated</li>');
    const after = (await h.api("GET", `${ORG}/users/${NEW_CUSTOMER}/offers?page[size]=100&supportedComponents=cta`)).body as {
      data: { id: string; attributes: { components: { cta?: unknown } } }[];
    };
    expect(after.data.find((o) => o.id === id)!.attributes.components.cta).toBeUndefined();
  });

  it("refuses another user's action, another method, and a missing token", async () => {
    const h = createHarness();
    const auth = { authorization: `Bearer ${await webviewToken(h)}` };
    const { action } = await activateOffer(h);
    const other = { ...action, url: action.url.replace(NEW_CUSTOMER, LAPSED_CUSTOMER) };
    expect((await h.raw("POST", "/webview/cta", { headers: auth, body: other })).status).toBe(403);
    expect((await h.raw("POST", "/webview/cta", { headers: auth, body: { ...action, method: "GET" } })).status).toBe(400);
    expect((await h.raw("POST", "/webview/cta", { headers: auth, body: { url: "/v2/auth/token", method: "POST" } })).status).toBe(400);
    expect((await h.raw("POST", "/webview/cta", { body: action })).status).toBe(401);
  });
});
