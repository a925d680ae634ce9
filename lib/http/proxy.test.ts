import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const at = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), { ...init, headers: { "x-forwarded-for": "198.51.100.3", ...init.headers } });
const signedIn = { cookie: "authjs.session-token=any" };

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

describe("finding 9: headers", () => {
  it("gives a console page a nonce-based Content-Security-Policy, on the request (for Next) and the response", async () => {
    const first = await proxy(at("/audit", { headers: signedIn }));
    const second = await proxy(at("/audit", { headers: signedIn }));
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];

    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("leaves the sandbox's own policy alone (the Kard WebView sets its own CSP)", async () => {
    const res = await proxy(at("/sandbox/kard/webview"));
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("sends HSTS only when a trusted proxy says the request came over HTTPS", async () => {
    const spoofed = await proxy(at("/login", { headers: { "x-forwarded-proto": "https" } }));
    expect(spoofed.headers.get("strict-transport-security")).toBeNull();

    process.env.TRUSTED_PROXIES = "198.51.100.3";
    const proxied = await proxy(at("/login", { headers: { "x-forwarded-for": "203.0.113.5, 198.51.100.3", "x-forwarded-proto": "https" } }));
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(proxied.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const api = await proxy(at("/api/kvitka/limiter", { headers: { "x-forwarded-for": "203.0.113.5, 198.51.100.3", "x-forwarded-proto": "https" } }));
    expect(api.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("still sends signed-out visitors of console pages to sign-in", async () => {
    const res = await proxy(at("/gift-cards/orders"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost:3000/login?next=%2Fgift-cards%2Forders");
    expect((await proxy(at("/login"))).status).toBe(200);
  });
});

describe("finding 10: 500s for malformed input (before routing)", () => {
  it("answers 400 with a message for an undecodable path", async () => {
    const res = await proxy(at("/api/kvitka/operations/%00%ff"));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "BAD_REQUEST", message: "The URL path is not valid percent-encoding." } });
  });

  it("answers 400 for a server-action body React cannot decode, and lets a good one through", async () => {
    const action = (body: string) => at("/audit", { method: "POST", body, headers: { ...signedIn, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" } });
    expect((await proxy(action("not json"))).status).toBe(400);
    expect((await proxy(action("[{}]"))).status).toBe(200);
  });
});
