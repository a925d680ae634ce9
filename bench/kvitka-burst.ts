/**
 * `npm run bench -- kvitka-burst` (opt-in: it takes over three minutes): KVITKA_BURST (default 200)
 * withdraw initiations issued at once through the console's KvitkaCard client and its rate
 * limiter, in real time over HTTP to the sandbox of a production server (/sandbox/kvitka, which
 * enforces the documented 60 requests per 60 s). Prints the wall time against the minimum the
 * budget allows (the last request may start (⌈N / 60⌉ − 1) × 60 s after the first: 180 s for
 * 200) and the refusals by code; goal: within 1 % of the minimum and no RATE_LIMIT_EXCEEDED.
 */
import { isProviderError } from "@/lib/providers/provider-error";
import { createKvitkaClient } from "@/lib/providers/kvitka/client";
import { createKvitkaRateLimiter, KVITKA_RATE_LIMIT } from "@/lib/providers/kvitka/rate-limiter";
import { ensureBenchBuild } from "./support/build";
import { throwAwayDatabase } from "./support/database";
import { startConsole } from "./support/server";

const COUNT = Number(process.env.KVITKA_BURST ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3113) + 2;

export async function kvitkaBurstBench(): Promise<boolean> {
  ensureBenchBuild();
  const database = throwAwayDatabase();
  const server = await startConsole(PORT, { DATABASE_URL: database.url });
  const client = createKvitkaClient({ baseUrl: `${server.url}/sandbox/kvitka`, apiToken: "kvitka_sandbox_token", limiter: createKvitkaRateLimiter() }, fetch);
  const refusals = new Map<string, number>();
  const started = performance.now();
  let lastStart = 0;
  try {
    await Promise.all(
      Array.from({ length: COUNT }, async (_, i) => {
        try {
          await client.withdrawInit({ user_id: `burst-customer-${i}`, points_amount: "1" });
        } catch (error) {
          const code = isProviderError(error) ? error.code : String(error);
          refusals.set(code, (refusals.get(code) ?? 0) + 1);
        } finally {
          lastStart = Math.max(lastStart, performance.now() - started);
        }
      }),
    );
  } finally {
    await server.stop();
    database.dispose();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const minimumSeconds = ((Math.ceil(COUNT / KVITKA_RATE_LIMIT.limit) - 1) * KVITKA_RATE_LIMIT.windowMs) / 1000;
  const over = minimumSeconds > 0 ? wallSeconds / minimumSeconds - 1 : 0;
  const rateLimited = refusals.get("RATE_LIMIT_EXCEEDED") ?? 0;
  console.log(`kvitka-burst: ${COUNT} withdraw initiations at once over HTTP`);
  console.log(`wall ${wallSeconds.toFixed(1)} s against the ${minimumSeconds} s minimum (+${(over * 100).toFixed(2)} %); refusals: ${refusals.size ? [...refusals].map(([c, n]) => `${c} ×${n}`).join(", ") : "none"}`);
  return over <= 0.01 && rateLimited === 0;
}
