import { describe, expect, it } from "vitest";
import { clientIp, contextFromHeaders, forwardedOverHttps, trustedProxies } from "./request-context";

const h = (forwardedFor?: string, extra: Record<string, string> = {}) => new Headers({ ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), ...extra });

describe("finding 4: the audit ip column stores the real peer (X-Forwarded-For only from TRUSTED_PROXIES)", () => {
  it("ignores a client's own X-Forwarded-For: the peer the server appended is the client", () => {
    expect(clientIp(h("203.0.113.9, 198.51.100.7"), trustedProxies(""))).toBe("198.51.100.7");
    expect(contextFromHeaders(h("203.0.113.9, 198.51.100.7")).ip).toBe("198.51.100.7");
  });

  it("believes the hop a trusted proxy added, and nothing a client put before it", () => {
    const trusted = trustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientIp(h("203.0.113.9, 10.0.0.2"), trusted)).toBe("203.0.113.9");
    expect(clientIp(h("1.1.1.1, 203.0.113.9, 127.0.0.1"), trusted)).toBe("203.0.113.9");
    expect(clientIp(h("1.1.1.1, 203.0.113.9, 10.1.2.3, 127.0.0.1"), trusted)).toBe("203.0.113.9");
  });

  it("normalises IPv4-mapped IPv6 peers and IPv6 ranges", () => {
    expect(clientIp(h("::ffff:127.0.0.1"), trustedProxies(""))).toBe("127.0.0.1");
    expect(clientIp(h("2001:db8::5, ::1"), trustedProxies("::1"))).toBe("2001:db8::5");
    expect(clientIp(h("2001:db8::5, fd00::2"), trustedProxies("fd00::/8"))).toBe("2001:db8::5");
  });

  it("skips malformed TRUSTED_PROXIES entries and never trusts X-Real-IP", () => {
    expect(clientIp(h("203.0.113.9, 10.0.0.2"), trustedProxies("nonsense, 10.0.0.0/99"))).toBe("10.0.0.2");
    expect(clientIp(h("198.51.100.7", { "x-real-ip": "203.0.113.1" }), trustedProxies(""))).toBe("198.51.100.7");
    expect(clientIp(h(), trustedProxies(""))).toBe("unknown");
  });

  it("reads TRUSTED_PROXIES from the environment", () => {
    process.env.TRUSTED_PROXIES = "10.0.0.2";
    try {
      expect(contextFromHeaders(h("203.0.113.9, 10.0.0.2")).ip).toBe("203.0.113.9");
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });

  it("counts X-Forwarded-Proto only from a trusted peer", () => {
    expect(forwardedOverHttps(h("203.0.113.9", { "x-forwarded-proto": "https" }), trustedProxies(""))).toBe(false);
    expect(forwardedOverHttps(h("203.0.113.9, 10.0.0.2", { "x-forwarded-proto": "https" }), trustedProxies("10.0.0.0/8"))).toBe(true);
    expect(forwardedOverHttps(h("203.0.113.9, 10.0.0.2", { "x-forwarded-proto": "http" }), trustedProxies("10.0.0.0/8"))).toBe(false);
  });

  it("caps the user agent and request id", () => {
    const context = contextFromHeaders(h("198.51.100.7", { "user-agent": "u".repeat(5000), "x-request-id": "r".repeat(500) }));
    expect(context.userAgent).toHaveLength(512);
    expect(context.requestId).toHaveLength(128);
  });
});
