import { createHash, randomUUID } from "node:crypto";
import Bottleneck from "bottleneck";
import IORedis from "ioredis";
import { logger } from "@/lib/log";

/**
 * The KvitkaCard request budget: "Maximum 60 requests per 60 seconds per API token".
 * Source: KvitkaCard API v1.0, "Rate limiting".
 *
 * Why Bottleneck: of the candidates it alone queues (never fails) AND shares one budget across
 * processes through Redis (atomic Lua scripts, pub/sub wake-ups between instances). p-throttle's
 * strict mode is in-process only and, once saturated, spaces queued calls interval/limit (1 s)
 * apart, so 200 requests take ~199 s instead of 180 s; rate-limiter-flexible shares through Redis
 * but counts fixed windows, which admit up to 120 requests across a window boundary unless halved
 * to 30 per window — and then a burst takes twice the minimum time.
 *
 * How the sliding window is kept strict: each request takes one of `limit` Bottleneck
 * concurrency slots and holds it until `windowMs` after its answer arrived (or it failed). A
 * 61st request within any window would need a 61st slot, so it waits in the queue. Counting from
 * the answer rather than the send means network latency can never squeeze two requests into one
 * provider-side window; with an in-process sandbox the two instants coincide, so a burst of 200
 * from idle starts 60 at t0, t0+60 s and t0+120 s and 20 at t0+180 s — the minimum the limit
 * allows, give or take Bottleneck registering one job per event-loop turn (~1–2 ms per start).
 * Because the shared state is a count of held slots, not timestamps, clock skew between
 * instances cannot loosen it; a crashed instance's slots are released by Redis after `holdCapMs`.
 */
export const KVITKA_RATE_LIMIT = { limit: 60, windowMs: 60_000 } as const;

/** What the limiter can tell the console right now. Times are epoch milliseconds. */
export interface KvitkaRateLimiterState {
  /** "redis" when the budget is shared with every console instance through REDIS_URL. */
  mode: "memory" | "redis";
  limit: number;
  windowMs: number;
  /** Requests of this process waiting for a slot. */
  queueDepth: number;
  /** Requests sent (by any instance, in redis mode) whose window has not elapsed yet. */
  usedInWindow: number;
  /**
   * When the next request may start: now if a slot is free, otherwise the earliest slot
   * release. While the holder is still in flight its release is estimated as send + windowMs.
   */
  nextFreeSlotAt: number;
}

export interface KvitkaRateLimiter {
  /** Runs `task` once a slot is free; never drops it, never runs it twice. */
  schedule<T>(task: () => Promise<T>): Promise<T>;
  state(): Promise<KvitkaRateLimiterState>;
  /** Stops accepting work and closes the Redis connection, if any. */
  stop(): Promise<void>;
}

export interface KvitkaRateLimiterOptions {
  limit?: number;
  windowMs?: number;
  /** Share the budget: every limiter with the same `url` and `id` draws from one pool. */
  redis?: { url: string; id: string };
  /** Redis mode: a slot whose holder never frees it (crashed instance) is released after this. */
  holdCapMs?: number;
  /** Redis mode: how long a request waits for the first connection before it is refused. */
  connectTimeoutMs?: number;
}

const UNAVAILABLE = Symbol.for("merchant-console.kvitka.RateLimiterUnavailable");

/** The limiter could not give a slot (Redis unreachable): the request was never sent. */
export class RateLimiterUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RateLimiterUnavailableError";
  }
}

/** True for a RateLimiterUnavailableError from any bundle (by brand, as for ProviderError). */
export function isRateLimiterUnavailable(value: unknown): value is RateLimiterUnavailableError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[UNAVAILABLE] === true;
}

/** Release times of the slots in use, readable by every instance that shares the budget. */
interface SlotBook {
  hold(slot: string, releaseAt: number): Promise<void>;
  release(slot: string): Promise<void>;
  earliestRelease(): Promise<number | undefined>;
}

function memorySlotBook(): SlotBook & { held(): number } {
  const releases = new Map<string, number>();
  return {
    held: () => releases.size,
    async hold(slot, releaseAt) {
      releases.set(slot, releaseAt);
    },
    async release(slot) {
      releases.delete(slot);
    },
    async earliestRelease() {
      return releases.size ? Math.min(...releases.values()) : undefined;
    },
  };
}

function redisSlotBook(client: IORedis, key: string, ttlMs: number): SlotBook {
  return {
    async hold(slot, releaseAt) {
      await client.multi().zadd(key, releaseAt, slot).pexpire(key, ttlMs).exec();
    },
    async release(slot) {
      await client.zrem(key, slot);
    },
    async earliestRelease() {
      // Entries a crashed instance left behind lie in the past: drop them before reading.
      await client.zremrangebyscore(key, "-inf", `(${Date.now()}`);
      const [, score] = await client.zrange(key, "0", "0", "WITHSCORES");
      return score === undefined ? undefined : Number(score);
    },
  };
}

