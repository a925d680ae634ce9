"use server";

import type { OpenLoyaltyTransaction } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { activateCard } from "@/lib/providers/open-loyalty/operations/card";
import { addTip, issuePoints, pay, redeemPoints, topUp, voidTransaction } from "@/lib/providers/open-loyalty/operations/money-moves";
import { reconcileTransaction } from "@/lib/providers/open-loyalty/operations/reconcile";
import { transactionDto } from "@/lib/providers/open-loyalty/operations/transaction-record";
import { activateSchema, paySchema, pointsSchema, tipSchema, topUpSchema, transactionIdSchema } from "./prepaid.validation";

/** The record for the browser (card masked), after the card's and the record's pages are refreshed. */
function answer(tx: OpenLoyaltyTransaction) {
  revalidatePath(`/prepaid/cards/${tx.accountId}`);
  revalidatePath(`/prepaid/transactions/${tx.id}`);
  return transactionDto(tx);
}

export const activateCardAction = defineAction({
  name: "openloyalty.card.activate",
  permission: "openLoyalty.cards.activate",
  input: activateSchema,
  handler: async ({ accountId, entryType, email, ...customer }, actor) => {
    const card = await activateCard({ accountId, entryType, customerInfo: { ...customer, ...(email ? { email } : {}) } }, actor);
    revalidatePath(`/prepaid/cards/${accountId}`);
    return { accountMasked: card.accountMasked };
  },
});

export const topUpAction = defineAction({
  name: "openloyalty.transaction.top-up",
  permission: "openLoyalty.money.move",
  input: topUpSchema,
  handler: async (input, actor) => answer(await topUp(input, actor)),
});

export const payAction = defineAction({
  name: "openloyalty.transaction.pay",
  permission: "openLoyalty.money.move",
  input: paySchema,
  handler: async (input, actor) => answer(await pay(input, actor)),
});

export const tipAction = defineAction({
  name: "openloyalty.transaction.tip",
  permission: "openLoyalty.money.move",
  input: tipSchema,
  handler: async (input, actor) => answer(await addTip(input, actor)),
});

export const voidAction = defineAction({
  name: "openloyalty.transaction.void",
  permission: "openLoyalty.money.move",
  input: transactionIdSchema,
  handler: async (input, actor) => answer(await voidTransaction(input, actor)),
});

export const issuePointsAction = defineAction({
  name: "openloyalty.points.issue",
  permission: "openLoyalty.points.move",
  input: pointsSchema,
  handler: async (input, actor) => answer(await issuePoints(input, actor)),
});

export const redeemPointsAction = defineAction({
  name: "openloyalty.points.redeem",
  permission: "openLoyalty.points.move",
  input: pointsSchema,
  handler: async (input, actor) => answer(await redeemPoints(input, actor)),
});

export const reconcileAction = defineAction({
  name: "openloyalty.transaction.reconcile",
  permission: "openLoyalty.reconcile",
  input: transactionIdSchema,
  handler: async (input, actor) => {
    const { transaction, finding } = await reconcileTransaction(input, actor);
    return { transaction: answer(transaction), finding };
  },
});
