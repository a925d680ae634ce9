import pg from "pg";
import { buildIfStale } from "../../../scripts/build-if-stale.mjs";
import { POSTGRES_SERVER, REDIS_URL } from "./cluster";

/**
 * Before the several-instance specs: the production build they serve (built when stale, as
 * `npm start` does), and a clear failure when PostgreSQL or Redis does not answer.
 */
export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`The several-instance tests need PostgreSQL at ${new URL(POSTGRES_SERVER).host} (TEST_POSTGRES_URL): ${String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const { default: Redis } = await import("ioredis");
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`The several-instance tests need Redis at ${REDIS_URL} (CLUSTER_REDIS_URL): ${String(error)}`);
  } finally {
    redis.disconnect();
  }
  buildIfStale();
}
