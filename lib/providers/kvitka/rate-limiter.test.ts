import { randomUUID } from "node:crypto";
import IORedis from "ioredis";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { appOrigin } from "@/lib/app-origin";
import type { FetchFn } from "@/lib/providers/http";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { createKvitkaClient } from "./client";
import { kvitkaProvider } from "./provider";
import {
  createKvitkaRateLimiter,
  kvitkaRateLimiterFor,
  kvitkaRateLimiterId,
  RateLimiterUnavailableError,
} from "./rate-limiter";

const T0 = Date.parse("2026-05-01T10:00:00.000Z");
/** Bottleneck registers one job per event-loop turn (~1–2 ms): the slack we allow per start. */
const SCHEDULING_SLACK_MS = 10;

/** True when no `windowMs`-long window holds more than `limit` of the (sorted) start times. */
function withinLimit(starts: number[], limit: number, windowMs: number): boolean {
  return starts.every((start, i) => i < limit || start - starts[i - limit] >= windowMs);
}

const countIn = (starts: number[], from: number, to: number) => starts.filter((s) => s >= from && s < to).length;

afterEach(() => {
  vi.useRealTimers();
});

describe("KvitkaCard rate limiter in memory (fake timers)", () => {
  it("takes a burst of 200 requests to the sandbox with zero 429s, ≤ 60 starts in any 60 s, in the minimum time", async () => {
    vi.useFakeTimers({ now: T0 });
    resetSandbox("kvitka");
    const limiter = createKvitkaRateLimiter();
    const starts: number[] = [];
    const fetch: FetchFn = (input, init) => {
      starts.push(Date.now());
      return sandboxFetch(input, init);
    };
    const client = createKvitkaClient({
      baseUrl: `${appOrigin()}/sandbox/kvitka`,
      apiToken: "kvitka_sandbox_token",
      limiter,
    }, fetch);

    const burst = Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => client.withdrawInit({ user_id: `c-${i}`, points_amount: "1" })),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(starts).toHaveLength(60);
    expect(await limiter.state()).toEqual({
      mode: "memory",
      limit: 60,
      windowMs: 60_000,
      queueDepth: 140,
      usedInWindow: 60,
      nextFreeSlotAt: starts[0] + 60_000,
    });

    await vi.advanceTimersByTimeAsync(185_000);
    const results = await burst;
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(starts).toHaveLength(200);
    expect(new Set(results.map((r) => r.status === "fulfilled" && r.value.operation_id)).size).toBe(200);

    expect(withinLimit(starts, 60, 60_000)).toBe(true);
    expect([0, 60_000, 120_000, 180_000].map((t) => countIn(starts, T0 + t, T0 + t + 1_000))).toEqual([60, 60, 60, 20]);
    // Never later than the limit forces: each start follows the one 60 places before it by 60 s.
    for (let i = 60; i < 200; i++) expect(starts[i] - starts[i - 60] - 60_000).toBeLessThanOrEqual(SCHEDULING_SLACK_MS);
    expect(starts[0] - T0).toBeLessThanOrEqual(SCHEDULING_SLACK_MS);

    const { operations } = (await (await sandboxFor("kvitka")!.control!("operations", {})).json()) as {
      operations: unknown[];
    };
    expect(operations).toHaveLength(200);
  });

  it("holds a slot until a window after the answer, so a slow request delays the next one", async () => {
    vi.useFakeTimers({ now: T0 });
    const limiter = createKvitkaRateLimiter({ limit: 1, windowMs: 1_000 });
    const starts: number[] = [];
    const slow = limiter.schedule(async () => {
      starts.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 300));
      return "slow";
    });
    const next = limiter.schedule(async () => {
      starts.push(Date.now());
      return "next";
    });
    await vi.advanceTimersByTimeAsync(400);
    await expect(slow).resolves.toBe("slow");
    expect(await limiter.state()).toMatchObject({ usedInWindow: 1, queueDepth: 1 });
    expect((await limiter.state()).nextFreeSlotAt - starts[0]).toBeGreaterThanOrEqual(1_300);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(next).resolves.toBe("next");
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(1_300);
  });

  it("passes a failed request's error to its caller, and that request still used its slot", async () => {
    vi.useFakeTimers({ now: T0 });
    const limiter = createKvitkaRateLimiter({ limit: 2, windowMs: 1_000 });
    const failing = limiter.schedule(() => Promise.reject(new Error("provider down")));
    const failed = expect(failing).rejects.toThrow("provider down");
    const ok = limiter.schedule(async () => "ok");
    const third = limiter.schedule(async () => Date.now());
    await vi.advanceTimersByTimeAsync(100);
    await failed;
    await expect(ok).resolves.toBe("ok");
    expect(await limiter.state()).toMatchObject({ usedInWindow: 2, queueDepth: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await third) - T0).toBeGreaterThanOrEqual(1_000);
  });

  it("reports a free slot as available now", async () => {
    vi.useFakeTimers({ now: T0 });
    const limiter = createKvitkaRateLimiter();
    expect(await limiter.state()).toEqual({
      mode: "memory",
      limit: 60,
      windowMs: 60_000,
      queueDepth: 0,
      usedInWindow: 0,
      nextFreeSlotAt: T0,
    });
  });
});

