import type { WebhookFilter } from "@/lib/webhooks/filters";

/** TanStack Query keys of the webhook inbox. */
export const webhookKeys = {
  all: ["webhooks"] as const,
  list: (filter: WebhookFilter) => ["webhooks", "list", filter] as const,
};
