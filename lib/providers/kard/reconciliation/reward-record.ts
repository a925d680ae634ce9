import type Decimal from "decimal.js";

/** The notification types that report a reward, and so appear in reconciliation files. */
const REWARD_KINDS = ["earnedRewardApproved", "earnedRewardSettled", "validTransaction", "clawback"] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

export function isRewardKind(value: unknown): value is RewardKind {
  return typeof value === "string" && (REWARD_KINDS as readonly string[]).includes(value);
}

/**
 * One reward event as either side reports it: a row of a reconciliation file or a notification
 * the console received by webhook. Both sides are reduced to this shape before comparing.
 */
export interface RewardRecord {
  /** Where it came from: `row <n>` of the file (1-based), or the stored WebhookEvent's id. */
  ref: string;
  kind: RewardKind;
  /** The issuer's transactionId the reward is for; null when the record does not name one. */
  transactionId: string | null;
  /** Kard's notification id (webhook `data.id`), when the record carries it. */
  notificationId?: string;
  userId?: string;
  merchantName?: string;
  /** The user's reward in integer cents (`commissionEarned` of the user), when stated. */
  rewardCents?: Decimal;
  /** The purchase amount in integer cents, when stated (files only: webhooks do not carry it). */
  transactionAmountCents?: Decimal;
  /** When it happened (file) or was received (webhook), ISO 8601. */
  at?: string;
}

/** A received notification, with whether it falls in the period the file covers. */
export interface WebhookReward extends RewardRecord {
  inPeriod: boolean;
}
