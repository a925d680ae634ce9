import { z } from "zod";
import { withRoutePermission } from "@/lib/auth/route-guard";
import { nearbyLocations } from "@/lib/providers/kard/operations/locations";
import { badQuery, kardJson } from "../../../provider-json";

const querySchema = z.object({
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  radius: z.coerce.number().int().min(1).max(500).optional(),
});

/** GET /api/kard/users/:id/locations?latitude=&longitude=&radius= — the user's locations near a point. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("kard.read", "kard.offer.read", async () => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!query.success) return badQuery(`${query.error.issues[0].path.join(".")}: ${query.error.issues[0].message}`);
    return kardJson(async () => ({ locations: await nearbyLocations({ userId: id, ...query.data }) }));
  });
}
