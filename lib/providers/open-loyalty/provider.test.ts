import { afterEach, describe, expect, it, vi } from "vitest";
import { providerConfig, providerMode } from "@/lib/providers/registry";

afterEach(() => vi.unstubAllEnvs());

describe("Open Loyalty Pay provider definition", () => {
  it("is in sandbox with the documented sandbox credentials until every live credential is set", () => {
    vi.stubEnv("OPEN_LOYALTY_CLIENT_ID", "live-id");
    vi.stubEnv("OPEN_LOYALTY_CLIENT_SECRET", "");
    const config = providerConfig("open-loyalty");
    expect(config.mode).toBe("sandbox");
    expect(config.baseUrl).toMatch(/\/sandbox\/open-loyalty$/);
    expect(config.credentials).toEqual({ clientId: "olp_sandbox_client", clientSecret: "olp_sandbox_secret", jwtToken: "olp_sandbox_jwt" });
  });

  it("goes live against https://portal.paywizard.biz, OPEN_LOYALTY_BASE_URL and OPEN_LOYALTY_CHANNEL overriding", () => {
    vi.stubEnv("OPEN_LOYALTY_CLIENT_ID", "live-id");
    vi.stubEnv("OPEN_LOYALTY_CLIENT_SECRET", "live-secret");
    vi.stubEnv("OPEN_LOYALTY_JWT_TOKEN", "live-token");
    expect(providerMode("open-loyalty")).toBe("live");
    expect(providerConfig("open-loyalty")).toMatchObject({ baseUrl: "https://portal.paywizard.biz", credentials: { clientId: "live-id", clientSecret: "live-secret", jwtToken: "live-token" } });
    vi.stubEnv("OPEN_LOYALTY_BASE_URL", "https://uat.paywizard.biz/");
    vi.stubEnv("OPEN_LOYALTY_CHANNEL", "OTHER");
    expect(providerConfig("open-loyalty")).toMatchObject({ baseUrl: "https://uat.paywizard.biz", options: { loyaltyChannel: "OTHER" } });
  });
});
