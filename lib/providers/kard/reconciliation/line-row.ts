import type { ReconciliationLine, ReconciliationStatus } from "./compare";
import type { RewardKind } from "./reward-record";

/** One comparison line as plain strings, for the browser's table and its CSV export. */
export interface ReconciliationRow {
  id: string;
  status: ReconciliationStatus;
  kind: RewardKind;
  transactionId: string | null;
  userId: string | null;
  merchantName: string | null;
  /** The user's reward in integer cents, as the file states it. */
  fileRewardCents: string | null;
  /** The user's reward in integer cents, as the webhook states it. */
  webhookRewardCents: string | null;
  /** File minus webhook, in cents, when both state an amount. */
  differenceCents: string | null;
  /** "row <n>" of the file. */
  fileRow: string | null;
  /** The stored WebhookEvent's id (the webhook inbox's page for it). */
  webhookEventId: string | null;
  notificationId: string | null;
  /** When the file says it happened, else when the webhook was received (ISO 8601). */
  at: string | null;
}

export function toReconciliationRow(line: ReconciliationLine, index: number): ReconciliationRow {
  const { file, webhook } = line;
  const fileCents = file?.rewardCents;
  const webhookCents = webhook?.rewardCents;
  return {
    id: String(index),
    status: line.status,
    kind: line.kind,
    transactionId: line.transactionId,
    userId: file?.userId ?? webhook?.userId ?? null,
    merchantName: file?.merchantName ?? webhook?.merchantName ?? null,
    fileRewardCents: fileCents?.toFixed(0) ?? null,
    webhookRewardCents: webhookCents?.toFixed(0) ?? null,
    differenceCents: fileCents && webhookCents ? fileCents.minus(webhookCents).toFixed(0) : null,
    fileRow: file?.ref ?? null,
    webhookEventId: webhook?.ref ?? null,
    notificationId: file?.notificationId ?? webhook?.notificationId ?? null,
    at: file?.at ?? webhook?.at ?? null,
  };
}
