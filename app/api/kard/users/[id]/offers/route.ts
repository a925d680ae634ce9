import { z } from "zod";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { browseOffers } from "@/lib/providers/kard/operations/offers";
import { categoryOptionSchema, purchaseChannelSchema } from "@/lib/providers/kard/schemas/common";
import { badQuery, kardJson } from "../../../provider-json";

const querySchema = z.object({
  category: categoryOptionSchema.optional(),
  channel: purchaseChannelSchema.optional(),
  after: z.string().min(1).max(512).optional(),
  before: z.string().min(1).max(512).optional(),
});

/**
 * GET /api/kard/users/:id/offers?category=&channel=&after=|before= — one page of the user's
 * offers with every Extended API component (see browseOffers).
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("kard.read", "kard.offer.read", async () => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) return badQuery(query.error.issues[0].message);
    return kardJson(() => browseOffers({ userId: id, ...query.data }));
  });
}