describe("KvitkaCard rate limiter shared through Redis", () => {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const ids: string[] = [];
  const admin = new IORedis(redisUrl);

  afterAll(async () => {
    for (const id of ids) {
      const keys = await admin.keys(`b_${id}_*`);
      if (keys.length) await admin.del(...keys);
    }
    await admin.quit();
  });

  it("gives two console instances one budget: never more than the limit in any window, nothing dropped", async () => {
    const id = `kvitka_test_${randomUUID()}`;
    ids.push(id);
    const options = { limit: 5, windowMs: 1_000, redis: { url: redisUrl, id } };
    const a = createKvitkaRateLimiter(options);
    const b = createKvitkaRateLimiter(options);
    const starts: number[] = [];
    const task = async () => {
      starts.push(Date.now());
    };
    const all = Array.from({ length: 12 }, () => [a.schedule(task), b.schedule(task)]).flat();

    await new Promise((resolve) => setTimeout(resolve, 400));
    const [stateA, stateB] = await Promise.all([a.state(), b.state()]);
    expect(stateA).toMatchObject({ mode: "redis", usedInWindow: 5 });
    expect(stateB).toMatchObject({ mode: "redis", usedInWindow: 5 });
    expect(stateA.queueDepth + stateB.queueDepth).toBe(19);
    expect(stateA.nextFreeSlotAt).toBeGreaterThan(Date.now());
    expect(stateA.nextFreeSlotAt).toBeLessThanOrEqual(Math.min(...starts) + 1_000 + 100);

    await Promise.all(all);
    starts.sort((x, y) => x - y);
    expect(starts).toHaveLength(24);
    expect(withinLimit(starts, 5, 1_000)).toBe(true);
    // Five windows are the minimum for 24 requests at 5 per second; allow Redis round trips.
    expect(starts[23] - starts[0]).toBeLessThan(4_000 + 500);
    await Promise.all([a.stop(), b.stop()]);
  }, 15_000);

  it("is what kvitkaRateLimiterFor hands out for a Redis URL (REDIS_URL, as provider.ts passes it)", async () => {
    const token = `kvitka_test_token_${randomUUID()}`;
    ids.push(kvitkaRateLimiterId(token));
    const limiter = kvitkaRateLimiterFor(token, redisUrl);
    expect(kvitkaRateLimiterFor(token, redisUrl)).toBe(limiter);
    expect(kvitkaRateLimiterFor(token)).not.toBe(limiter);
    await expect(limiter.schedule(async () => "sent")).resolves.toBe("sent");
    const state = await limiter.state();
    expect(state).toMatchObject({ mode: "redis", limit: 60, windowMs: 60_000, usedInWindow: 1 });
    await limiter.stop();
  });

  it("is the limiter provider.ts gives a client when the configuration carries REDIS_URL", async () => {
    const token = `kvitka_test_token_${randomUUID()}`;
    ids.push(kvitkaRateLimiterId(token));
    const config = { slug: "kvitka" as const, mode: "live" as const, baseUrl: "http://kvitka.test", credentials: { apiToken: token } };
    const shared = kvitkaProvider.createClient({ ...config, options: { redisUrl } }, vi.fn<FetchFn>());
    expect(shared.limiter).toBe(kvitkaRateLimiterFor(token, redisUrl));
    expect((await shared.limiter.state()).mode).toBe("redis");
    const local = kvitkaProvider.createClient({ ...config, options: {} }, vi.fn<FetchFn>());
    expect(local.limiter).toBe(kvitkaRateLimiterFor(token));
    expect((await local.limiter.state()).mode).toBe("memory");
    await shared.limiter.stop();
  });

  it("refuses, without sending, when Redis cannot be reached: the client reports RATE_LIMITER_UNAVAILABLE", async () => {
    const limiter = createKvitkaRateLimiter({
      redis: { url: "redis://127.0.0.1:1", id: `kvitka_test_${randomUUID()}` },
      connectTimeoutMs: 300,
    });
    const task = vi.fn(async () => "sent");
    await expect(limiter.schedule(task)).rejects.toBeInstanceOf(RateLimiterUnavailableError);
    const fetch = vi.fn<FetchFn>();
    const client = createKvitkaClient({ baseUrl: "http://kvitka.test", apiToken: "t", limiter }, fetch);
    await expect(client.depositInit({ transaction_code: "1111222233334444" })).rejects.toMatchObject({
      code: "RATE_LIMITER_UNAVAILABLE",
      outcome: "failed",
      httpStatus: null,
    });
    expect(task).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalled();
    await limiter.stop();
  });
});
