import type { ReceiveResult, ThrottledDelivery } from "./inbox";
import { WEBHOOK_MAX_BODY_BYTES } from "./raw-body";

/**
 * The HTTP answer to a provider's delivery. A 2xx tells the provider to stop retrying, so:
 * - stored (to be applied after the answer), applied, duplicate, and failed-while-applying →
 *   200 `{received:true}`: the event is stored, a failure of ours is fixed by re-processing it
 *   from the inbox, and a retry would only be a duplicate (never applied again);
 * - signature MISSING → 403, INVALID → 401 (Kard's recipe): stored REJECTED; the provider's
 *   retries are counted on the same row;
 * - valid signature but unreadable body → 400: stored FAILED;
 * - signature not verified and the source over its budget of rejected deliveries → 429 with
 *   Retry-After: not stored (issue 11, finding 6).
 * Source: Kard guide "Notifications" › "Webhook Authentication" (its code recipe's answers).
 */
export function webhookResponse(result: ReceiveResult | ThrottledDelivery): Response {
  switch (result.outcome) {
    case "stored":
    case "applied":
    case "failed":
      return Response.json({ received: true });
    case "duplicate":
      return Response.json({ received: true, duplicate: true });
    case "rejected":
      return result.signature === "MISSING"
        ? Response.json({ received: false, error: "A signature header is required." }, { status: 403 })
        : Response.json({ received: false, error: "Invalid signature." }, { status: 401 });
    case "throttled":
      return Response.json(
        { received: false, error: "Too many deliveries with a signature that does not verify; not stored." },
        { status: 429, headers: { "retry-after": String(result.retryAfterSeconds) } },
      );
    case "unparseable":
      return Response.json({ received: false, error: "The body is not a notification this endpoint understands." }, { status: 400 });
  }
}

/** 413 for a body over WEBHOOK_MAX_BODY_BYTES: refused without being stored. */
export function bodyTooLargeResponse(): Response {
  return Response.json({ received: false, error: `The body exceeds ${WEBHOOK_MAX_BODY_BYTES} bytes.` }, { status: 413 });
}
