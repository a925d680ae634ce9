"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createSubscription, pointAllAtConsole, updateSubscription } from "@/lib/providers/kard/operations/subscriptions";
import { changeSubscriptionUrlSchema, createSubscriptionSchema, pointAllSchema, setSubscriptionEnabledSchema } from "./subscriptions.validation";

const PAGE = "/kard/subscriptions";

export const createSubscriptionAction = defineAction({
  name: "kard.subscription.create",
  permission: "kard.subscriptions.manage",
  input: createSubscriptionSchema,
  handler: async (input, actor) => {
    const subscription = await createSubscription(input, actor);
    revalidatePath(PAGE);
    return subscription;
  },
});

export const setSubscriptionEnabledAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: setSubscriptionEnabledSchema,
  handler: async (input, actor) => {
    const subscription = await updateSubscription(input, actor);
    revalidatePath(PAGE);
    return subscription;
  },
});

export const changeSubscriptionUrlAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: changeSubscriptionUrlSchema,
  handler: async (input, actor) => {
    const subscription = await updateSubscription(input, actor);
    revalidatePath(PAGE);
    return subscription;
  },
});

export const pointAllAtConsoleAction = defineAction({
  name: "kard.subscription.update",
  permission: "kard.subscriptions.manage",
  input: pointAllSchema,
  handler: async (input, actor) => {
    const result = await pointAllAtConsole(input, actor);
    revalidatePath(PAGE);
    return result;
  },
});
