import { afterEach, describe, expect, it, vi } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

const frameSrc = (csp: string) => csp.split("; ").find((directive) => directive.startsWith("frame-src"));

describe("console CSP frame-src", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("lets a console opened at a loopback alias frame the WebView preview served from APP_URL", () => {
    vi.stubEnv("APP_URL", "http://localhost:3100");
    expect(frameSrc(contentSecurityPolicy("n"))).toBe("frame-src 'self' http://localhost:3100 http://127.0.0.1:3100 https:");
  });

  it("names only the configured origin when it is not a loopback one", () => {
    vi.stubEnv("APP_URL", "https://console.example.com");
    expect(frameSrc(contentSecurityPolicy("n"))).toBe("frame-src 'self' https://console.example.com https:");
  });
});
