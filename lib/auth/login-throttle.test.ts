import { beforeEach, describe, expect, it } from "vitest";
import {
  ACCOUNT,
  IP,
  PAIR,
  clearLoginFailures,
  delayAfter,
  loginRetryAfterSeconds,
  recordLoginFailure,
  resetLoginThrottle,
} from "./login-throttle";

const fail = async (email: string, ip: string, times: number) => {
  for (let i = 0; i < times; i++) await recordLoginFailure(email, ip);
};

describe("finding 4: sign-in throttling (growing delays, never a hard account lock)", () => {
  beforeEach(() => {
    delete process.env.REDIS_URL;
    resetLoginThrottle();
  });

  it("delays grow 1 s, 2 s, 4 s … after the free failures, up to the scope's cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => delayAfter(n, PAIR))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delayAfter(100, PAIR)).toBe(15 * 60);
    expect(delayAfter(ACCOUNT.free + 30, ACCOUNT)).toBe(60);
  });

  it("five wrong passwords from one address slow that address down only, not the account elsewhere", async () => {
    await fail("admin@x.test", "198.51.100.66", 5);
    const wait = await loginRetryAfterSeconds("admin@x.test", "198.51.100.66");
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(2);
    expect(await loginRetryAfterSeconds("ADMIN@x.test", "203.0.113.10")).toBe(0);
    expect(await loginRetryAfterSeconds("someone-else@x.test", "198.51.100.66")).toBe(0);
  });

  it("keeps a slower per-account limit across addresses, capped at a minute", async () => {
    for (let i = 0; i < ACCOUNT.free; i++) await recordLoginFailure("a@x.test", `10.0.${i}.1`);
    expect(await loginRetryAfterSeconds("a@x.test", "10.9.9.9")).toBe(0);
    for (let i = 0; i < 10; i++) await recordLoginFailure("a@x.test", `10.1.${i}.1`);
    const wait = await loginRetryAfterSeconds("a@x.test", "10.9.9.9");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(ACCOUNT.maxDelaySeconds);
  });

  it("slows an address that sprays many accounts", async () => {
    for (let i = 0; i < IP.free + 1; i++) await recordLoginFailure(`user${i}@x.test`, "192.0.2.7");
    expect(await loginRetryAfterSeconds("fresh@x.test", "192.0.2.7")).toBeGreaterThan(0);
    expect(await loginRetryAfterSeconds("fresh@x.test", "192.0.2.8")).toBe(0);
  });

  it("a successful sign-in clears the pair's and the account's failures", async () => {
    await fail("c@x.test", "198.51.100.1", PAIR.free + 2);
    expect(await loginRetryAfterSeconds("c@x.test", "198.51.100.1")).toBeGreaterThan(0);
    await clearLoginFailures("c@x.test", "198.51.100.1");
    expect(await loginRetryAfterSeconds("c@x.test", "198.51.100.1")).toBe(0);
    await recordLoginFailure("c@x.test", "198.51.100.1");
    expect(await loginRetryAfterSeconds("c@x.test", "198.51.100.1")).toBe(0);
  });
});
