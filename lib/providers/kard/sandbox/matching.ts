import { matchMerchant, offersOfMerchant, type Merchant, type Offer } from "./catalog";
import { activationOf, audienceFits, isEnrolled, isLive, redemptionsUsed } from "./eligibility";
import { newMongoId } from "./ids";
import * as payloads from "./notification-payloads";
import type { NotificationData, Notifier } from "./notifications";
import type { TransactionItem, TransactionAttributes } from "./request-schemas";
import { computeReward, formatCents } from "./rewards";
import { transactionKey, type IncomingType, type SandboxState, type TransactionEvent, type TransactionRecord } from "./state";

/**
 * Transaction CLO matching, run synchronously on every accepted event so the notifications it
 * produces exist as soon as the 202 is returned (their delivery continues in the background).
 *
 * Matching rule: a `transaction` or `coreTransaction` matches a merchant when its normalised
 * `description` (then `merchant.name`) contains the merchant's normalised name or one of its
 * statement descriptors (see catalog.normalizeForMatching). Among the merchant's offers that are
 * live at the event date and whose audience fits the user, the first whose rules pass earns:
 *   - local offers (merchants with MIDs) need `merchant.id` to be one of them;
 *   - offers with a CTA "activate" action need the user to have activated first;
 *   - min/maxTransactionAmount bound the amount; maxRedemptions caps rewarded transactions.
 * Outcomes by status (dual message, single message and multiple settlements):
 *   APPROVED → earnedRewardApproved (pending reward);
 *   SETTLED → earned reward + earnedRewardSettled with the commission (FLAT rewards pay once
 *             per transaction, PERCENT rewards on each settlement's amount);
 *   REVERSED / DECLINED / RETURNED of a rewarded transaction → clawback.
 *   An eligible offer whose rules fail → failedTransaction with the reason. No offer the user
 *   can see at that merchant → no notification.
 * `matchedTransaction`s are pre-matched by the issuer (matchedOfferId): valid ones earn and
 * produce validTransaction, invalid ones failedTransaction; without matchedOfferId they are
 * unmatched.
 * Source: Kard seed, "Transaction CLO Matching", "Testing The User Experiences",
 * "Notifications" (event types), "Create Incoming Transactions".
 */
export interface MatchEnv {
  state: SandboxState;
  notifier: Notifier;
  now: Date;
  publicBase: string;
}

export type IncomingItem =
  | TransactionItem
  | { type: "historicalTransaction"; id: string; attributes: TransactionAttributes };

type Decision = { offer: Offer } | { failure: { offer: Offer; reason: string } } | { none: string };

/** The date the event's status is about (schemas guarantee it is present). */
function eventDateOf(item: IncomingItem): Date {
  if (item.type === "coreTransaction") return new Date(item.attributes.settledDate);
  if (item.type === "matchedTransaction") return new Date(item.attributes.authorizationDate);
  const a = item.attributes;
  const date = a.status === "APPROVED" ? a.authorizationDate : a.status === "SETTLED" ? a.settledDate : a.transactionDate;
  return new Date(date ?? a.authorizationDate ?? a.settledDate ?? "");
}

function recordFor(state: SandboxState, userId: string, transactionId: string): TransactionRecord {
  const key = transactionKey(userId, transactionId);
  let record = state.transactions.get(key);
  if (!record) {
    record = { userId, transactionId, approved: false, settledCount: 0, rewardIds: [], clawedBack: false, fraudulent: false };
    state.transactions.set(key, record);
  }
  return record;
}

function ruleFailure(env: MatchEnv, offer: Offer, record: TransactionRecord, amount: number, mid: string | undefined): string | undefined {
  if (record.fraudulent) return "Transaction was flagged as fraudulent";
  if (offer.merchant.mids.length > 0 && !(mid && offer.merchant.mids.includes(mid))) {
    return mid ? `Merchant ID ${mid} is not a participating location of this local offer` : "Merchant ID (MID) is required for local offers";
  }
  if (offer.action === "activate" && !activationOf(env.state, record.userId, offer.id)) {
    return "Offer was not activated before the purchase";
  }
  if (offer.minTransactionCents !== undefined && amount < offer.minTransactionCents) {
    return `Transaction amount is below the offer minimum of ${formatCents(offer.minTransactionCents)}`;
  }
  if (offer.maxTransactionCents !== undefined && amount > offer.maxTransactionCents) {
    return `Transaction amount is above the offer maximum of ${formatCents(offer.maxTransactionCents)}`;
  }
  if (offer.maxRedemptions !== undefined && redemptionsUsed(env.state, record.userId, offer.id) >= offer.maxRedemptions) {
    return "Offer redemption limit reached";
  }
  return undefined;
}

