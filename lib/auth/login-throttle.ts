import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { sharedRateLimiter } from "@/lib/shared-rate-limiter";

/**
 * Sign-in throttling after OWASP's Authentication Cheat Sheet ("Login Throttling"): growing
 * delays instead of a hard lock, so nobody can lock a colleague out by typing wrong passwords.
 *
 * - pair (account, IP): the first PAIR.free failures are free; each further one makes the pair
 *   wait 1 s, 2 s, 4 s, … up to 15 min. A guesser slows down its own address only: the right
 *   password from any other address still works.
 * - account (from every address): a slower limit against guessing spread over many addresses;
 *   after ACCOUNT.free failures within an hour each further one delays the account 1 s, 2 s, …
 *   up to 1 min: it slows guessing to about one try a minute without locking the owner out.
 * - ip (whatever the account): password spraying from one address; delays up to 15 min.
 *
 * A refused (throttled) attempt is not counted and its password is never checked. A successful
 * sign-in clears the pair's and the account's failures (not the address's). The IP is the real
 * peer (lib/request-context.ts: forwarding headers only from TRUSTED_PROXIES). Counters are in
 * Redis when REDIS_URL is set (shared by every instance), in memory otherwise.
 * Source: issue 11, finding 4.
 */
interface Scope {
  /** Failures within `windowSeconds` before delays start. */
  free: number;
  windowSeconds: number;
  /** Longest delay, in seconds. */
  maxDelaySeconds: number;
}

const HOUR = 60 * 60;
export const PAIR: Scope = { free: 3, windowSeconds: HOUR, maxDelaySeconds: 15 * 60 };
export const ACCOUNT: Scope = { free: 20, windowSeconds: HOUR, maxDelaySeconds: 60 };
export const IP: Scope = { free: 50, windowSeconds: HOUR, maxDelaySeconds: 15 * 60 };

/** Seconds to wait after the `failures`-th failure in a scope: 0, then 1, 2, 4, … capped. */
export function delayAfter(failures: number, scope: Scope): number {
  if (failures <= scope.free) return 0;
  return Math.min(2 ** (failures - scope.free - 1), scope.maxDelaySeconds);
}

interface ScopeLimiters {
  scope: Scope;
  failures: RateLimiterAbstract;
  wait: RateLimiterAbstract;
}

type Limiters = Record<"pair" | "account" | "ip", ScopeLimiters>;

const holder = globalThis as { __loginLimiters?: Limiters };

function limiters(): Limiters {
  if (holder.__loginLimiters) return holder.__loginLimiters;
  const make = (keyPrefix: string, points: number, duration: number) => sharedRateLimiter({ keyPrefix, points, duration });
  const scope = (name: string, s: Scope): ScopeLimiters => ({
    scope: s,
    failures: make(`login-failures-${name}`, Number.MAX_SAFE_INTEGER, s.windowSeconds),
    wait: make(`login-wait-${name}`, 1, s.maxDelaySeconds),
  });
  holder.__loginLimiters = { pair: scope("pair", PAIR), account: scope("account", ACCOUNT), ip: scope("ip", IP) };
  return holder.__loginLimiters;
}

function keys(email: string, ip: string) {
  const account = email.trim().toLowerCase();
  return { pair: `${account}|${ip}`, account, ip };
}

/** Seconds until this account may try again from this IP; 0 when a sign-in may be attempted now. */
export async function loginRetryAfterSeconds(email: string, ip: string): Promise<number> {
  const l = limiters();
  const k = keys(email, ip);
  const waits = await Promise.all(
    (["pair", "account", "ip"] as const).map(async (name) => {
      const res = await l[name].wait.get(k[name]);
      return res && res.consumedPoints > 1 ? res.msBeforeNext : 0;
    }),
  );
  return Math.ceil(Math.max(0, ...waits) / 1000);
}

/** Counts one failed attempt against the pair, the account and the IP, and starts their delays. */
export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const l = limiters();
  const k = keys(email, ip);
  await Promise.all(
    (["pair", "account", "ip"] as const).map(async (name) => {
      const { consumedPoints } = await l[name].failures.penalty(k[name], 1);
      const delay = delayAfter(consumedPoints, l[name].scope);
      if (delay > 0) await l[name].wait.block(k[name], delay);
    }),
  );
}

/** A successful sign-in clears the pair's and the account's failures and delays (the IP's stay). */
export async function clearLoginFailures(email: string, ip: string): Promise<void> {
  const l = limiters();
  const k = keys(email, ip);
  await Promise.all((["pair", "account"] as const).flatMap((name) => [l[name].failures.delete(k[name]), l[name].wait.delete(k[name])]));
}

/** Tests: forget every failure. */
export function resetLoginThrottle(): void {
  holder.__loginLimiters = undefined;
}
