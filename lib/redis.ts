import Redis from "ioredis";

const holder = globalThis as { __redis?: Redis | null };

/**
 * The shared Redis connection when REDIS_URL is set (multi-instance deployments share login
 * throttling and the KvitkaCard rate budget through it); null on the embedded default.
 */
export function getRedis(): Redis | null {
  if (holder.__redis !== undefined) return holder.__redis;
  const url = process.env.REDIS_URL;
  holder.__redis = url ? new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null;
  return holder.__redis;
}
