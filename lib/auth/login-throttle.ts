import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getRedis } from "@/lib/redis";

/** Failed sign-ins allowed before a block, and how long failures are remembered (seconds). */
export const ACCOUNT_FAILURES = 5;
export const IP_FAILURES = 20;
export const FAILURE_WINDOW_SECONDS = 15 * 60;

interface Limiters {
  account: RateLimiterAbstract;
  ip: RateLimiterAbstract;
}

const holder = globalThis as { __loginLimiters?: Limiters };

function limiters(): Limiters {
  if (holder.__loginLimiters) return holder.__loginLimiters;
  const redis = getRedis();
  const make = (keyPrefix: string, points: number) =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: FAILURE_WINDOW_SECONDS })
      : new RateLimiterMemory({ keyPrefix, points, duration: FAILURE_WINDOW_SECONDS });
  holder.__loginLimiters = { account: make("login-fail-account", ACCOUNT_FAILURES), ip: make("login-fail-ip", IP_FAILURES) };
  return holder.__loginLimiters;
}

/** Seconds until this account and IP may try again; 0 when a sign-in may be attempted. */
export async function loginBlockedForSeconds(email: string, ip: string): Promise<number> {
  const { account, ip: byIp } = limiters();
  const [a, i] = await Promise.all([account.get(email.toLowerCase()), byIp.get(ip)]);
  const blocked = [
    a && a.consumedPoints >= ACCOUNT_FAILURES ? a.msBeforeNext : 0,
    i && i.consumedPoints >= IP_FAILURES ? i.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...blocked) / 1000);
}

/** Counts one failed attempt against the account and the IP. */
export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters();
  await Promise.all(
    [account.penalty(email.toLowerCase(), 1), byIp.penalty(ip, 1)].map((p) =>
      p.catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      }),
    ),
  );
}

/** A successful sign-in clears the account's failures (the IP's stay). */
export async function clearLoginFailures(email: string): Promise<void> {
  await limiters().account.delete(email.toLowerCase());
}

/** Tests: forget every failure. */
export function resetLoginThrottle(): void {
  holder.__loginLimiters = undefined;
}
