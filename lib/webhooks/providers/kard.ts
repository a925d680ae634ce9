import type { Prisma } from "@prisma/client";
import { KARD_SIGNATURE_HEADER, verifyKardSignature } from "@/lib/providers/kard/signature";
import { parseKardWebhookEvent } from "@/lib/providers/kard/webhook-events";
import { providerConfig } from "@/lib/providers/registry";
import type { WebhookHandler, WebhookParseResult, WebhookToApply } from "../types";

/**
 * The local KardTransaction status a notification about that transaction sets. The schema has one
 * `status` column, so the reward lifecycle reported by Kard replaces the status the console set
 * when it submitted the transaction.
 * Source: Kard guide "Notifications" (the event types) and "Notification Webhook".
 */
export const KARD_TRANSACTION_STATUS_BY_TYPE = {
  earnedRewardApproved: "REWARD_APPROVED",
  validTransaction: "VALIDATED",
  earnedRewardSettled: "REWARD_SETTLED",
  failedTransaction: "VALIDATION_FAILED",
  clawback: "CLAWED_BACK",
} as const;

type KardTransactionNotificationStatus = (typeof KARD_TRANSACTION_STATUS_BY_TYPE)[keyof typeof KARD_TRANSACTION_STATUS_BY_TYPE];

/**
 * How far along a transaction each status is. Kard promises no delivery order, so an older
 * notification arriving late (approved after settled, anything after a clawback) must not move
 * a transaction back; notifications of the same stage replace each other.
 */
const STAGE: Record<KardTransactionNotificationStatus, number> = {
  REWARD_APPROVED: 1,
  VALIDATED: 2,
  REWARD_SETTLED: 2,
  VALIDATION_FAILED: 2,
  CLAWED_BACK: 3,
};

function statusFor(type: string): KardTransactionNotificationStatus | undefined {
  return Object.hasOwn(KARD_TRANSACTION_STATUS_BY_TYPE, type) ? KARD_TRANSACTION_STATUS_BY_TYPE[type as keyof typeof KARD_TRANSACTION_STATUS_BY_TYPE] : undefined;
}

function laterThan(status: KardTransactionNotificationStatus): string[] {
  return (Object.keys(STAGE) as KardTransactionNotificationStatus[]).filter((other) => STAGE[other] > STAGE[status]);
}

/** The configured webhook key, read per delivery (sandbox: kard_sandbox_webhook_key). */
function webhookKey(): string {
  return providerConfig("kard").credentials.webhookKey ?? "";
}

/**
 * Verifies `notify-signature` = base64(HMAC-SHA256(webhook key, raw body)), timing-safe.
 * Source: Kard guide "Notifications" › "Webhook Authentication".
 */
export function verifyKardWebhook(rawBody: string, headers: Headers) {
  return verifyKardSignature(rawBody, headers.get(KARD_SIGNATURE_HEADER), webhookKey());
}

/**
 * Reads a notification: event id = `data.id`, type = `data.type`, related user = the `user`
 * relationship, related record = the `transaction` (or `audit`, or file) it concerns. Liberal
 * like parseKardWebhookEvent: only non-JSON or a body without `data.id` / `data.type` fails.
 * Source: Notification Webhook `NotificationPayload`.
 */
export function parseKardWebhook(rawBody: string): WebhookParseResult {
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
}

/**
 * Applies a notification about a transaction to the local KardTransaction rows with that
 * `transactionId` (and that user, when the notification names one): sets the status of
 * KARD_TRANSACTION_STATUS_BY_TYPE unless the row is already at a later stage. Idempotent.
 * Other types (auditUpdate, fileProcessingResult, newer ones) change nothing locally: the stored
 * event with its related user and record is their record. Returns what changed, for the audit.
 */
export async function applyKardWebhook(event: WebhookToApply, tx: Prisma.TransactionClient) {
  const status = statusFor(event.type);
  const transactionId = event.relatedRecord?.type === "transaction" ? event.relatedRecord.id : undefined;
  if (!status || !transactionId) return { localChange: "none" };
  const { count } = await tx.kardTransaction.updateMany({
    where: { transactionId, ...(event.relatedUserId ? { userId: event.relatedUserId } : {}), status: { notIn: laterThan(status) } },
    data: { status },
  });
  return { localChange: "kardTransaction.status", transactionId, status, rowsUpdated: count };
}

/** Kard's part of the webhook inbox. */
export const kardWebhookHandler: WebhookHandler = {
  provider: "kard",
  verify: verifyKardWebhook,
  parse: parseKardWebhook,
  apply: applyKardWebhook,
};
