import { pageCursors } from "../query";
import { providerClient } from "@/lib/providers/registry";

/**
 * One earned (rewarded, SETTLED) transaction. Amounts are integer cents: the transaction,
 * the issuer's commission and the user's.
 */
export interface EarnedRewardDto {
  id: string;
  transactionId: string;
  status: string;
  merchantName: string | null;
  purchaseChannel: string[];
  transactionAmountCents: number;
  issuerCommissionCents: number;
  userCommissionCents: number;
  paidToIssuer: "UNPAID" | "PAID_IN_FULL";
  transactionTimestamp: string;
  payoutTimestamp: string | null;
  cardLastFour: string | null;
}

export interface EarnedRewardsPageDto {
  rewards: EarnedRewardDto[];
  next: string | null;
}

const EARNED_REWARDS_PAGE_SIZE = 50;

/**
 * One page of the user's earned rewards (SETTLED only, the last 12 months), with the merchant
 * name and the offer's purchase channels included. Not audited: a read.
 * @throws ProviderError. Source: "Get Earned Rewards".
 */
export async function earnedRewards({ userId, after }: { userId: string; after?: string }): Promise<EarnedRewardsPageDto> {
  const page = await providerClient("kard").getEarnedRewards(userId, { page: { size: EARNED_REWARDS_PAGE_SIZE, after }, include: ["merchant", "offer"] });
  const merchants = new Map<string, string>();
  const channels = new Map<string, string[]>();
  for (const item of page.included ?? []) {
    if (item.type === "merchant") merchants.set(item.id, item.attributes.name);
    else channels.set(item.id, item.attributes.purchaseChannel);
  }
  return {
    rewards: page.data.map(({ id, attributes: a, relationships: r }) => ({
      id,
      transactionId: a.transactionId,
      status: a.status,
      merchantName: merchants.get(r.merchant.data.id) ?? null,
      purchaseChannel: channels.get(r.offer.data.id) ?? [],
      transactionAmountCents: a.transactionAmountInCents,
      issuerCommissionCents: a.commissionEarned.issuer.value,
      userCommissionCents: a.commissionEarned.user.value,
      paidToIssuer: a.paidToIssuer,
      transactionTimestamp: a.transactionTimestamp,
      payoutTimestamp: a.payoutTimestamp ?? null,
      cardLastFour: a.cardLastFour ?? null,
    })),
    next: pageCursors(page.links).after ?? null,
  };
}
