import type { RewardKind, RewardRecord, WebhookReward } from "./reward-record";

export const RECONCILIATION_STATUSES = ["matched", "amountMismatch", "fileOnly", "webhookOnly"] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

/** One line of the comparison: a file row, a received notification, or the pair of them. */
export interface ReconciliationLine {
  status: ReconciliationStatus;
  kind: RewardKind;
  transactionId: string | null;
  file?: RewardRecord;
  webhook?: WebhookReward;
}

export interface ReconciliationResult {
  lines: ReconciliationLine[];
  counts: Record<ReconciliationStatus, number>;
}

/** Amounts agree when equal, or when one side does not state one (approved and clawback webhooks carry none). */
function amountsAgree(file: RewardRecord, webhook: RewardRecord): boolean {
  return !file.rewardCents || !webhook.rewardCents || file.rewardCents.eq(webhook.rewardCents);
}

const keyOf = (record: RewardRecord) => `${record.kind}|${record.transactionId}`;

function line(file: RewardRecord, webhook: WebhookReward): ReconciliationLine {
  return { status: amountsAgree(file, webhook) ? "matched" : "amountMismatch", kind: file.kind, transactionId: file.transactionId, file, webhook };
}

/**
 * Compares a reconciliation file's rows with the reward notifications received by webhook.
 * 1. A row naming a notification id pairs with the webhook of that id (same kind).
 * 2. Other rows pair with webhooks of the same kind and transactionId, one to one: first those
 *    whose amounts are equal, then the rest in order (an amount mismatch when both state one).
 *    One transaction can have several settlements, so several rows may share a transaction id.
 * 3. Unpaired rows are "in file only"; unpaired webhooks are "in webhooks only" when received
 *    within the file's period (`inPeriod`) — outside it they belong to another file and are left
 *    out. `webhooks` may therefore reach beyond the period, to pair late deliveries.
 * Amounts compared: the user's reward in integer cents (decimal.js), when both sides state it.
 */
export function compareRewards(fileRows: RewardRecord[], webhooks: WebhookReward[]): ReconciliationResult {
  const lines: ReconciliationLine[] = [];
  const taken = new Set<WebhookReward>();
  const pair = (row: RewardRecord, webhook: WebhookReward) => {
    taken.add(webhook);
    lines.push(line(row, webhook));
  };

  const byNotification = new Map(webhooks.filter((w) => w.notificationId).map((w) => [w.notificationId, w]));
  const byTransaction = fileRows.filter((row) => {
    const webhook = row.notificationId ? byNotification.get(row.notificationId) : undefined;
    if (!webhook || webhook.kind !== row.kind || taken.has(webhook)) return true;
    pair(row, webhook);
    return false;
  });

  const pools = new Map<string, WebhookReward[]>();
  for (const webhook of webhooks) {
    if (taken.has(webhook) || webhook.transactionId === null) continue;
    pools.set(keyOf(webhook), [...(pools.get(keyOf(webhook)) ?? []), webhook]);
  }
  const free = (row: RewardRecord) => (pools.get(keyOf(row)) ?? []).filter((webhook) => !taken.has(webhook));
  const unequal = byTransaction.filter((row) => {
    const same = free(row).find((webhook) => row.rewardCents && webhook.rewardCents?.eq(row.rewardCents));
    if (!same) return true;
    pair(row, same);
    return false;
  });
  for (const row of unequal) {
    const [next] = free(row);
    if (next) pair(row, next);
    else lines.push({ status: "fileOnly", kind: row.kind, transactionId: row.transactionId, file: row });
  }

  for (const webhook of webhooks) {
    if (!taken.has(webhook) && webhook.inPeriod) lines.push({ status: "webhookOnly", kind: webhook.kind, transactionId: webhook.transactionId, webhook });
  }
  const counts = Object.fromEntries(RECONCILIATION_STATUSES.map((status) => [status, 0])) as Record<ReconciliationStatus, number>;
  for (const { status } of lines) counts[status] += 1;
  return { lines, counts };
}
