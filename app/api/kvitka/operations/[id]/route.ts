import { withRoutePermission } from "@/lib/auth/route-guard";
import { operationDetail } from "@/lib/providers/kvitka/operations/queries";

export const dynamic = "force-dynamic";

/** GET /api/kvitka/operations/:id — one operation with its steps, polled by its detail page. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("kvitka.read", "kvitka.operation.read", async () => {
    const operation = await operationDetail(id);
    if (!operation) return Response.json({ error: { code: "NOT_FOUND", message: "That KvitkaCard operation does not exist." } }, { status: 404 });
    return Response.json({ operation });
  });
}
