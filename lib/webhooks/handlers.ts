import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import { kazawalletWebhooks } from "@/lib/providers/kazawallet/webhooks";
import { type ProviderSlug } from "@/lib/providers/slugs";
import type { WebhookHandler } from "./types";

/** Every provider whose webhooks the inbox receives and can re-process. */
const HANDLERS: Partial<Record<ProviderSlug, WebhookHandler>> = {
  kard: kardWebhooks,
  kazawallet: kazawalletWebhooks,
};

export function webhookHandlerFor(provider: string): WebhookHandler | undefined {
  return Object.hasOwn(HANDLERS, provider) ? HANDLERS[provider as ProviderSlug] : undefined;
}
