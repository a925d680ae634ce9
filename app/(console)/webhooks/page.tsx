import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { appOrigin } from "@/lib/app-origin";
import { filterSearchParams, webhookFilterSchema } from "@/lib/webhooks/filters";
import { displayProviderName, INBOX_LIMIT, listWebhookEvents, webhookFacets } from "@/lib/webhooks/queries";
import { WebhookEventsFeed } from "./webhook-events-feed";
import { WebhookFilters } from "./webhook-filters";

export const metadata: Metadata = { title: "Webhook inbox" };

export default async function WebhookInboxPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePagePermission("webhooks.read");
  const filter = webhookFilterSchema.parse(await searchParams);
  const [page, facets] = await Promise.all([listWebhookEvents(filter), webhookFacets()]);
  const providers = [...new Set([...facets.providers, ...(filter.provider ? [filter.provider] : [])])];
  const types = [...new Set([...facets.types, ...(filter.type ? [filter.type] : [])])];

  return (
    <div className="space-y-6">
      <PageHeader
        title="Webhook inbox"
        description="Every notification the providers sent, newest first: signature check, what it is about, and whether it was applied."
      />
      <WebhookFilters filter={filter} providers={providers.map((value) => ({ value, label: displayProviderName(value) }))} types={types} />
      <WebhookEventsFeed
        filter={filter}
        queryString={filterSearchParams(filter).toString()}
        initial={{ ...page, limit: INBOX_LIMIT }}
        kardWebhookUrl={`${appOrigin()}/api/webhooks/kard`}
      />
    </div>
  );
}
