"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { validateThreeDs } from "@/lib/providers/kazawallet/operations/card-events";
import { cancelCard, lockCard, unlockCard } from "@/lib/providers/kazawallet/operations/card-state";
import { createGiftCode, redeemGiftCode } from "@/lib/providers/kazawallet/operations/gift-codes";
import { issueCard, retryIssue } from "@/lib/providers/kazawallet/operations/issue";
import { createPaymentLink } from "@/lib/providers/kazawallet/operations/payment-links";
import { paymentMethodFields } from "@/lib/providers/kazawallet/operations/queries";
import { reconcileIssue, reconcileTopUp } from "@/lib/providers/kazawallet/operations/reconcile";
import { createPaymentRequest } from "@/lib/providers/kazawallet/operations/requests";
import { resolveRequest } from "@/lib/providers/kazawallet/operations/resolve-request";
import { retryTopUp, topUpCard } from "@/lib/providers/kazawallet/operations/top-up";
import {
  cardRecordSchema,
  giftCreateSchema,
  giftRedeemSchema,
  issueCardSchema,
  methodFieldsSchema,
  paymentLinkSchema,
  payoutSchema,
  resolveRequestSchema,
  threeDsSchema,
  topUpRecordSchema,
  topUpSchema,
} from "./wallet.validation";

function revalidateCard(cardRecordId: string) {
  revalidatePath("/wallet");
  revalidatePath(`/wallet/cards/${cardRecordId}`);
}

/** What the browser gets back for a card: its id and state (the page re-reads the rest). */
function cardAnswer(card: { id: string; status: string }) {
  revalidateCard(card.id);
  return { id: card.id, status: card.status };
}

/** What the browser gets back for a top-up: its id and state; its card's pages are re-read. */
function topUpAnswer(topUp: { id: string; status: string; cardRecordId: string }) {
  revalidateCard(topUp.cardRecordId);
  return { id: topUp.id, status: topUp.status };
}

export const issueCardAction = defineAction({
  name: "kazawallet.card.issue",
  permission: "kazawallet.cards.issue",
  input: issueCardSchema,
  handler: async (input, actor) => cardAnswer(await issueCard(input, actor)),
});

export const retryIssueAction = defineAction({
  name: "kazawallet.card.issue",
  permission: "kazawallet.cards.issue",
  input: cardRecordSchema,
  handler: async (input, actor) => cardAnswer(await retryIssue(input, actor)),
});

export const reconcileIssueAction = defineAction({
  name: "kazawallet.card.reconcile",
  permission: "kazawallet.cards.reconcile",
  input: cardRecordSchema,
  handler: async (input, actor) => cardAnswer(await reconcileIssue(input, actor)),
});

export const topUpCardAction = defineAction({
  name: "kazawallet.card.top-up",
  permission: "kazawallet.cards.topUp",
  input: topUpSchema,
  handler: async (input, actor) => topUpAnswer(await topUpCard(input, actor)),
});

export const retryTopUpAction = defineAction({
  name: "kazawallet.card.top-up",
  permission: "kazawallet.cards.topUp",
  input: topUpRecordSchema,
  handler: async (input, actor) => topUpAnswer(await retryTopUp(input, actor)),
});

export const reconcileTopUpAction = defineAction({
  name: "kazawallet.card.reconcile",
  permission: "kazawallet.cards.reconcile",
  input: topUpRecordSchema,
  handler: async (input, actor) => topUpAnswer(await reconcileTopUp(input, actor)),
});

export const lockCardAction = defineAction({
  name: "kazawallet.card.lock",
  permission: "kazawallet.cards.lock",
  input: cardRecordSchema,
  handler: async (input, actor) => cardAnswer(await lockCard(input, actor)),
});

export const unlockCardAction = defineAction({
  name: "kazawallet.card.unlock",
  permission: "kazawallet.cards.lock",
  input: cardRecordSchema,
  handler: async (input, actor) => cardAnswer(await unlockCard(input, actor)),
});

export const cancelCardAction = defineAction({
  name: "kazawallet.card.cancel",
  permission: "kazawallet.cards.cancel",
  input: cardRecordSchema,
  handler: async (input, actor) => cardAnswer(await cancelCard(input, actor)),
});

export const validateThreeDsAction = defineAction({
  name: "kazawallet.three-ds.validate",
  permission: "kazawallet.threeDs.validate",
  input: threeDsSchema,
  handler: async (input, actor) => {
    const event = await validateThreeDs(input, actor);
    revalidatePath("/wallet/three-ds");
    return { id: event.id, status: event.threeDsStatus };
  },
});

export const createPaymentLinkAction = defineAction({
  name: "kazawallet.payment-link.create",
  permission: "kazawallet.links.create",
  input: paymentLinkSchema,
  handler: async (input, actor) => {
    const link = await createPaymentLink(input, actor);
    revalidatePath("/wallet/payment-links");
    return { id: link.id, status: link.status, url: link.url };
  },
});

export const createPayoutAction = defineAction({
  name: "kazawallet.request.create",
  permission: "kazawallet.payouts.create",
  input: payoutSchema,
  handler: async (input, actor) => {
    const request = await createPaymentRequest(input, actor);
    revalidatePath("/wallet/payouts");
    return { id: request.id, status: request.status };
  },
});

export const methodFieldsAction = defineAction({
  name: "kazawallet.request.create",
  permission: "kazawallet.payouts.create",
  input: methodFieldsSchema,
  handler: async (input) => {
    const method = await paymentMethodFields(input.paymentMethod, input.kind);
    return { name: method.name, fields: method.fields };
  },
});

export const createGiftCodeAction = defineAction({
  name: "kazawallet.gift-code.create",
  permission: "kazawallet.giftCodes.manage",
  input: giftCreateSchema,
  handler: async (input, actor) => {
    const { record, code } = await createGiftCode(input, actor);
    revalidatePath("/wallet/gift-codes");
    // The one time the whole code leaves the server; afterwards only ****1234.
    return { id: record.id, status: record.status, code, expiresAt: record.expiresAt?.toISOString() ?? null };
  },
});

export const redeemGiftCodeAction = defineAction({
  name: "kazawallet.gift-code.redeem",
  permission: "kazawallet.giftCodes.manage",
  input: giftRedeemSchema,
  handler: async (input, actor) => {
    const record = await redeemGiftCode(input, actor);
    revalidatePath("/wallet/gift-codes");
    return { id: record.id, status: record.status, amount: record.amount.toString(), currency: record.currency };
  },
});

/** Records what Kazawallet said about a request whose answer was lost (audited kazawallet.request.resolve). */
export const resolveRequestAction = defineAction({
  name: "kazawallet.request.resolve",
  permission: "kazawallet.requests.resolve",
  input: resolveRequestSchema,
  handler: async (input, actor) => {
    const request = await resolveRequest(input, actor);
    revalidatePath("/wallet/payouts");
    revalidatePath("/wallet/gift-codes");
    return { id: request.id, status: request.status };
  },
});
