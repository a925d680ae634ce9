import type { WebhookEvent } from "@prisma/client";
import Decimal from "decimal.js";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseKardWebhookEvent } from "../webhooks";
import type { FilePeriod } from "./file-period";
import { isRewardKind, type RewardKind, type WebhookReward } from "./reward-record";

/**
 * The user's reward in a notification: `commissionEarned` is `{type:"cents", value}` on
 * earnedRewardSettled (the guide's "$20.00 reward" carries 2000) and `{issuer, user}` on
 * validTransaction; approved and clawback notifications carry no amount.
 * Source: Notification Webhook `EarnedRewardSettledAttributes`, `ValidTransactionCommissionEarned`.
 */
const commissionSchema = z.union([
  z.object({ user: z.object({ value: z.number().int() }) }),
  z.object({ value: z.number().int() }),
]);

function rewardCents(body: unknown): Decimal | undefined {
  const commission = (body as { data?: { attributes?: { commissionEarned?: unknown } } })?.data?.attributes?.commissionEarned;
  const parsed = commissionSchema.safeParse(commission);
  if (!parsed.success) return undefined;
  return new Decimal("user" in parsed.data ? parsed.data.user.value : parsed.data.value);
}

type StoredEvent = Pick<WebhookEvent, "id" | "type" | "rawBody" | "receivedAt">;

/**
 * A stored Kard notification as a reward record: transaction from the `transaction`
 * relationship (null when absent, as in the guide's older examples), user from `user`,
 * notification id = `data.id`. `inPeriod` tells whether it was received within `period`.
 */
export function webhookReward(event: StoredEvent, kind: RewardKind, period: FilePeriod): WebhookReward {
  let body: unknown;
  try {
    body = JSON.parse(event.rawBody);
  } catch {
    body = undefined;
  }
  const parsed = parseKardWebhookEvent(body);
  const related = parsed.ok ? parsed.event.relatedRecord : undefined;
  const merchant = (body as { data?: { attributes?: { name?: unknown } } } | undefined)?.data?.attributes?.name;
  return {
    ref: event.id,
    kind,
    transactionId: related?.type === "transaction" ? related.id : null,
    notificationId: parsed.ok ? parsed.event.eventId : undefined,
    userId: parsed.ok ? parsed.event.userId : undefined,
    merchantName: typeof merchant === "string" ? merchant : undefined,
    rewardCents: rewardCents(body),
    at: event.receivedAt.toISOString(),
    inPeriod: event.receivedAt >= period.start && event.receivedAt < period.end,
  };
}

/**
 * The reward notifications of `kinds` the console received from Kard with a valid signature
 * between `from` (inclusive; none = since the beginning) and `to` (exclusive). Unsigned or
 * forged deliveries are not evidence of a reward and are left out.
 */
export async function receivedRewards(kinds: readonly RewardKind[], window: { from?: Date; to: Date }, period: FilePeriod): Promise<WebhookReward[]> {
  const events = await db.webhookEvent.findMany({
    where: {
      provider: "kard",
      type: { in: [...kinds] },
      signatureStatus: "VALID",
      receivedAt: { ...(window.from ? { gte: window.from } : {}), lt: window.to },
    },
    select: { id: true, type: true, rawBody: true, receivedAt: true },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
  });
  return events.flatMap((event) => (isRewardKind(event.type) ? [webhookReward(event, event.type, period)] : []));
}
