import { z } from "zod";
import { type KardNotificationPayload, notificationPayloadSchema } from "./schemas/webhooks";

/** What the console's webhook inbox stores for one Kard notification. */
export interface KardWebhookEvent {
  /** The notification's `data.id`: Kard's idempotency key for the delivery. */
  eventId: string;
  /** `data.type`: a NotificationType, or a newer type Kard added since 2024-10-01. */
  type: string;
  /** `relationships.user.data.id`, the issuer's user ID, when the notification names one. */
  userId?: string;
  /**
   * The record the notification is about: the transaction (earned reward, valid / failed
   * transaction, clawback), the audit (auditUpdate) or the file (fileProcessingResult, by name).
   */
  relatedRecord?: { type: string; id: string };
  /** The body parsed against the spec; undefined when it deviates from it (still stored). */
  notification?: KardNotificationPayload;
}

export type KardWebhookParseResult = { ok: true; event: KardWebhookEvent } | { ok: false; reason: string };

const relationship = z.object({ data: z.object({ type: z.string(), id: z.string() }) });

/**
 * The least a notification must carry to be stored: a `data` object with `id` and `type`.
 * Everything else is read when present, so a delivery shaped like the guide's older examples
 * (no `transaction` relationship) or of a type newer than the spec is kept rather than refused.
 */
const envelopeSchema = z.object({
  data: z.object({
    id: z.string().min(1),
    type: z.string().min(1),
    attributes: z.record(z.string(), z.unknown()).optional(),
    relationships: z.record(z.string(), z.unknown()).optional(),
  }),
});

function relatedId(relationships: Record<string, unknown> | undefined, name: string) {
  const parsed = relationship.safeParse(relationships?.[name]);
  return parsed.success ? parsed.data.data : undefined;
}

function relatedRecordOf(data: z.infer<typeof envelopeSchema>["data"]): KardWebhookEvent["relatedRecord"] {
  if (data.type === "auditUpdate") return relatedId(data.relationships, "audit");
  if (data.type === "fileProcessingResult") {
    const fileName = data.attributes?.fileName;
    return typeof fileName === "string" ? { type: "file", id: fileName } : undefined;
  }
  return relatedId(data.relationships, "transaction");
}

/**
 * Reads a verified notification webhook body (parse the JSON of the raw body whose signature
 * was checked) into what the inbox stores. Liberal on purpose: Kard retries deliveries we
 * refuse, and the guide's own examples omit members the spec requires, so only a missing
 * `data.id` / `data.type` makes a body unusable. `notification` is set when the body also
 * matches the spec exactly.
 * Source: Notification Webhook `NotificationPayload`; guide "Notifications" (idempotency by `id`).
 */
export function parseKardWebhookEvent(body: unknown): KardWebhookParseResult {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, reason: "body is not a Kard notification: data.id and data.type are required" };
  const { data } = envelope.data;
  const strict = notificationPayloadSchema.safeParse(body);
  return {
    ok: true,
    event: {
      eventId: data.id,
      type: data.type,
      userId: relatedId(data.relationships, "user")?.id,
      relatedRecord: relatedRecordOf(data),
      notification: strict.success ? strict.data : undefined,
    },
  };
}
