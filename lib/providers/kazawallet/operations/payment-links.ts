import type { KazawalletPaymentLink, Prisma } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import type { PaymentLinkWebhook } from "../schemas/webhooks";

/**
 * How long after creation a link's webhook is expected at the latest (OUR DESIGN: Kazawallet
 * documents no link lifetime). A link still pending past it is flagged for attention: the
 * webhook is sent only once, so a lost one never comes back.
 */
export const LINK_WEBHOOK_EXPECTED_MS = 60 * 60_000;

export const linkTarget = (link: Pick<KazawalletPaymentLink, "id">) => `kazawallet-payment-link:${link.id}`;

export interface CreateLinkInput {
  amount: string;
  currency: string;
  email: string;
  ref?: string;
  redirectUrl?: string;
}

/**
 * Creates a payment link (POST /createPaymentLink, only `x-api-key`): the record REQUESTED before
 * the call, `pending` with Kazawallet's `id` and `url` after it; UNKNOWN when the answer was lost
 * (an unpaid stray link costs nothing, so no reconciliation: create another), FAILED when refused.
 * @throws ProviderError when refused.
 */
export async function createPaymentLink(input: CreateLinkInput, actor: Actor): Promise<KazawalletPaymentLink> {
  const amount = new Decimal(input.amount).toFixed(2);
  const link = await db.kazawalletPaymentLink.create({
    data: {
      amount,
      currency: input.currency,
      email: input.email,
      ref: input.ref || null,
      redirectUrl: input.redirectUrl || null,
      status: "REQUESTED",
      expectedBy: new Date(Date.now() + LINK_WEBHOOK_EXPECTED_MS),
      createdById: actor.staff?.id ?? null,
      createdByEmail: actor.staff?.email ?? null,
    },
  });
  const body = { amount, currency: input.currency, email: input.email, ...(input.ref ? { ref: input.ref } : {}), ...(input.redirectUrl ? { redirectUrl: input.redirectUrl } : {}) };
  await auditedWrite(
    { actor, action: "kazawallet.payment-link.create", provider: "kazawallet", target: linkTarget(link), request: body },
    () => providerClient("kazawallet").createPaymentLink(body),
    {
      onSuccess: (tx, r) => tx.kazawalletPaymentLink.update({ where: { id: link.id }, data: { orderId: r.id, url: r.url, status: "pending" } }),
      onProviderError: async (tx, error) => {
        await tx.kazawalletPaymentLink.update({
          where: { id: link.id },
          data: { status: error.outcome === "unknown" ? "UNKNOWN" : "FAILED", lastErrorCode: error.code, lastErrorMessage: error.message },
        });
      },
    },
  );
  return db.kazawalletPaymentLink.findUniqueOrThrow({ where: { id: link.id } });
}

/**
 * The local effect of a verified payment-link webhook: the pending link with that `order_id`
 * becomes `fulfilled` or `timed_out` with the amount reported. Idempotent (a link already settled
 * is left as it is). A link we do not know changes nothing.
 */
export async function applyLinkWebhook(tx: Prisma.TransactionClient, body: PaymentLinkWebhook, webhookEventId: string) {
  const { count } = await tx.kazawalletPaymentLink.updateMany({
    where: { orderId: body.orderId, status: { in: ["pending", "UNKNOWN"] } },
    data: { status: body.status, paidAmount: body.amount, settledAt: new Date(), webhookEventId },
  });
  return { localChange: count ? "kazawalletPaymentLink.status" : "none", orderId: body.orderId, status: body.status };
}
