import { orderListFilterSchema } from "@/app/(console)/gift-cards/gift-cards.validation";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { csvAttachment } from "@/lib/csv";
import { ordersCsv } from "@/lib/providers/ktn/operations/queries";

/** GET /api/gift-cards/orders/export?status=&q= — the filtered orders as a CSV download. */
export async function GET(req: Request) {
  return withRoutePermission("giftCards.read", "ktn.order.export", async () => {
    const filter = orderListFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const stamp = new Date().toISOString().slice(0, 10);
    return csvAttachment(ordersCsv({ status: filter.status, q: filter.q }), `gift-card-orders-${stamp}.csv`);
  });
}
