import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { isProviderError } from "@/lib/providers/provider-error";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { findOrder } from "@/lib/providers/ktn/operations/queries";
import { syncOrder } from "@/lib/providers/ktn/operations/sync";

/**
 * GET /api/gift-cards/orders/:id — the order, synced from KTN while it is open (audited as the
 * console itself, only when its status moves). Polled by the order page until the order
 * settles. A KTN read failure still answers the stored order, with `syncError` saying why it
 * may be stale.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("giftCards.read", "ktn.order.read", async () => {
    const stored = await findOrder(id);
    if (!stored) return Response.json({ error: { code: "NOT_FOUND", message: "No such order." } }, { status: 404 });
    try {
      return Response.json({ order: toOrderDto(await syncOrder({ orderId: id }, SYSTEM_ACTOR)) });
    } catch (error) {
      if (!isProviderError(error)) throw error;
      return Response.json({ order: toOrderDto(stored), syncError: error.message });
    }
  });
}
