import { withRoutePermission } from "@/lib/auth/route-guard";
import { limiterSnapshot } from "@/lib/providers/kvitka/operations/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/kvitka/limiter — the KvitkaCard rate limiter's state (usedInWindow of limit per
 * windowMs, queueDepth, nextFreeSlotAt in epoch ms) and requests per 10 s over the window.
 */
export async function GET() {
  return withRoutePermission("kvitka.read", "kvitka.operation.read", async () => Response.json({ limiter: await limiterSnapshot() }));
}
