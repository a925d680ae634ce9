import { contextFromHeaders } from "@/lib/request-context";
import { webhookHandlerFor } from "@/lib/webhooks/handlers";
import { receiveUntrustedWebhook } from "@/lib/webhooks/inbox";
import { readRawBody } from "@/lib/webhooks/raw-body";
import { bodyTooLargeResponse, webhookResponse } from "@/lib/webhooks/respond";

/**
 * POST /api/webhooks/<provider> — every provider's inbound webhooks (e.g. `/api/webhooks/kard`,
 * registered under Kard → Subscriptions). No session: the provider's own authentication (Kard's
 * `notify-signature` HMAC over the raw body; a secret token in the URL where a provider signs
 * nothing) is checked by the inbox before anything is applied. Answers (see webhookResponse):
 * 200 `{received:true}` once the event and its audit row are committed (applied after the answer,
 * lib/webhooks/apply-queue.ts), including a duplicate delivery (the provider stops retrying); 401 invalid signature / 403 missing signature (stored REJECTED); 400 authentic but
 * not a notification; 413 body too large; 429 too many deliveries that do not verify from one
 * source (not stored); 404 for a provider that sends no webhooks.
 */
export async function POST(req: Request, { params }: { params: Promise<{ provider: string }> }): Promise<Response> {
  const handler = webhookHandlerFor((await params).provider);
  if (!handler) return Response.json({ error: { code: "NOT_FOUND", message: "No webhook receiver here." } }, { status: 404 });
  const rawBody = await readRawBody(req);
  if (rawBody === null) return bodyTooLargeResponse();
  const result = await receiveUntrustedWebhook({ ...handler, rawBody, headers: req.headers, url: new URL(req.url), context: contextFromHeaders(req.headers), applyAfterAnswer: true });
  return webhookResponse(result);
}