/** The slot book only informs `state()`: a failure to write it must never change when a slot frees. */
function keepBook(write: Promise<void>): void {
  write.catch((error: unknown) => logger.warn({ err: error, provider: "kvitka" }, "rate limiter slot book write failed"));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A limiter over its own budget. Use {@link kvitkaRateLimiterFor} for the process-wide one. */
export function createKvitkaRateLimiter(options: KvitkaRateLimiterOptions = {}): KvitkaRateLimiter {
  const limit = options.limit ?? KVITKA_RATE_LIMIT.limit;
  const windowMs = options.windowMs ?? KVITKA_RATE_LIMIT.windowMs;
  const holdCapMs = options.holdCapMs ?? windowMs + 120_000;

  let bottleneck: Bottleneck;
  let book: SlotBook;
  let connection: Bottleneck.IORedisConnection | undefined;
  /** Slots held right now: across instances (Redis) or in this process. */
  let slotsHeld: () => Promise<number>;
  if (options.redis) {
    const client = new IORedis(options.redis.url, { maxRetriesPerRequest: 3 });
    connection = new Bottleneck.IORedisConnection({ Redis: IORedis, client });
    bottleneck = new Bottleneck({ id: options.redis.id, maxConcurrent: limit, connection });
    book = redisSlotBook(client, `b_${options.redis.id}_releases`, holdCapMs);
    slotsHeld = () => bottleneck.running();
  } else {
    bottleneck = new Bottleneck({ maxConcurrent: limit });
    const memoryBook = memorySlotBook();
    book = memoryBook;
    // Read from our own book: Bottleneck's local running() waits on a timer, which would
    // stall a caller under fake timers.
    slotsHeld = async () => memoryBook.held();
  }
  bottleneck.on("error", (error) => logger.warn({ err: error, provider: "kvitka" }, "rate limiter error"));
  const jobOptions = connection ? { expiration: holdCapMs } : {};
  const connectTimeoutMs = options.connectTimeoutMs ?? 5_000;

  /** Resolves once the store can take jobs; Bottleneck itself would wait for Redis forever. */
  function storeReady(): Promise<unknown> {
    if (!connection) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RateLimiterUnavailableError(`Redis did not answer within ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
    });
    return Promise.race([bottleneck.ready(), deadline]).finally(() => clearTimeout(timer));
  }

  return {
    schedule<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let started = false;
        const slot = randomUUID();
        const job = async () => {
          started = true;
          keepBook(book.hold(slot, Date.now() + windowMs));
          try {
            resolve(await task());
          } catch (error) {
            reject(error);
          }
          const releaseAt = Date.now() + windowMs;
          keepBook(book.hold(slot, releaseAt));
          await sleep(releaseAt - Date.now());
          keepBook(book.release(slot));
        };
        // Once the task has started its own outcome is what the caller gets; a limiter error
        // before that (Redis unreachable) means the request was never sent.
        storeReady()
          .then(() => bottleneck.schedule({ ...jobOptions, id: slot }, job))
          .catch((error: unknown) => {
            if (started) return;
            reject(
              isRateLimiterUnavailable(error)
                ? error
                : new RateLimiterUnavailableError("the rate limiter could not schedule the request", { cause: error }),
            );
          });
      });
    },

    async state() {
      const now = Date.now();
      const usedInWindow = await slotsHeld();
      const counts = bottleneck.counts();
      const earliest = usedInWindow >= limit ? await book.earliestRelease() : undefined;
      return {
        mode: connection ? "redis" : "memory",
        limit,
        windowMs,
        queueDepth: counts.RECEIVED + counts.QUEUED,
        usedInWindow,
        nextFreeSlotAt: usedInWindow < limit ? now : Math.max(now, earliest ?? now + windowMs),
      };
    },

    async stop() {
      // Slots still held stay taken in Redis until holdCapMs: on shutdown, erring on the safe side.
      await connection?.disconnect();
    },
  };
}

/**
 * The shared budget's id for `apiToken` (Redis keys `b_<id>_*`): named after a digest, because
 * the token itself is a secret.
 */
export function kvitkaRateLimiterId(apiToken: string): string {
  return `kvitka_${createHash("sha256").update(apiToken).digest("hex").slice(0, 24)}`;
}

const registry = ((globalThis as { __kvitkaRateLimiters?: Map<string, KvitkaRateLimiter> }).__kvitkaRateLimiters ??=
  new Map());

/**
 * The one limiter of this process for `apiToken` (kept on globalThis so every route bundle and
 * module shares it). With `redisUrl` (the console's REDIS_URL, passed by provider.ts) its budget
 * is shared with every console instance using the same Redis; otherwise it is in memory.
 */
export function kvitkaRateLimiterFor(apiToken: string, redisUrl?: string): KvitkaRateLimiter {
  const id = kvitkaRateLimiterId(apiToken);
  const key = `${redisUrl ?? "memory"} ${id}`;
  let limiter = registry.get(key);
  if (!limiter) {
    limiter = createKvitkaRateLimiter(redisUrl ? { redis: { url: redisUrl, id } } : {});
    registry.set(key, limiter);
  }
  return limiter;
}
