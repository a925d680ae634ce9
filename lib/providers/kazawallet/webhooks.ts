import type { Prisma } from "@prisma/client";
import { providerConfig } from "@/lib/providers/registry";
import type { SignatureStatus, WebhookHandler, WebhookParseResult, WebhookToApply } from "@/lib/webhooks/types";
import { applyCardWebhook } from "./operations/card-events";
import { applyLinkWebhook } from "./operations/payment-links";
import { applyRequestWebhook } from "./operations/requests";
import { cardWebhookSchema, type CardWebhook, paymentLinkWebhookSchema, type PaymentLinkWebhook, paymentRequestWebhookSchema, type PaymentRequestWebhook } from "./schemas/webhooks";
import { sameSecret, verifyPaymentLinkSecret } from "./signature";
import { WEBHOOK_TOKEN_PARAM } from "./webhook-token";

/**
 * Kazawallet's webhooks, receiver side (`/api/webhooks/kazawallet`, the shared inbox).
 * Source: seed 004 "Payment Link Webhook", "Card Webhooks"; kazawallet-recovered.md §2.2–§2.3; issue 9.
 */

type Body =
  | { kind: "link"; body: PaymentLinkWebhook }
  | { kind: "card"; body: CardWebhook }
  | { kind: "request"; body: PaymentRequestWebhook };

/** Reads a body as one of the three kinds: a payment link (it carries `secret`), a card event, or a withdrawal / deposit. */
export function readKazawalletBody(rawBody: string): Body | { kind: "invalid"; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { kind: "invalid", reason: "The body is not JSON." };
  }
  const object = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  if ("secret" in object && !("event" in object)) {
    const link = paymentLinkWebhookSchema.safeParse(json);
    return link.success ? { kind: "link", body: link.data } : { kind: "invalid", reason: `Not a payment-link webhook: ${link.error.issues[0]?.message}` };
  }
  const card = cardWebhookSchema.safeParse(json);
  if (card.success) return { kind: "card", body: card.data };
  const request = paymentRequestWebhookSchema.safeParse(json);
  if (request.success) return { kind: "request", body: request.data };
  return { kind: "invalid", reason: "Not a Kazawallet payment-link, card, withdrawal or deposit webhook." };
}

/**
 * Payment links: `secret` must equal base64(HMAC-SHA512(API secret, SHA-256(amount:::order_id:::API key))),
 * compared in constant time (MISSING without one). Everything else (card events, withdrawals,
 * deposits: Kazawallet documents no authentication for them) is accepted only on a URL whose
 * `token` equals KAZAWALLET_WEBHOOK_TOKEN (MISSING without one, or when re-processed without the URL).
 */
export function verifyKazawalletWebhook(rawBody: string, url: URL | undefined, credentials: Readonly<Record<string, string>>): SignatureStatus {
  const read = readKazawalletBody(rawBody);
  if (read.kind === "link") {
    const ok = verifyPaymentLinkSecret({ amount: read.body.amount, orderId: read.body.orderId, secret: read.body.secret }, credentials.apiKey ?? "", credentials.apiSecret ?? "");
    return ok ? "VALID" : "INVALID";
  }
  const token = url?.searchParams.get(WEBHOOK_TOKEN_PARAM);
  if (!token) return "MISSING";
  return credentials.webhookToken && sameSecret(token, credentials.webhookToken) ? "VALID" : "INVALID";
}

/** The inbox's id of an event: Kazawallet sends none, so it is built from what identifies the event. */
function eventIdOf(read: Body): string {
  if (read.kind === "link") return `payment-link:${read.body.orderId}:${read.body.status}`;
  if (read.kind === "request") return `${read.body.event.toLowerCase()}:${read.body.transaction_id}:${read.body.status}`;
  const { event, cardId, details } = read.body;
  if (event === "3DS_CONFIRM") return `${event}:${cardId}:${details.transactionDate}:${details.amount.toFixed(2)}`;
  return `${event}:${cardId}:${details.transactionAt}:${details.type}:${details.status}:${details.amount.toFixed(2)}`;
}

/**
 * Kazawallet's part of the webhook inbox:
 * - verify: see {@link verifyKazawalletWebhook}, with the configured credentials read per delivery.
 * - parse: type `payment_link.<status>`, the card event's name, or `WITHDRAWAL` / `DEPOSIT`;
 *   related record the link, card or request.
 * - apply: the stored body (read back from the event) goes to its operation: links and requests
 *   take their status; a card event changes something only once confirmed against the API
 *   (operations/card-events.ts). Idempotent.
 */
export const kazawalletWebhooks: WebhookHandler = {
  provider: "kazawallet",

  verify: (rawBody, _headers, url) => verifyKazawalletWebhook(rawBody, url, providerConfig("kazawallet").credentials),

  parse(rawBody): WebhookParseResult {
    const read = readKazawalletBody(rawBody);
    if (read.kind === "invalid") return { ok: false, reason: read.reason };
    const eventId = eventIdOf(read);
    if (read.kind === "link") return { ok: true, event: { eventId, type: `payment_link.${read.body.status}`, relatedRecord: { type: "payment-link", id: read.body.orderId } } };
    if (read.kind === "request") return { ok: true, event: { eventId, type: read.body.event, relatedRecord: { type: read.body.event.toLowerCase(), id: read.body.transaction_id } } };
    return { ok: true, event: { eventId, type: read.body.event, relatedRecord: { type: "card", id: read.body.cardId } } };
  },

  async apply(event: WebhookToApply, tx: Prisma.TransactionClient) {
    const stored = await tx.webhookEvent.findUniqueOrThrow({ where: { id: event.id }, select: { rawBody: true } });
    const read = readKazawalletBody(stored.rawBody);
    if (read.kind === "link") return applyLinkWebhook(tx, read.body, event.id);
    if (read.kind === "request") return applyRequestWebhook(tx, read.body);
    if (read.kind === "card") return applyCardWebhook(tx, read.body, event.id);
    return { localChange: "none" };
  },
};
