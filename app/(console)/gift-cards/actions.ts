"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Staff } from "@/lib/auth/session";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { refreshOrder, refundOrder, revealCredentials, voidOrder } from "@/lib/providers/ktn/operations/order-actions";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { reconcileOrder } from "@/lib/providers/ktn/operations/reconcile";
import type { RequestContext } from "@/lib/request-context";
import { orderIdSchema, purchaseSchema, refundSchema } from "./gift-cards.validation";

const who = (staff: Staff, request: RequestContext) => ({
  actor: { id: staff.id, email: staff.email, role: staff.role },
  context: request,
});

function revalidateOrder(id: string) {
  revalidatePath("/gift-cards/orders");
  revalidatePath(`/gift-cards/orders/${id}`);
}

export const purchaseGiftCardAction = defineAction({
  name: "ktn.order.purchase",
  permission: "giftCards.purchase",
  input: purchaseSchema,
  handler: async (input, { staff, request }) => {
    const order = await purchaseGiftCard(input, staff, request);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const reconcileOrderAction = defineAction({
  name: "ktn.order.reconcile",
  permission: "giftCards.reconcile",
  input: orderIdSchema,
  handler: async ({ orderId }, { staff, request }) => {
    const { actor, context } = who(staff, request);
    const order = await reconcileOrder(orderId, actor, context);
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const refreshOrderAction = defineAction({
  name: "ktn.order.refresh",
  permission: "giftCards.refresh",
  input: orderIdSchema,
  handler: async ({ orderId }, { staff, request }) => {
    const order = await refreshOrder(orderId, who(staff, request));
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const revealCredentialsAction = defineAction({
  name: "ktn.order.credentials-reveal",
  permission: "giftCards.credentials.reveal",
  input: orderIdSchema,
  handler: async ({ orderId }, { staff, request }) => revealCredentials(orderId, who(staff, request)),
});

export const refundOrderAction = defineAction({
  name: "ktn.order.refund",
  permission: "giftCards.refund",
  input: refundSchema,
  handler: async ({ orderId, reason }, { staff, request }) => {
    const order = await refundOrder(orderId, reason, who(staff, request));
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});

export const voidOrderAction = defineAction({
  name: "ktn.order.void",
  permission: "giftCards.void",
  input: orderIdSchema,
  handler: async ({ orderId }, { staff, request }) => {
    const order = await voidOrder(orderId, who(staff, request));
    revalidateOrder(order.id);
    return toOrderDto(order);
  },
});
