import { contextFromHeaders } from "@/lib/request-context";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { kardWebhookHandler } from "@/lib/webhooks/providers/kard";
import { readRawBody } from "@/lib/webhooks/raw-body";
import { bodyTooLargeResponse, webhookResponse } from "@/lib/webhooks/respond";

/**
 * POST /api/webhooks/kard — Kard's notification webhooks (register this URL under Kard →
 * Subscriptions). No session: the `notify-signature` HMAC over the raw body is the
 * authentication, checked by the inbox before anything is applied. Answers (see
 * webhookResponse): 200 `{received:true}` for a stored event, including a duplicate delivery
 * (Kard stops retrying); 401 invalid signature / 403 missing signature (stored REJECTED, Kard
 * retries, repeats are counted); 400 valid signature but not a notification; 413 body too large.
 * Source: Kard guide "Notifications" › "Webhook Authentication".
 */
export async function POST(req: Request): Promise<Response> {
  const rawBody = await readRawBody(req);
  if (rawBody === null) return bodyTooLargeResponse();
  const result = await receiveWebhook({ ...kardWebhookHandler, rawBody, headers: req.headers, context: contextFromHeaders(req.headers) });
  return webhookResponse(result);
}
