import { type KardTransport, segment } from "../transport";
import {
  type KardSubscriptionAttributes,
  type KardSubscriptionUpdate,
  type KardSubscriptionsQuery,
  createSubscriptionsRequestSchema,
  subscriptionResponseSchema,
  subscriptionsQuerySchema,
  subscriptionsResponseSchema,
  updateSubscriptionRequestSchema,
} from "../schemas/subscriptions";

/** Webhook subscriptions: one `webhookUrl` per event type. Source: guide "Notifications". */
export function notificationsApi(transport: KardTransport) {
  return {
    /**
     * `GET …/subscriptions` (optionally `filter[eventName]`) → `{data:[{type:"subscription", id,
     * attributes:{eventName, webhookUrl, enabled}}]}`. Scope notifications:read.
     * Source: "Get Subscriptions". @throws ProviderError.
     */
    async getSubscriptions(query?: KardSubscriptionsQuery) {
      return transport.call({
        endpoint: "getSubscriptions",
        method: "GET",
        path: "/subscriptions",
        query: { schema: subscriptionsQuerySchema, value: query ?? {} },
        response: subscriptionsResponseSchema,
      });
    },

    /**
     * Subscribes to notification events: `POST …/subscriptions` `{data:[{type:"subscription",
     * attributes}]}` → 201 `{data:[subscription]}`. Scope notifications:write.
     * Source: "Create Subscription". @throws ProviderError (409 when one already exists).
     */
    async createSubscriptions(subscriptions: KardSubscriptionAttributes[]) {
      return transport.call({
        endpoint: "createSubscriptions",
        method: "POST",
        path: "/subscriptions",
        body: {
          schema: createSubscriptionsRequestSchema,
          value: { data: subscriptions.map((attributes) => ({ type: "subscription", attributes })) },
        },
        response: subscriptionsResponseSchema,
      });
    },

    /**
     * Changes any of `eventName`, `webhookUrl`, `enabled`: `PATCH …/subscriptions/{subscriptionId}`
     * `{data:{type:"subscription", attributes}}` → 200 `{data:subscription}`.
     * Scope notifications:write. Source: "Update Subscription". @throws ProviderError (404).
     */
    async updateSubscription(subscriptionId: string, attributes: KardSubscriptionUpdate) {
      return transport.call({
        endpoint: "updateSubscription",
        method: "PATCH",
        path: `/subscriptions/${segment(subscriptionId)}`,
        body: { schema: updateSubscriptionRequestSchema, value: { data: { type: "subscription", attributes } } },
        response: subscriptionResponseSchema,
      });
    },
  };
}
