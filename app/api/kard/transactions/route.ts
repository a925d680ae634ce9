import { withRoutePermission } from "@/lib/auth/route-guard";
import { listKardTransactions } from "@/lib/providers/kard/operations/queries-transactions";

/**
 * GET /api/kard/transactions?userId= — the latest transaction events the console sent, with the
 * status Kard's notifications moved them to. Polled by the transaction lists.
 */
export async function GET(req: Request) {
  return withRoutePermission("kard.read", "kard.transaction.read", async () => {
    const userId = new URL(req.url).searchParams.get("userId")?.slice(0, 64) || undefined;
    return Response.json({ transactions: await listKardTransactions({ userId }) });
  });
}
