import { withRoutePermission } from "@/lib/auth/route-guard";
import { OperationError } from "@/lib/errors";
import { operationDetail } from "@/lib/providers/kvitka/operations/queries";

export const dynamic = "force-dynamic";

/** GET /api/kvitka/operations/:id — one operation with its steps, polled by its detail page. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withRoutePermission("kvitka.read", "kvitka.operation.read", async () => {
    try {
      return Response.json({ operation: await operationDetail(id) });
    } catch (error) {
      if (error instanceof OperationError) return Response.json({ error: { code: error.code, message: error.message } }, { status: 404 });
      throw error;
    }
  });
}
