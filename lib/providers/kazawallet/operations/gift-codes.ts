import type { KazawalletRequest } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import { historyOf, requestTarget } from "./requests";

/** `****1234`: how a gift code appears after it was shown once. */
export const maskedGiftCode = (last4: string | null) => (last4 ? `****${last4}` : "—");

/**
 * Creates a gift code (POST /gift-card/create `{giftCardCurrency, amount}`; no expiry is sent,
 * Kazawallet fixes it at one year). The record is written first; the code is returned this once
 * and only its last 4 characters are kept. A lost answer leaves it UNKNOWN: the code can never be
 * shown (Kazawallet has no read for it), which the record says.
 * @returns the record and the code (null when the answer was lost).
 * @throws ProviderError when refused.
 */
export async function createGiftCode(input: { currency: string; amount: string }, actor: Actor): Promise<{ record: KazawalletRequest; code: string | null }> {
  const amount = new Decimal(input.amount).toFixed(2);
  const record = await db.kazawalletRequest.create({
    data: { kind: "GIFT_CODE", currency: input.currency, amount, status: "REQUESTED", history: [{ status: "REQUESTED", at: new Date().toISOString(), source: "console" }], createdById: actor.staff?.id ?? null, createdByEmail: actor.staff?.email ?? null },
  });
  let code: string | null = null;
  const body = { giftCardCurrency: input.currency, amount };
  await auditedWrite({ actor, action: "kazawallet.gift-code.create", provider: "kazawallet", target: requestTarget(record), request: body }, () => providerClient("kazawallet").createGiftCard(body), {
    onSuccess: (tx, r) => {
      code = r.giftCard.code;
      return tx.kazawalletRequest.update({
        where: { id: record.id },
        data: { status: "created", codeLast4: r.giftCard.code.slice(-4), expiresAt: new Date(r.giftCard.expiresAt), history: [...historyOf(record), { status: "created", at: new Date().toISOString(), source: "kazawallet" }] },
      });
    },
    onProviderError: async (tx, error) => {
      await tx.kazawalletRequest.update({
        where: { id: record.id },
        data: { status: error.outcome === "unknown" ? "UNKNOWN" : "FAILED", lastErrorCode: error.code, lastErrorMessage: error.outcome === "unknown" ? "The answer was lost: the code, if one was made, cannot be shown." : error.message },
      });
    },
    responseSummary: (r) => ({ codeLast4: r.giftCard.code.slice(-4), expiresAt: r.giftCard.expiresAt }),
  });
  return { record: await db.kazawalletRequest.findUniqueOrThrow({ where: { id: record.id } }), code };
}

/**
 * Redeems a gift code for a user (POST /gift-card/redeem `{giftCardCode, userEmail}`), recorded as
 * GIFT_REDEEM with only the code's last 4 characters.
 * @throws ProviderError when refused (unknown, redeemed, expired code).
 */
export async function redeemGiftCode(input: { code: string; userEmail: string }, actor: Actor): Promise<KazawalletRequest> {
  const record = await db.kazawalletRequest.create({
    data: { kind: "GIFT_REDEEM", email: input.userEmail, currency: "—", amount: "0", codeLast4: input.code.slice(-4), status: "REQUESTED", history: [{ status: "REQUESTED", at: new Date().toISOString(), source: "console" }], createdById: actor.staff?.id ?? null, createdByEmail: actor.staff?.email ?? null },
  });
  const body = { giftCardCode: input.code, userEmail: input.userEmail };
  await auditedWrite({ actor, action: "kazawallet.gift-code.redeem", provider: "kazawallet", target: requestTarget(record), request: { codeLast4: input.code.slice(-4), userEmail: input.userEmail } }, () => providerClient("kazawallet").redeemGiftCard(body), {
    onSuccess: (tx, r) =>
      tx.kazawalletRequest.update({
        where: { id: record.id },
        data: { status: "redeemed", amount: r.redeemed.amount.toFixed(2), currency: r.redeemed.currency, history: [...historyOf(record), { status: "redeemed", at: new Date().toISOString(), source: "kazawallet" }] },
      }),
    onProviderError: async (tx, error) => {
      await tx.kazawalletRequest.update({ where: { id: record.id }, data: { status: error.outcome === "unknown" ? "UNKNOWN" : "FAILED", lastErrorCode: error.code, lastErrorMessage: error.message } });
    },
  });
  return db.kazawalletRequest.findUniqueOrThrow({ where: { id: record.id } });
}
