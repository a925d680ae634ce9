import { randomUUID } from "node:crypto";
import type { Prisma, WebhookEvent } from "@prisma/client";
import { bulkInsert } from "@/lib/db-bulk";
import type { SignatureStatus, WebhookStatus } from "./types";

/** One delivery as it is first stored. */
export interface DeliveryRecord {
  provider: string;
  eventId: string;
  type: string;
  signatureStatus: SignatureStatus;
  status: WebhookStatus;
  rawBody: string;
  /** JSON object of the kept headers (see headersToStore). */
  headers: string;
  relatedUserId?: string | null;
  relatedRecord?: string | null;
  error?: string | null;
  /** SHA-256 hex and UTF-8 size of the whole body as received (rawBody may hold only its start). */
  bodySha256?: string | null;
  bodyBytes?: number | null;
}

/**
 * Stores a delivery once per (provider, eventId): the first creates the row, any later one only
 * increments `deliveries` and leaves the stored body, headers and status as they were.
 * `duplicate` is true when the row already existed. One `INSERT … ON CONFLICT DO UPDATE`
 * (Prisma's database upsert on a compound unique key), so two deliveries racing in separate
 * processes still make one row: the database's unique constraint settles it.
 */
export async function storeDelivery(
  client: Prisma.TransactionClient,
  record: DeliveryRecord,
): Promise<{ event: WebhookEvent; duplicate: boolean }> {
  const event = await client.webhookEvent.upsert({
    where: { provider_eventId: { provider: record.provider, eventId: record.eventId } },
    create: record,
    update: { deliveries: { increment: 1 } },
  });
  return { event, duplicate: event.deliveries > 1 };
}

const keyOf = (r: Pick<DeliveryRecord, "provider" | "eventId">) => `${r.provider}\u0000${r.eventId}`;

function newEvent(record: DeliveryRecord, receivedAt: Date): WebhookEvent {
  return {
    id: randomUUID(),
    provider: record.provider,
    eventId: record.eventId,
    type: record.type,
    signatureStatus: record.signatureStatus,
    status: record.status,
    rawBody: record.rawBody,
    headers: record.headers,
    relatedUserId: record.relatedUserId ?? null,
    relatedRecord: record.relatedRecord ?? null,
    error: record.error ?? null,
    deliveries: 1,
    receivedAt,
    processedAt: null,
    bodySha256: record.bodySha256 ?? null,
    bodyBytes: record.bodyBytes ?? null,
  };
}

/**
 * storeDelivery for many deliveries in one transaction (the inbox's group commit): one query
 * finds the rows already stored, one bulk insert (lib/db-bulk.ts) creates the new ones, one UPDATE per
 * repeat count increments `deliveries`. Deliveries of the same event within `records` count as
 * repeats of the first. Results are in the order of `records`, each event as storeDelivery
 * would have returned it at that point. A row inserted meanwhile by another connection makes
 * the INSERT fail on the unique key: the caller then stores each delivery with storeDelivery.
 */
export async function storeDeliveries(
  client: Prisma.TransactionClient,
  records: DeliveryRecord[],
): Promise<{ event: WebhookEvent; duplicate: boolean }[]> {
  const providers = [...new Set(records.map((r) => r.provider))];
  const existing = await client.webhookEvent.findMany({
    where: { OR: providers.map((provider) => ({ provider, eventId: { in: records.filter((r) => r.provider === provider).map((r) => r.eventId) } })) },
  });
  const known = new Map(existing.map((event) => [keyOf(event), event]));
  const increments = new Map<string, number>();
  const created: WebhookEvent[] = [];
  const receivedAt = new Date();
  const results = records.map((record) => {
    const found = known.get(keyOf(record));
    if (found) {
      // A row created by this call is inserted with its count; a stored one is incremented.
      found.deliveries += 1;
      if (!created.includes(found)) increments.set(found.id, (increments.get(found.id) ?? 0) + 1);
      return { event: { ...found }, duplicate: true };
    }
    const event = newEvent(record, receivedAt);
    known.set(keyOf(record), event);
    created.push(event);
    return { event: { ...event }, duplicate: false };
  });
  await bulkInsert(client, "WebhookEvent", created, (tx, data) => tx.webhookEvent.createMany({ data }));
  const byCount = new Map<number, string[]>();
  for (const [id, count] of increments) byCount.set(count, [...(byCount.get(count) ?? []), id]);
  for (const [count, ids] of byCount) await client.webhookEvent.updateMany({ where: { id: { in: ids } }, data: { deliveries: { increment: count } } });
  return results;
}
