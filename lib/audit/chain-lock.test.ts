import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { withAuditChainLock } from "./chain-lock";

describe("withAuditChainLock", () => {
  it("runs sections one at a time, in arrival order, even when they await", async () => {
    const log: string[] = [];
    const section = (name: string, ms: number) =>
      withAuditChainLock(async () => {
        log.push(`enter ${name}`);
        await sleep(ms);
        log.push(`exit ${name}`);
        return name;
      });
    const results = await Promise.all([section("a", 20), section("b", 1), section("c", 5)]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["enter a", "exit a", "enter b", "exit b", "enter c", "exit c"]);
  });

  it("is released when a section throws", async () => {
    await expect(withAuditChainLock(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(withAuditChainLock(async () => "next")).resolves.toBe("next");
  });

  it("refuses re-entry instead of deadlocking", async () => {
    await expect(withAuditChainLock(() => withAuditChainLock(async () => "inner"))).rejects.toThrow(/already held/);
    await expect(withAuditChainLock(async () => "after")).resolves.toBe("after");
  });
});
