import { RateLimiterRes } from "rate-limiter-flexible";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedRateLimiter } from "./shared-rate-limiter";

const holder = globalThis as { __redis?: { disconnect(): void } | null };

afterEach(() => {
  holder.__redis?.disconnect();
  delete holder.__redis;
  vi.unstubAllEnvs();
});

describe("sharedRateLimiter", () => {
  it("keeps limiting in process while Redis does not answer (sign-in and webhooks go on, throttled)", async () => {
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:1");
    const limiter = sharedRateLimiter({ keyPrefix: "test-insurance", points: 2, duration: 60 });
    await expect(limiter.consume("k")).resolves.toMatchObject({ remainingPoints: 1 });
    await expect(limiter.consume("k")).resolves.toMatchObject({ remainingPoints: 0 });
    const refused = await limiter.consume("k").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimiterRes);
  });

  it("is this process's own without REDIS_URL", async () => {
    const limiter = sharedRateLimiter({ keyPrefix: "test-memory", points: 1, duration: 60 });
    await limiter.consume("k");
    await expect(limiter.consume("k")).rejects.toBeInstanceOf(RateLimiterRes);
  });
});
