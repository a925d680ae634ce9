import type { Prisma, WebhookEvent } from "@prisma/client";
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
