import { createHash, createHmac } from "node:crypto";
import type { FetchFn } from "@/lib/providers/http";
import type { Delivery, SandboxCard, SandboxLink, SandboxState, SandboxTransaction } from "./state";

/**
 * The webhooks the sandbox sends to the merchant's webhook URL, each POSTed once (Kazawallet:
 * "ONLY ONE TIME"; a failed delivery is recorded, never retried). Payment links carry the
 * documented fields and `secret`; card and payment-request bodies are OUR DESIGN
 * (`{event, cardId, details}`, `{event, transaction_id, status, amount, currency}`).
 * Source: seed 004 "Payment Link Webhook", "Card Webhooks"; kazawallet-recovered.md §2.2–§2.3.
 */

/** `secret` = base64(HMAC-SHA512(apiSecret, SHA-256(`amount:::order_id:::apiKey`) raw)). Source: recovered §2.3. */
export function linkSecret(amount: string, orderId: string, apiKey: string, apiSecret: string): string {
  const hashDigest = createHash("sha256").update(`${amount}:::${orderId}:::${apiKey}`).digest();
  return createHmac("sha512", apiSecret).update(hashDigest).digest("base64");
}

export interface Sender {
  /** POSTs `body` as JSON to the webhook URL; resolves when the one attempt finished. */
  send(body: unknown): Promise<Delivery>;
  /** Waits for every delivery started so far. */
  settle(): Promise<void>;
}

export function createSender(state: () => SandboxState, url: () => string | null, deliver: FetchFn): Sender {
  const inFlight = new Set<Promise<Delivery>>();
  async function attempt(body: unknown): Promise<Delivery> {
    const delivery: Delivery = { body, status: null, error: null };
    state().deliveries.push(delivery);
    const target = url();
    if (!target) {
      delivery.error = "no webhook URL set";
      return delivery;
    }
    try {
      const res = await deliver(target, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      delivery.status = res.status;
      await res.text();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    }
    return delivery;
  }
  return {
    send(body) {
      const p = attempt(body);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      return p;
    },
    async settle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

export function linkBody(link: SandboxLink, apiKey: string, apiSecret: string) {
  return {
    order_id: link.orderId,
    secret: linkSecret(link.amount, link.orderId, apiKey, apiSecret),
    amount: link.amount,
    ref: link.ref,
    status: link.status,
    currency: link.currency,
  };
}

const last4 = (card: SandboxCard) => card.cardNumber.slice(-4);

export function cardTransactionBody(event: "CC_CONSUME" | "CC_REFUND" | "CC_RECHARGE", card: SandboxCard, tx: SandboxTransaction) {
  return {
    event,
    cardId: card.cardId,
    details: {
      reason: tx.reason,
      amount: tx.amount.toFixed(2),
      transactionAt: tx.transactionAt,
      type: tx.type,
      originalAmount: null,
      originalCurrency: null,
      currency: tx.currency,
      status: tx.status,
      direction: tx.direction,
      cardNumber: last4(card),
      merchantName: tx.merchantName,
    },
  };
}

export function threeDsBody(card: SandboxCard, tx: SandboxTransaction, code: string) {
  return {
    event: "3DS_CONFIRM",
    cardId: card.cardId,
    details: {
      amount: tx.amount.toFixed(2),
      type: "code",
      cardNumber: last4(card),
      merchants: tx.merchantName,
      transactionCurrency: tx.currency,
      transactionDate: tx.transactionAt,
      validateCode: code,
    },
  };
}