function decide(env: MatchEnv, merchant: Merchant, record: TransactionRecord, at: Date, amount: number, mid?: string): Decision {
  const user = env.state.users.get(record.userId);
  if (!user || !isEnrolled(user)) return { none: "user not enrolled in CARDLINKED" };
  const candidates = offersOfMerchant(env.state.catalog, merchant.id)
    .filter((offer) => isLive(offer, at) && audienceFits(env.state, offer, record.userId, at, record.transactionId))
    .sort((a, b) => computeReward(b, amount, false).userCents - computeReward(a, amount, false).userCents);
  if (candidates.length === 0) return { none: "no offer for this user at the merchant" };
  let firstFailure: { offer: Offer; reason: string } | undefined;
  for (const offer of candidates) {
    const reason = ruleFailure(env, offer, record, amount, mid);
    if (!reason) return { offer };
    firstFailure ??= { offer, reason };
  }
  return { failure: firstFailure as { offer: Offer; reason: string } };
}

function emit(env: MatchEnv, data: NotificationData, userId: string): string {
  return env.notifier.emit(data, userId).id;
}

function eventBase(env: MatchEnv, record: TransactionRecord) {
  return { publicBase: env.publicBase, userId: record.userId, transactionId: record.transactionId, cardProductId: record.cardProductId };
}

function rewardEvent(env: MatchEnv, record: TransactionRecord, offer: Offer): payloads.RewardEvent {
  return payloads.rewardEventFor(eventBase(env, record), offer);
}

function settle(env: MatchEnv, record: TransactionRecord, offer: Offer, amount: number, at: Date, kind: "earnedRewardSettled" | "validTransaction") {
  const reward = computeReward(offer, amount, Boolean(activationOf(env.state, record.userId, offer.id)?.boostedAt));
  const id = newMongoId(env.now);
  env.state.rewards.push({
    id,
    userId: record.userId,
    transactionId: record.transactionId,
    offerId: offer.id,
    merchantId: offer.merchant.id,
    merchantName: offer.merchant.name,
    amountCents: amount,
    issuerCents: reward.issuerCents,
    userCents: reward.userCents,
    timestamp: at,
    cardBIN: record.cardBIN,
    cardLastFour: record.cardLastFour,
    clawedBack: false,
  });
  record.rewardIds.push(id);
  record.settledCount += 1;
  record.offerId = offer.id;
  const event = rewardEvent(env, record, offer);
  const data = kind === "validTransaction" ? payloads.validTransaction(event, reward) : payloads.earnedRewardSettled(event, reward);
  const notificationId = emit(env, data, record.userId);
  env.state.ledger.push({
    kind,
    notificationId,
    userId: record.userId,
    transactionId: record.transactionId,
    offerId: offer.id,
    merchantName: offer.merchant.name,
    amountCents: amount,
    issuerCents: reward.issuerCents,
    userCents: reward.userCents,
    at: env.now,
  });
  return `${kind} ${formatCents(reward.userCents)}`;
}

/** Claws back every reward of the transaction; returns the outcome text. */
export function clawBack(env: MatchEnv, record: TransactionRecord, reason: string): string {
  const offer = record.offerId ? env.state.catalog.offersById.get(record.offerId) : undefined;
  if (!offer || record.clawedBack || (!record.approved && record.settledCount === 0)) return "no reward to claw back";
  record.clawedBack = true;
  const clawed = env.state.rewards.filter((reward) => record.rewardIds.includes(reward.id));
  for (const reward of clawed) reward.clawedBack = true;
  const notificationId = emit(env, payloads.clawback(rewardEvent(env, record, offer), reason), record.userId);
  env.state.ledger.push({
    kind: "clawback",
    notificationId,
    userId: record.userId,
    transactionId: record.transactionId,
    offerId: offer.id,
    merchantName: offer.merchant.name,
    amountCents: clawed.reduce((sum, reward) => sum + reward.amountCents, 0),
    issuerCents: clawed.reduce((sum, reward) => sum + reward.issuerCents, 0),
    userCents: clawed.reduce((sum, reward) => sum + reward.userCents, 0),
    at: env.now,
  });
  return "clawback";
}

function failed(env: MatchEnv, record: TransactionRecord, offer: Offer | payloads.RewardEvent, reason: string): string {
  const event = "publicBase" in offer ? offer : rewardEvent(env, record, offer);
  emit(env, payloads.failedTransaction(event, reason), record.userId);
  return `failedTransaction: ${reason}`;
}

