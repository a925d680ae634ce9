import { z } from "zod";
import { webhookUrlSchema } from "@/lib/providers/kard/operations/subscriptions";
import { notificationTypeSchema } from "@/lib/providers/kard/schemas/common";

const subscriptionId = z.string().trim().min(1).max(64);
const webhookUrl = z.string().trim().max(2048, "Use a URL of at most 2048 characters.").pipe(webhookUrlSchema);

export const createSubscriptionSchema = z.object({
  eventName: notificationTypeSchema,
  webhookUrl,
  enabled: z.boolean(),
});
export type CreateSubscriptionInput = z.input<typeof createSubscriptionSchema>;

export const setSubscriptionEnabledSchema = z.object({ subscriptionId, enabled: z.boolean() });

export const changeSubscriptionUrlSchema = z.object({ subscriptionId, webhookUrl });

export const pointAllSchema = z.object({});
