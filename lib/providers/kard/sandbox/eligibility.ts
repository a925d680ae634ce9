import { subMonths } from "date-fns";
import type { Offer } from "./catalog";
import { activationKey, type SandboxState, type UserRecord } from "./state";

/**
 * Who sees which offer, and when.
 * - An offer is live from `startDate` to `expirationDate`.
 * - Untargeted offers are for every enrolled user. Targeted offers follow the personas'
 *   definitions: NEW_CUSTOMER offers for users with no purchase at the merchant, LAPSED_CUSTOMER
 *   offers for users with purchases there but none in the 6 months before.
 * - A user whose `enrolledRewards` lacks CARDLINKED is enrolled in nothing and sees nothing.
 * Source: Kard seed, "Targeted Offers", `users.UserRequestAttributes.enrolledRewards`.
 */
export function isEnrolled(user: UserRecord): boolean {
  return user.attributes.enrolledRewards.includes("CARDLINKED");
}

export function isLive(offer: Offer, at: Date): boolean {
  return offer.startDate.getTime() <= at.getTime() && at.getTime() <= offer.expirationDate.getTime();
}

/** Purchases at the merchant before `at`, ignoring the transaction being matched. */
function priorVisits(state: SandboxState, userId: string, merchantId: string, at: Date, excludingTransactionId?: string) {
  return state.visits.filter(
    (visit) =>
      visit.userId === userId &&
      visit.merchantId === merchantId &&
      visit.transactionId !== excludingTransactionId &&
      visit.at.getTime() <= at.getTime(),
  );
}

export function audienceFits(state: SandboxState, offer: Offer, userId: string, at: Date, excludingTransactionId?: string): boolean {
  if (!offer.audience) return true;
  const visits = priorVisits(state, userId, offer.merchant.id, at, excludingTransactionId);
  if (offer.audience === "NEW_CUSTOMER") return visits.length === 0;
  const lapsedSince = subMonths(at, 6).getTime();
  return visits.length > 0 && visits.every((visit) => visit.at.getTime() < lapsedSince);
}

/** The live offers `user` is eligible for at `at`. */
export function eligibleOffers(state: SandboxState, user: UserRecord, at: Date): Offer[] {
  if (!isEnrolled(user)) return [];
  return state.catalog.offers.filter((offer) => isLive(offer, at) && audienceFits(state, offer, user.id, at));
}

export function activationOf(state: SandboxState, userId: string, offerId: string) {
  return state.activations.get(activationKey(userId, offerId));
}

/** Rewarded transactions on the offer that were not clawed back. */
export function redemptionsUsed(state: SandboxState, userId: string, offerId: string): number {
  const transactions = new Set(
    state.rewards.filter((r) => r.userId === userId && r.offerId === offerId && !r.clawedBack).map((r) => r.transactionId),
  );
  return transactions.size;
}
