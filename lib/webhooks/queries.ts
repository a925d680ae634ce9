import type { Prisma, WebhookEvent } from "@prisma/client";
import { db } from "@/lib/db";
import { PROVIDER_SLUGS, type ProviderSlug } from "@/lib/providers/slugs";
import { providerName } from "@/lib/providers/registry";
import type { WebhookFilter } from "./filters";
import { parseRelatedRecord, relatedUserHref } from "./related";
import type { RelatedRecord } from "./types";

/** How many events the inbox shows at once (newest first); the filters narrow it down. */
export const INBOX_LIMIT = 200;

/** One inbox row as the browser gets it: no body, no headers (the detail page shows those). */
export interface WebhookEventRow {
  id: string;
  provider: string;
  providerName: string;
  eventId: string;
  type: string;
  signatureStatus: string;
  status: string;
  relatedUserId: string | null;
  /** The console page of the related user, where there is one (Kard: /kard/users/<id>). */
  relatedUserHref: string | null;
  relatedRecord: RelatedRecord | null;
  deliveries: number;
  /** ISO 8601. */
  receivedAt: string;
  processedAt: string | null;
  error: string | null;
}

type ListedEvent = Omit<WebhookEvent, "rawBody" | "headers" | "bodySha256" | "bodyBytes">;

const LIST_SELECT = {
  id: true,
  provider: true,
  eventId: true,
  type: true,
  signatureStatus: true,
  status: true,
  relatedUserId: true,
  relatedRecord: true,
  error: true,
  deliveries: true,
  receivedAt: true,
  processedAt: true,
} satisfies Prisma.WebhookEventSelect;

export function displayProviderName(provider: string): string {
  return (PROVIDER_SLUGS as readonly string[]).includes(provider) ? providerName(provider as ProviderSlug) : provider;
}

export function toWebhookEventRow(event: ListedEvent): WebhookEventRow {
  return {
    id: event.id,
    provider: event.provider,
    providerName: displayProviderName(event.provider),
    eventId: event.eventId,
    type: event.type,
    signatureStatus: event.signatureStatus,
    status: event.status,
    relatedUserId: event.relatedUserId,
    relatedUserHref: relatedUserHref(event.provider, event.relatedUserId),
    relatedRecord: parseRelatedRecord(event.relatedRecord),
    deliveries: event.deliveries,
    receivedAt: event.receivedAt.toISOString(),
    processedAt: event.processedAt?.toISOString() ?? null,
    error: event.error,
  };
}

/** Events of every provider matching `filter`, newest first, at most `limit`. */
export async function listWebhookEvents(filter: WebhookFilter, limit = INBOX_LIMIT): Promise<{ events: WebhookEventRow[]; truncated: boolean }> {
  const rows = await db.webhookEvent.findMany({
    where: filter,
    select: LIST_SELECT,
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  return { events: rows.slice(0, limit).map(toWebhookEventRow), truncated: rows.length > limit };
}

/**
 * The providers and types present in the inbox, for the filter menus. Read as a loose index scan
 * of the (provider, type, …) index: each step seeks the next distinct pair, so the cost follows
 * the number of pairs, not of events (a GROUP BY reads every index entry).
 */
export async function webhookFacets(): Promise<{ providers: string[]; types: string[] }> {
  const groups = await db.$queryRaw<{ provider: string; type: string }[]>`
    WITH RECURSIVE pair(provider, type) AS (
      SELECT * FROM (SELECT provider, type FROM "WebhookEvent" ORDER BY provider, type LIMIT 1)
      UNION ALL
      SELECT
        COALESCE(
          (SELECT w.provider FROM "WebhookEvent" w WHERE w.provider = pair.provider AND w.type > pair.type LIMIT 1),
          (SELECT MIN(w.provider) FROM "WebhookEvent" w WHERE w.provider > pair.provider)),
        COALESCE(
          (SELECT MIN(w.type) FROM "WebhookEvent" w WHERE w.provider = pair.provider AND w.type > pair.type),
          (SELECT MIN(w.type) FROM "WebhookEvent" w WHERE w.provider = (SELECT MIN(v.provider) FROM "WebhookEvent" v WHERE v.provider > pair.provider)))
      FROM pair WHERE pair.provider IS NOT NULL
    )
    SELECT provider, type FROM pair WHERE provider IS NOT NULL`;
  const sorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { providers: sorted(groups.map((g) => g.provider)), types: sorted(groups.map((g) => g.type)) };
}

/** One stored event with its body and headers, for the event page; null when there is none. */
export function webhookEventById(id: string): Promise<WebhookEvent | null> {
  return db.webhookEvent.findUnique({ where: { id } });
}
