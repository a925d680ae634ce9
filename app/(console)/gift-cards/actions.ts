"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { refreshOrder, refundOrder, revealCredentials, voidOrder } from "@/lib/providers/ktn/operations/order-actions";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { reconcileOrder } from "@/lib/providers/ktn/operations/reconcile";
import { orderIdSchema, purchaseSchema, refundSchema } from "./gift-cards.validation";

function revalidateOrder(id: string) {
  revalidatePath("/gift-cards/orders");
  revalidatePath(`/gift-cards/orders/${id}`);
}

export const purchaseGiftCardAction = defineAction({
  name: "ktn.order.purchase",
  permission: "giftCards.purchase",
  input: purchaseSchema,
  handler: async (input, actor) => {
    const order = await purchaseGiftCard(input, actor);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const reconcileOrderAction = defineAction({
  name: "ktn.order.reconcile",
  permission: "giftCards.reconcile",
  input: orderIdSchema,
  handler: async (input, actor) => {
    const order = await reconcileOrder(input, actor);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const refreshOrderAction = defineAction({
  name: "ktn.order.refresh",
  permission: "giftCards.refresh",
  input: orderIdSchema,
  handler: async (input, actor) => {
    const order = await refreshOrder(input, actor);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const revealCredentialsAction = defineAction({
  name: "ktn.order.credentials-reveal",
  permission: "giftCards.credentials.reveal",
  input: orderIdSchema,
  handler: revealCredentials,
});

export const refundOrderAction = defineAction({
  name: "ktn.order.refund",
  permission: "giftCards.refund",
  input: refundSchema,
  handler: async (input, actor) => {
    const order = await refundOrder(input, actor);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const voidOrderAction = defineAction({
  name: "ktn.order.void",
  permission: "giftCards.void",
  input: orderIdSchema,
  handler: async (input, actor) => {
    const order = await voidOrder(input, actor);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});