function matchCardTransaction(env: MatchEnv, item: IncomingItem, record: TransactionRecord, at: Date, historical: boolean): string {
  const a = item.attributes as TransactionAttributes;
  const status = item.type === "coreTransaction" ? "SETTLED" : a.status;
  const merchant = record.merchantId
    ? env.state.catalog.offers.find((offer) => offer.merchant.id === record.merchantId)?.merchant
    : matchMerchant(env.state.catalog, a.description, a.merchant?.name);
  if (!merchant) return "unmatched";
  record.merchantId = merchant.id;
  record.merchantName = merchant.name;
  if (status === "APPROVED" || status === "SETTLED") {
    env.state.visits.push({ userId: record.userId, merchantId: merchant.id, at, transactionId: record.transactionId });
  }
  if (historical) return `historical purchase at ${merchant.name}`;

  if (status === "REVERSED" || status === "DECLINED" || status === "RETURNED") {
    return clawBack(env, record, `Transaction ${status}`);
  }
  if (record.clawedBack) return "transaction already clawed back";
  const known = record.offerId ? env.state.catalog.offersById.get(record.offerId) : undefined;
  if (status === "APPROVED") {
    if (record.approved) return "duplicate authorization";
    const decision = decide(env, merchant, record, at, a.amount, a.merchant?.id);
    if ("none" in decision) return `no reward: ${decision.none}`;
    if ("failure" in decision) return failed(env, record, decision.failure.offer, decision.failure.reason);
    record.approved = true;
    record.offerId = decision.offer.id;
    const notificationId = emit(env, payloads.earnedRewardApproved(rewardEvent(env, record, decision.offer)), record.userId);
    env.state.ledger.push({
      kind: "earnedRewardApproved",
      notificationId,
      userId: record.userId,
      transactionId: record.transactionId,
      offerId: decision.offer.id,
      merchantName: merchant.name,
      amountCents: a.amount,
      at: env.now,
    });
    return "earnedRewardApproved";
  }
  // SETTLED: the offer approved at authorization keeps applying to its settlements.
  let offer = known;
  if (!offer) {
    const decision = decide(env, merchant, record, at, a.amount, a.merchant?.id);
    if ("none" in decision) return `no reward: ${decision.none}`;
    if ("failure" in decision) return failed(env, record, decision.failure.offer, decision.failure.reason);
    offer = decision.offer;
  } else if (record.fraudulent) {
    return failed(env, record, offer, "Transaction was flagged as fraudulent");
  }
  if (offer.userReward.type === "FLAT" && record.settledCount > 0) return "additional settlement: flat reward already earned";
  return settle(env, record, offer, a.amount, at, "earnedRewardSettled");
}

function matchPreMatched(env: MatchEnv, item: Extract<IncomingItem, { type: "matchedTransaction" }>, record: TransactionRecord, at: Date): string {
  const a = item.attributes;
  if (!a.matchedOfferId) return "unmatched (no matchedOfferId)";
  const offer = env.state.catalog.offersById.get(a.matchedOfferId);
  if (!offer) {
    // The relationship still names the offer the issuer sent, so the issuer can correlate.
    const event = { ...eventBase(env, record), offerId: a.matchedOfferId, merchantName: a.merchant?.name ?? a.description, localOffer: false };
    return failed(env, record, event, `Offer ${a.matchedOfferId} does not exist`);
  }
  record.merchantId = offer.merchant.id;
  record.merchantName = offer.merchant.name;
  const user = env.state.users.get(record.userId);
  let reason: string | undefined;
  if (!user || !isEnrolled(user)) reason = "User is not enrolled in CARDLINKED rewards";
  else if (!isLive(offer, at)) reason = "Transaction date is outside the offer period";
  else if (!audienceFits(env.state, offer, record.userId, at, record.transactionId)) reason = "User is not eligible for this targeted offer";
  else if (a.matchedLocationId && !env.state.catalog.locations.some((l) => l.id === a.matchedLocationId && l.offerId === offer.id)) {
    reason = `Location ${a.matchedLocationId} is not a location of this offer`;
  } else {
    const mid = a.matchedLocationId ? offer.merchant.mids[0] : a.merchant?.id;
    reason = ruleFailure(env, offer, record, a.amount, mid);
  }
  if (reason) return failed(env, record, offer, reason);
  env.state.visits.push({ userId: record.userId, merchantId: offer.merchant.id, at, transactionId: record.transactionId });
  record.approved = true;
  return settle(env, record, offer, a.amount, at, "validTransaction");
}

/** Stores one accepted event and runs matching on it. */
export function receiveTransaction(env: MatchEnv, item: IncomingItem): TransactionEvent {
  const a = item.attributes as { userId: string; transactionId: string; amount: number; description: string; status?: string; cardBIN?: string; cardLastFour?: string; cardLastFours?: string[]; cardProductId?: string };
  const at = eventDateOf(item);
  const record = recordFor(env.state, a.userId, a.transactionId);
  record.cardBIN ??= a.cardBIN;
  record.cardLastFour ??= a.cardLastFour ?? a.cardLastFours?.[0];
  record.cardProductId ??= a.cardProductId;
  const historical = item.type === "historicalTransaction";
  const outcome =
    item.type === "matchedTransaction" ? matchPreMatched(env, item, record, at) : matchCardTransaction(env, item, record, at, historical);
  const event: TransactionEvent = {
    eventId: item.id,
    type: item.type as IncomingType,
    userId: a.userId,
    transactionId: a.transactionId,
    status: item.type === "coreTransaction" ? "SETTLED" : a.status,
    amountCents: a.amount,
    description: a.description,
    eventDate: at,
    receivedAt: env.now,
    outcome,
    merchantId: record.merchantId,
    offerId: record.offerId,
  };
  env.state.events.set(item.id, event);
  return event;
}
