import { createHmac, timingSafeEqual } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { providerConfig } from "@/lib/providers/registry";
import type { SignatureStatus, WebhookHandler, WebhookParseResult, WebhookToApply } from "@/lib/webhooks/types";
import { type KardNotificationPayload, notificationPayloadSchema } from "./schemas/webhooks";

/**
 * Kard's notification webhooks, receiver side: the `notify-signature` check, the reading of a
 * notification into what the inbox stores, and its local effect on the console's transactions.
 * Source: guide "Notifications" (event types, "Webhook Authentication", idempotency by `id`),
 * "Notification Webhook" (`notifications.NotificationPayload`).
 */

/** The header Kard puts the webhook signature in (header names are case-insensitive). */
export const KARD_SIGNATURE_HEADER = "notify-signature";

/**
 * Verifies a notification webhook: recomputes HMAC-SHA256(key, rawBody) as base64 and compares
 * it with the `notify-signature` header in constant time (`timingSafeEqual` on equal-length
 * buffers; a length mismatch is INVALID without comparing). Verify the raw body exactly as
 * received: the guide's recipe hashes `JSON.stringify(req.body)`, which equals the raw body only
 * when Kard sends compact JSON, so re-serialising is not done here.
 * Returns MISSING for an absent or empty header (the guide answers 403), INVALID for a mismatch
 * (the guide answers 401), VALID otherwise.
 * Source: guide "Notifications" › "Webhook Authentication" and its Node.js code recipe.
 */
export function verifyKardSignature(rawBody: string, signatureHeader: string | null, key: string): SignatureStatus {
  const received = signatureHeader?.trim();
  if (!received) return "MISSING";
  const expected = Buffer.from(createHmac("sha256", key).update(rawBody, "utf8").digest("base64"), "utf8");
  const given = Buffer.from(received, "utf8");
  if (given.length !== expected.length) return "INVALID";
  return timingSafeEqual(given, expected) ? "VALID" : "INVALID";
}

/** What the console reads out of one Kard notification. */
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
 * Reads a notification body (the JSON of a raw body whose signature was checked). Liberal on
 * purpose: Kard retries deliveries we refuse, and the guide's own examples omit members the spec
 * requires, so only a missing `data.id` / `data.type` makes a body unusable. `notification` is
 * set when the body also matches the spec exactly.
 * Source: Notification Webhook `NotificationPayload`; guide "Notifications" (idempotency by `id`).
 */
export function parseKardWebhookEvent(body: unknown): { ok: true; event: KardWebhookEvent } | { ok: false; reason: string } {
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

/**
 * The local KardTransaction status a notification about that transaction sets. The schema has one
 * `status` column, so the reward lifecycle reported by Kard replaces the status the console set
 * when it submitted the transaction.
 */
const TRANSACTION_STATUS_BY_TYPE = {
  earnedRewardApproved: "REWARD_APPROVED",
  validTransaction: "VALIDATED",
  earnedRewardSettled: "REWARD_SETTLED",
  failedTransaction: "VALIDATION_FAILED",
  clawback: "CLAWED_BACK",
} as const;

type TransactionNotificationStatus = (typeof TRANSACTION_STATUS_BY_TYPE)[keyof typeof TRANSACTION_STATUS_BY_TYPE];

/**
 * How far along a transaction each status is. Kard promises no delivery order, so an older
 * notification arriving late (approved after settled, anything after a clawback) must not move
 * a transaction back; notifications of the same stage replace each other.
 */
const STAGE: Record<TransactionNotificationStatus, number> = {
  REWARD_APPROVED: 1,
  VALIDATED: 2,
  REWARD_SETTLED: 2,
  VALIDATION_FAILED: 2,
  CLAWED_BACK: 3,
};

function statusFor(type: string): TransactionNotificationStatus | undefined {
  return Object.hasOwn(TRANSACTION_STATUS_BY_TYPE, type) ? TRANSACTION_STATUS_BY_TYPE[type as keyof typeof TRANSACTION_STATUS_BY_TYPE] : undefined;
}

function laterThan(status: TransactionNotificationStatus): string[] {
  return (Object.keys(STAGE) as TransactionNotificationStatus[]).filter((other) => STAGE[other] > STAGE[status]);
}

/**
 * Kard's part of the webhook inbox (lib/webhooks/inbox.ts), served at `/api/webhooks/kard`:
 * - verify: `notify-signature` = base64(HMAC-SHA256(webhook key, raw body)), timing-safe, with the
 *   configured key read per delivery (sandbox: kard_sandbox_webhook_key).
 * - parse: event id = `data.id`, type = `data.type`, related user = the `user` relationship,
 *   related record = the transaction (or audit, or file) it concerns; only non-JSON or a body
 *   without `data.id` / `data.type` fails.
 * - apply: a notification about a transaction sets the local KardTransaction rows with that
 *   `transactionId` (and that user, when it names one) to the status of its type, unless a row is
 *   already at a later stage. Idempotent. Other types (auditUpdate, fileProcessingResult, newer
 *   ones) change nothing locally: the stored event with its related user and record is their
 *   record. Returns what changed, for the audit row.
 */
export const kardWebhooks: WebhookHandler = {
  provider: "kard",

  verify: (rawBody, headers) => verifyKardSignature(rawBody, headers.get(KARD_SIGNATURE_HEADER), providerConfig("kard").credentials.webhookKey ?? ""),

  parse(rawBody): WebhookParseResult {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { ok: false, reason: "The body is not JSON." };
    }
    const parsed = parseKardWebhookEvent(body);
    if (!parsed.ok) return parsed;
    const { eventId, type, userId, relatedRecord } = parsed.event;
    return { ok: true, event: { eventId, type, relatedUserId: userId, relatedRecord } };
  },

  async apply(event: WebhookToApply, tx: Prisma.TransactionClient) {
    const status = statusFor(event.type);
    const transactionId = event.relatedRecord?.type === "transaction" ? event.relatedRecord.id : undefined;
    if (!status || !transactionId) return { localChange: "none" };
    const { count } = await tx.kardTransaction.updateMany({
      where: { transactionId, ...(event.relatedUserId ? { userId: event.relatedUserId } : {}), status: { notIn: laterThan(status) } },
      data: { status },
    });
    return { localChange: "kardTransaction.status", transactionId, status, rowsUpdated: count };
  },
};
