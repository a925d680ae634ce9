import { withRoutePermission } from "@/lib/auth/route-guard";
import { webhookFilterSchema } from "@/lib/webhooks/filters";
import { INBOX_LIMIT, listWebhookEvents } from "@/lib/webhooks/queries";

/**
 * GET /api/webhook-events?provider=&type=&signatureStatus=&status= — the inbox's rows (no
 * bodies), newest first, at most INBOX_LIMIT: `{events, truncated, limit}`. Polled by the
 * inbox page every 3 s. Needs webhooks.read (401/403 JSON otherwise, audited DENIED).
 */
export async function GET(req: Request): Promise<Response> {
  return withRoutePermission("webhooks.read", "webhook.event.read", async () => {
    const filter = webhookFilterSchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const { events, truncated } = await listWebhookEvents(filter);
    return Response.json({ events, truncated, limit: INBOX_LIMIT }, { headers: { "cache-control": "no-store" } });
  });
}
