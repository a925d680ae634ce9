import type { Offer } from "./catalog";
import { newUuid } from "./ids";
import type { NotificationData } from "./notifications";
import { formatCents, type RewardAmounts } from "./rewards";
import { attributionToken } from "./signed-urls";
import type { AuditRecord } from "./state";

/**
 * The `data` member of each notification type, in the shapes of the webhook schema
 * (`notifications.NotificationDataUnion`). Where the guide's older examples leave out the
 * `transaction` relationship, the schema (which requires it) wins.
 * Messages follow the guide's examples ("Congrats! You have earned a pending reward on your
 * purchase at BaaS Pro Shops!", "… a $20.00 reward …"). `surveyUrl` is present for local
 * offers, as its description says. Relationship types: user, transaction, offer, audit.
 * Source: Kard seed, "Notification Webhook", "Testing The User Experiences", "Attributions"
 * (attributionUrl is a transparent pixel carrying a token).
 */
export interface RewardEvent {
  publicBase: string;
  userId: string;
  transactionId: string;
  offerId: string;
  merchantName: string;
  /** Local offers (merchants identified by MID) carry a surveyUrl. */
  localOffer: boolean;
  cardProductId?: string;
}

export function rewardEventFor(base: Omit<RewardEvent, "offerId" | "merchantName" | "localOffer">, offer: Offer): RewardEvent {
  return { ...base, offerId: offer.id, merchantName: offer.merchant.name, localOffer: offer.merchant.mids.length > 0 };
}

const rel = (type: string, id: string) => ({ data: { type, id } });

function rewardAttributes(event: RewardEvent, id: string, message: string) {
  const token = attributionToken({ kind: "notification", entityId: id, userId: event.userId });
  return {
    message,
    name: event.merchantName,
    attributionUrl: `${event.publicBase}/attribution/pixel.png?token=${token}`,
    ...(event.localOffer ? { surveyUrl: `${event.publicBase}/surveys/${id}` } : {}),
    ...(event.cardProductId ? { cardProductId: event.cardProductId } : {}),
  };
}

export function earnedRewardApproved(event: RewardEvent): NotificationData {
  const id = newUuid();
  return {
    type: "earnedRewardApproved",
    id,
    attributes: rewardAttributes(event, id, `Congrats! You have earned a pending reward on your purchase at ${event.merchantName}!`),
    relationships: { user: rel("user", event.userId), transaction: rel("transaction", event.transactionId) },
  };
}

export function earnedRewardSettled(event: RewardEvent, reward: RewardAmounts): NotificationData {
  const id = newUuid();
  const message = `Congrats! You have earned a ${formatCents(reward.userCents)} reward on your purchase at ${event.merchantName}!`;
  return {
    type: "earnedRewardSettled",
    id,
    attributes: { ...rewardAttributes(event, id, message), commissionEarned: { type: "cents", value: reward.userCents } },
    relationships: { user: rel("user", event.userId), transaction: rel("transaction", event.transactionId) },
  };
}

export function validTransaction(event: RewardEvent, reward: RewardAmounts): NotificationData {
  const id = newUuid();
  const message = `Your purchase at ${event.merchantName} qualified for a ${formatCents(reward.userCents)} reward.`;
  return {
    type: "validTransaction",
    id,
    attributes: {
      ...rewardAttributes(event, id, message),
      commissionEarned: { issuer: { type: "cents", value: reward.issuerCents }, user: { type: "cents", value: reward.userCents } },
    },
    relationships: {
      user: rel("user", event.userId),
      offer: rel("offer", event.offerId),
      transaction: rel("transaction", event.transactionId),
    },
  };
}

function failure(type: "failedTransaction" | "clawback", event: RewardEvent, message: string, reason: string): NotificationData {
  return {
    type,
    id: newUuid(),
    attributes: {
      message,
      reason,
      name: event.merchantName,
      ...(event.cardProductId ? { cardProductId: event.cardProductId } : {}),
    },
    relationships: {
      user: rel("user", event.userId),
      offer: rel("offer", event.offerId),
      transaction: rel("transaction", event.transactionId),
    },
  };
}

export function failedTransaction(event: RewardEvent, reason: string): NotificationData {
  return failure("failedTransaction", event, `Your purchase at ${event.merchantName} did not qualify for a reward.`, reason);
}

export function clawback(event: RewardEvent, reason: string): NotificationData {
  return failure("clawback", event, `The reward for your purchase at ${event.merchantName} has been reversed.`, reason);
}

export function auditUpdate(audit: AuditRecord): NotificationData {
  return {
    type: "auditUpdate",
    id: newUuid(),
    attributes: {
      status: audit.status,
      auditCode: audit.auditCode,
      merchantName: audit.merchantName,
      auditDescription: audit.auditDescription,
      transactionId: audit.transactionId,
      ...(audit.resolutionCode !== undefined ? { resolutionCode: audit.resolutionCode } : {}),
      ...(audit.resolutionDescription !== undefined ? { resolutionDescription: audit.resolutionDescription } : {}),
      ...(audit.resolutionTimeStamp ? { resolutionTimeStamp: audit.resolutionTimeStamp.toISOString() } : {}),
    },
    relationships: { user: rel("user", audit.userId), audit: rel("audit", audit.id) },
  };
}

export function fileProcessingResult(metadata: { fileName: string; sentAt: string; lastModified: string; downloadUrl: string }): NotificationData {
  return { type: "fileProcessingResult", id: newUuid(), attributes: metadata };
}
