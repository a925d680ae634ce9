import { z } from "zod";
import { notificationTypeSchema } from "./common";

/** Source: `notifications.subscriptions.SubscriptionRequestAttributes` (one webhook URL per event type). */
const subscriptionAttributesSchema = z.strictObject({
  eventName: notificationTypeSchema,
  webhookUrl: z.url(),
  enabled: z.boolean(),
});
export type KardSubscriptionAttributes = z.input<typeof subscriptionAttributesSchema>;

/** Source: "Create Subscription" request `SubscriptionRequestBody`. */
export const createSubscriptionsRequestSchema = z.strictObject({
  data: z.array(z.strictObject({ type: z.literal("subscription"), attributes: subscriptionAttributesSchema })).min(1),
});

const subscriptionUpdateSchema = subscriptionAttributesSchema.partial();
export type KardSubscriptionUpdate = z.input<typeof subscriptionUpdateSchema>;

/** Every attribute optional. Source: "Update Subscription" request `UpdateSubscriptionRequestBody` (no `id` in the body). */
export const updateSubscriptionRequestSchema = z.strictObject({
  data: z.strictObject({ type: z.literal("subscription"), attributes: subscriptionUpdateSchema }),
});

const subscriptionSchema = z.object({
  type: z.literal("subscription"),
  id: z.string(),
  attributes: z.object({ eventName: notificationTypeSchema, webhookUrl: z.string(), enabled: z.boolean() }),
});
export type KardSubscription = z.infer<typeof subscriptionSchema>;

/** Source: "Get Subscriptions" 200 and "Create Subscription" 201 (`{data:[subscription…]}`). */
export const subscriptionsResponseSchema = z.object({ data: z.array(subscriptionSchema) });

/** Source: "Update Subscription" 200 `UpdateSubscriptionsResponseObject`. */
export const subscriptionResponseSchema = z.object({ data: subscriptionSchema });

/** Source: "Get Subscriptions" parameter `filter[eventName]`. */
export const subscriptionsQuerySchema = z.strictObject({
  filter: z.strictObject({ eventName: notificationTypeSchema.optional() }).optional(),
});
export type KardSubscriptionsQuery = z.input<typeof subscriptionsQuerySchema>;
