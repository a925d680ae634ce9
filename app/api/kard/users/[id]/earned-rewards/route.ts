import { withRoutePermission } from "@/lib/auth/route-guard";
import { earnedRewards } from "@/lib/providers/kard/operations/earned-rewards";
import { kardJson } from "../../../provider-json";

/** GET /api/kard/users/:id/earned-rewards?after= — one page of the user's earned rewards. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("kard.read", "kard.reward.read", async () => {
    const after = new URL(req.url).searchParams.get("after")?.slice(0, 512) || undefined;
    return kardJson(() => earnedRewards({ userId: id, after }));
  });
}
