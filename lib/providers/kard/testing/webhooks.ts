import { createHmac } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { NEW_CUSTOMER } from "./personas";

/** The Kard sandbox's documented webhook key (lib/providers/kard/provider.ts). */
export const SANDBOX_WEBHOOK_KEY = "kard_sandbox_webhook_key";
/** The user the notifications name: the sandbox's new-customer persona. */
export const KARD_USER = NEW_CUSTOMER;
const WEBHOOK_URL = "http://console.test/api/webhooks/kard";

/**
 * A notification body in the spec's shape, as compact JSON (how Kard's recipe signs it):
 * `{data:{type, id, attributes, relationships:{user, transaction}}, meta}`.
 */
export function kardNotification(type: string, id: string, opts: { userId?: string; transactionId?: string; name?: string } = {}): string {
  const relationships: Record<string, unknown> = { user: { data: { type: "user", id: opts.userId ?? KARD_USER } } };
  if (opts.transactionId) relationships.transaction = { data: { type: "transaction", id: opts.transactionId } };
  return JSON.stringify({
    data: {
      type,
      id,
      attributes: { message: `Congrats! You have earned a reward at ${opts.name ?? "BaaS Pro Shops"}!`, name: opts.name ?? "BaaS Pro Shops", attributionUrl: "www.attribution.com/token" },
      relationships,
    },
    meta: { issuerId: "org_sandbox", issuerName: "sandbox" },
  });
}

/** base64(HMAC-SHA256(key, body)), computed here independently of the code under test. */
export function hmacBase64(body: string, key = SANDBOX_WEBHOOK_KEY): string {
  return createHmac("sha256", key).update(body, "utf8").digest("base64");
}

/** A delivery as Kard makes it; `signature: null` sends no signature header. */
export function kardDelivery(body: string, opts: { signature?: string | null; headers?: Record<string, string> } = {}): Request {
  const signature = opts.signature === undefined ? hmacBase64(body) : opts.signature;
  return new Request(WEBHOOK_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature === null ? {} : { "notify-signature": signature }), ...opts.headers },
    body,
  });
}

/** A transaction the console submitted to Kard, as the Kard area stores it. */
export function seedKardTransaction(db: PrismaClient, transactionId: string, opts: { userId?: string; status?: string } = {}) {
  return db.kardTransaction.create({
    data: {
      transactionId,
      userId: opts.userId ?? KARD_USER,
      kind: "transaction",
      status: opts.status ?? "APPROVED",
      amountCents: 10_000,
      currency: "USD",
      description: "BaaS Pro Shops",
      accepted: true,
    },
  });
}

/** Points the Kard provider at live credentials whose webhook key is `key` (undo with clearKardEnv). */
export function configureKardWebhookKey(key: string): void {
  Object.assign(process.env, { KARD_CLIENT_ID: "live-client", KARD_CLIENT_SECRET: "live-secret", KARD_ORGANIZATION_ID: "org_live", KARD_WEBHOOK_KEY: key });
}

export function clearKardEnv(): void {
  for (const name of ["KARD_CLIENT_ID", "KARD_CLIENT_SECRET", "KARD_ORGANIZATION_ID", "KARD_WEBHOOK_KEY"]) delete process.env[name];
}
