import { subMonths } from "date-fns";
import { LIMITS } from "../config";
import { requireUser, type SandboxContext } from "../context";
import { json } from "../json-api";
import { paginate, readPageRequest } from "../pagination";
import { readInclude } from "../query";
import { isPaidToIssuer, payoutDate } from "../reconciliation";
import type { EarnedReward } from "../state";

/**
 * GET …/users/{userId}/earned-rewards — SETTLED rewards of the last 12 months, newest first,
 * minus clawed-back ones. Cursor: base64url of "<transaction timestamp>|<reward id>".
 * include=merchant,offer adds `merchant{name}` / `offer{purchaseChannel}` resources.
 * Source: Kard seed, "Get Earned Rewards".
 */
function resource(reward: EarnedReward, now: Date) {
  const paid = isPaidToIssuer(reward, now);
  return {
    type: "rewardedTransaction",
    id: reward.id,
    attributes: {
      status: "SETTLED",
      transactionId: reward.transactionId,
      transactionAmountInCents: reward.amountCents,
      transactionTimestamp: reward.timestamp.toISOString(),
      paidToIssuer: paid ? "PAID_IN_FULL" : "UNPAID",
      commissionEarned: { issuer: { type: "cents", value: reward.issuerCents }, user: { type: "cents", value: reward.userCents } },
      ...(paid ? { payoutTimestamp: payoutDate(reward.timestamp).toISOString() } : {}),
      ...(reward.cardBIN ? { cardBIN: reward.cardBIN } : {}),
      ...(reward.cardLastFour ? { cardLastFour: reward.cardLastFour } : {}),
    },
    relationships: {
      user: { data: { type: "user", id: reward.userId } },
      merchant: { data: { type: "merchant", id: reward.merchantId } },
      offer: { data: { type: "offer", id: reward.offerId } },
    },
  };
}

export async function getEarnedRewards(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  const query = ctx.url.searchParams;
  const page = readPageRequest(query);
  const include = readInclude(query, ["merchant", "offer"]);
  const since = subMonths(ctx.now, LIMITS.earnedRewardsWindowMonths).getTime();
  const rewards = ctx.state.rewards
    .filter((r) => r.userId === user.id && !r.clawedBack && r.timestamp.getTime() >= since && r.timestamp.getTime() <= ctx.now.getTime())
    .sort((a, b) => b.timestamp.getTime() - a.timestamp.getTime() || b.id.localeCompare(a.id));
  const result = paginate(rewards, (r) => `${r.timestamp.toISOString()}|${r.id}`, page, ctx.url.pathname, query);

  const included: unknown[] = [];
  if (include.has("merchant")) {
    const merchants = new Map(result.items.map((r) => [r.merchantId, r.merchantName]));
    for (const [id, name] of merchants) included.push({ type: "merchant", id, attributes: { name } });
  }
  if (include.has("offer")) {
    for (const id of new Set(result.items.map((r) => r.offerId))) {
      const offer = ctx.state.catalog.offersById.get(id);
      if (offer) included.push({ type: "offer", id, attributes: { purchaseChannel: offer.purchaseChannel } });
    }
  }
  return json(200, {
    data: result.items.map((reward) => resource(reward, ctx.now)),
    links: result.links,
    ...(include.size > 0 ? { included } : {}),
  });
}
