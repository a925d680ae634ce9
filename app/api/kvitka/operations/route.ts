import { operationFilterSchema } from "@/app/(console)/kvitka/kvitka.validation";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { listOperations } from "@/lib/providers/kvitka/operations/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/kvitka/operations?direction=WITHDRAW|DEPOSIT&status=… — the newest 100 operations,
 * each with its audited steps; polled by the live operations view. Codes appear masked only.
 */
export async function GET(req: Request) {
  return withRoutePermission("kvitka.read", "kvitka.operation.read", async () => {
    const filter = operationFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json({ operations: await listOperations(filter), at: new Date().toISOString() });
  });
}
