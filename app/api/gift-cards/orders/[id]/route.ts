import { withRoutePermission } from "@/lib/auth/route-guard";
import { isProviderError } from "@/lib/providers/provider-error";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { loadAndSyncOrder } from "@/lib/providers/ktn/operations/sync";
import { db } from "@/lib/db";

/**
 * GET /api/gift-cards/orders/:id — the order, synced from KTN while it is open. Polled by the
 * order page until the order settles. A KTN read failure still answers the stored order, with
 * `syncError` saying why it may be stale.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("giftCards.read", "ktn.order.read", async () => {
    try {
      const order = await loadAndSyncOrder(id);
      if (!order) return Response.json({ error: { code: "NOT_FOUND", message: "No such order." } }, { status: 404 });
      return Response.json({ order: toOrderDto(order) });
    } catch (error) {
      if (!isProviderError(error)) throw error;
      const order = await db.giftCardOrder.findUnique({ where: { id } });
      if (!order) return Response.json({ error: { code: "NOT_FOUND", message: "No such order." } }, { status: 404 });
      return Response.json({ order: toOrderDto(order), syncError: error.message });
    }
  });
}
