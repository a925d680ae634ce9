import { beforeEach, describe, expect, it } from "vitest";
import {
  ACCOUNT_FAILURES,
  IP_FAILURES,
  clearLoginFailures,
  loginBlockedForSeconds,
  recordLoginFailure,
  resetLoginThrottle,
} from "./login-throttle";

describe("login throttle", () => {
  beforeEach(() => {
    delete process.env.REDIS_URL;
    resetLoginThrottle();
  });

  it("blocks an account after its allowed failures, from any IP", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES - 1; i++) await recordLoginFailure("a@x.test", `10.0.0.${i}`);
    expect(await loginBlockedForSeconds("a@x.test", "10.0.9.9")).toBe(0);
    await recordLoginFailure("a@x.test", "10.0.0.200");
    const wait = await loginBlockedForSeconds("A@X.test", "10.0.9.9");
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await loginBlockedForSeconds("b@x.test", "10.0.9.9")).toBe(0);
  });

  it("blocks an IP after its allowed failures, whatever the account", async () => {
    for (let i = 0; i < IP_FAILURES; i++) await recordLoginFailure(`user${i}@x.test`, "192.0.2.7");
    expect(await loginBlockedForSeconds("fresh@x.test", "192.0.2.7")).toBeGreaterThan(0);
    expect(await loginBlockedForSeconds("fresh@x.test", "192.0.2.8")).toBe(0);
  });

  it("a successful sign-in clears the account's failures but not the IP's", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) await recordLoginFailure("c@x.test", "198.51.100.1");
    expect(await loginBlockedForSeconds("c@x.test", "198.51.100.2")).toBeGreaterThan(0);
    await clearLoginFailures("c@x.test");
    expect(await loginBlockedForSeconds("c@x.test", "198.51.100.2")).toBe(0);
  });
});
