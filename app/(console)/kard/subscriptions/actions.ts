"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { Staff } from "@/lib/auth/session";
import { createSubscription, pointAllAtConsole, updateSubscription } from "@/lib/providers/kard/operations/subscriptions";
import type { RequestContext } from "@/lib/request-context";
import { changeSubscriptionUrlSchema, createSubscriptionSchema, pointAllSchema, setSubscriptionEnabledSchema } from "./subscriptions.validation";

const who = (staff: Staff, request: RequestContext) => ({
  actor: { id: staff.id, email: staff.email, role: staff.role },
  context: request,
});

const PAGE = "/kard/subscriptions";

export const createSubscriptionAction = defineAction({
  name: "kard.subscription.create",
  permission: "kard.subscriptions.manage",
  input: createSubscriptionSchema,
  handler: async (input, { staff, request }) => {
    const subscription = await createSubscription(input, who(staff, request));
    revalidatePath(PAGE);
    return subscription;
  },
});

export const setSubscriptionEnabledAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: setSubscriptionEnabledSchema,
  handler: async ({ subscriptionId, enabled }, { staff, request }) => {
    const subscription = await updateSubscription(subscriptionId, { enabled }, who(staff, request));
    revalidatePath(PAGE);
    return subscription;
  },
});

export const changeSubscriptionUrlAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: changeSubscriptionUrlSchema,
  handler: async ({ subscriptionId, webhookUrl }, { staff, request }) => {
    const subscription = await updateSubscription(subscriptionId, { webhookUrl }, who(staff, request));
    revalidatePath(PAGE);
    return subscription;
  },
});

export const pointAllAtConsoleAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: pointAllSchema,
  handler: async (_input, { staff, request }) => {
    const result = await pointAllAtConsole(who(staff, request));
    revalidatePath(PAGE);
    return result;
  },
});
