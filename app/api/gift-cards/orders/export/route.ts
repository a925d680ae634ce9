import { orderListFilterSchema } from "@/app/(console)/gift-cards/gift-cards.validation";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { ordersCsv } from "@/lib/providers/ktn/operations/queries";

/** GET /api/gift-cards/orders/export?status=&q= — the filtered orders as a CSV download. */
export async function GET(req: Request) {
  return withRoutePermission("giftCards.read", "ktn.order.export", async () => {
    const filter = orderListFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const encoder = new TextEncoder();
    const rows = ordersCsv({ status: filter.status, q: filter.q });
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await rows.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="gift-card-orders-${stamp}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
