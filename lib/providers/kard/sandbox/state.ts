import { NOTIFICATION_TYPES } from "../schemas/common";
import { buildCatalog, type Catalog } from "./catalog";
import { stableMongoId } from "./ids";
import { issuerCentsFor } from "./rewards";
import { PERSONAS } from "./seed/personas";

/**
 * Everything one Kard sandbox instance remembers. Amounts are integer cents throughout.
 * Source: Kard seed, the operation pages named on each record.
 */
export interface UserAttributes {
  enrolledRewards: string[];
  zipCode?: string;
  email?: string;
  hashedEmail?: string;
  phoneNumber?: string;
  birthYear?: string;
  historicalTransactionsSent?: boolean;
}

export interface UserRecord {
  id: string;
  attributes: UserAttributes;
  createdAt: Date;
}

/** A purchase at a merchant; drives targeting (new vs lapsed customer). */
interface Visit {
  userId: string;
  merchantId: string;
  at: Date;
  transactionId: string;
}

export type IncomingType = "transaction" | "matchedTransaction" | "coreTransaction" | "historicalTransaction";

/** One event received through Create Incoming Transactions, an upload part or a bulk file. */
export interface TransactionEvent {
  eventId: string;
  type: IncomingType;
  userId: string;
  transactionId: string;
  status?: string;
  amountCents: number;
  description: string;
  eventDate: Date;
  receivedAt: Date;
  /** What matching concluded, for the state dump. */
  outcome: string;
  merchantId?: string;
  offerId?: string;
}

/** The issuer's transaction (one `transactionId`, possibly several events). */
export interface TransactionRecord {
  userId: string;
  transactionId: string;
  merchantId?: string;
  merchantName?: string;
  offerId?: string;
  approved: boolean;
  settledCount: number;
  rewardIds: string[];
  clawedBack: boolean;
  fraudulent: boolean;
  cardBIN?: string;
  cardLastFour?: string;
  cardProductId?: string;
}

/** A SETTLED reward (Get Earned Rewards' `rewardedTransaction`). */
export interface EarnedReward {
  id: string;
  userId: string;
  transactionId: string;
  offerId: string;
  merchantId: string;
  merchantName: string;
  amountCents: number;
  issuerCents: number;
  userCents: number;
  timestamp: Date;
  cardBIN?: string;
  cardLastFour?: string;
  clawedBack: boolean;
}

interface Activation {
  activatedAt: Date;
  boostedAt?: Date;
}

export interface AttributionRecord {
  id: string;
  userId: string;
  type: "offerAttribution" | "notificationAttribution";
  entityId: string;
  eventCode: string;
  medium: string;
  eventDate: string;
  receivedAt: Date;
  /** How it reached the sandbox: the Attribution API, an image URL, or a CTA endpoint. */
  via: "api" | "image" | "cta";
}

export interface Subscription {
  id: string;
  eventName: string;
  webhookUrl: string;
  enabled: boolean;
}

interface DeliveryAttempt {
  at: string;
  subscriptionId: string;
  url: string;
  ok: boolean;
  httpStatus?: number;
  error?: string;
}

type NotificationStatus = "pending" | "delivered" | "failed" | "no-subscription";

export interface NotificationRecord {
  id: string;
  type: string;
  userId?: string;
  createdAt: Date;
  /** The exact bytes POSTed and signed. */
  body: string;
  signature: string;
  status: NotificationStatus;
  deliveries: DeliveryAttempt[];
}

/** What a reconciliation file row is built from; one entry per reward notification. */
export interface LedgerEntry {
  kind: "earnedRewardApproved" | "earnedRewardSettled" | "validTransaction" | "clawback";
  notificationId: string;
  userId: string;
  transactionId: string;
  offerId: string;
  merchantName: string;
  amountCents: number;
  issuerCents?: number;
  userCents?: number;
  at: Date;
}

type AuditStatus = "NEW" | "IN_PROGRESS" | "CLOSED";

export interface AuditRecord {
  id: string;
  userId: string;
  auditCode: number;
  merchantName: string;
  auditDescription: string;
  transactionId: string;
  status: AuditStatus;
  resolutionCode?: number;
  resolutionDescription?: string;
  resolutionTimeStamp?: Date;
  createdAt: Date;
}

export type FileType =
  | "earnedRewardApprovedDailyReconciliationFile"
  | "earnedRewardSettledDailyReconciliationFile"
  | "validatedTransactionDailyReconciliationFile"
  | "monthlyReconciliationFile";

export interface StoredFile {
  id: string;
  /** A reconciliation file type, or "fileProcessingResult" for a bulk upload's result. */
  type: FileType | "fileProcessingResult";
  fileName: string;
  sentAt: Date;
  lastModified: Date;
  contentType: string;
  content: string;
}

export interface HistoricalUpload {
  id: string;
  userId: string;
  complete: boolean;
  partEventIds: string[];
}

interface BulkUpload {
  id: string;
  type: "incomingTransactionsFile" | "historicalTransactionsFile";
  filename: string;
  expiresAt: Date;
  resultFileId?: string;
}

export interface SandboxState {
  createdAt: Date;
  catalog: Catalog;
  users: Map<string, UserRecord>;
  visits: Visit[];
  events: Map<string, TransactionEvent>;
  transactions: Map<string, TransactionRecord>;
  rewards: EarnedReward[];
  /** key `${userId}|${offerId}` */
  activations: Map<string, Activation>;
  attributions: AttributionRecord[];
  subscriptions: Map<string, Subscription>;
  notifications: NotificationRecord[];
  ledger: LedgerEntry[];
  audits: Map<string, AuditRecord>;
  files: Map<string, StoredFile>;
  uploads: Map<string, HistoricalUpload>;
  bulkUploads: Map<string, BulkUpload>;
  jobs: { id: string; kind: string; receivedAt: Date; accepted: number }[];
}

export function transactionKey(userId: string, transactionId: string): string {
  return `${userId}|${transactionId}`;
}

export function activationKey(userId: string, offerId: string): string {
  return `${userId}|${offerId}`;
}

const DAY_MS = 86_400_000;

/**
 * A fresh state: the personas, their purchase history and its rewards; with
 * `subscribedWebhookUrl`, one enabled subscription per notification type pointing at it.
 */
export function createInitialState(createdAt: Date, opts: { subscribedWebhookUrl?: string } = {}): SandboxState {
  const catalog = buildCatalog(createdAt);
  const state: SandboxState = {
    createdAt,
    catalog,
    users: new Map(),
    visits: [],
    events: new Map(),
    transactions: new Map(),
    rewards: [],
    activations: new Map(),
    attributions: [],
    subscriptions: new Map(),
    notifications: [],
    ledger: [],
    audits: new Map(),
    files: new Map(),
    uploads: new Map(),
    bulkUploads: new Map(),
    jobs: [],
  };
  if (opts.subscribedWebhookUrl) {
    for (const eventName of NOTIFICATION_TYPES) {
      const id = stableMongoId(`subscription:${eventName}`);
      state.subscriptions.set(id, { id, eventName, webhookUrl: opts.subscribedWebhookUrl, enabled: true });
    }
  }
  for (const persona of PERSONAS) {
    state.users.set(persona.id, { id: persona.id, attributes: { ...persona.attributes }, createdAt });
    persona.history.forEach((visit, index) => {
      const offer = catalog.offersById.get(visit.offerId);
      if (!offer) throw new Error(`Persona ${persona.id} history names unknown offer ${visit.offerId}`);
      const midnight = Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate());
      const at = new Date(midnight - visit.daysAgo * DAY_MS + 17 * 3_600_000);
      const transactionId = `${persona.id}-history-${index + 1}`;
      const rewardId = stableMongoId(`reward:${transactionId}`);
      state.visits.push({ userId: persona.id, merchantId: offer.merchant.id, at, transactionId });
      state.transactions.set(transactionKey(persona.id, transactionId), {
        userId: persona.id,
        transactionId,
        merchantId: offer.merchant.id,
        merchantName: offer.merchant.name,
        offerId: offer.id,
        approved: true,
        settledCount: 1,
        rewardIds: [rewardId],
        clawedBack: false,
        fraudulent: false,
        cardBIN: visit.cardBIN,
        cardLastFour: visit.cardLastFour,
      });
      state.rewards.push({
        id: rewardId,
        userId: persona.id,
        transactionId,
        offerId: offer.id,
        merchantId: offer.merchant.id,
        merchantName: offer.merchant.name,
        amountCents: visit.amountCents,
        userCents: visit.rewardCents,
        issuerCents: issuerCentsFor(visit.rewardCents),
        timestamp: at,
        cardBIN: visit.cardBIN,
        cardLastFour: visit.cardLastFour,
        clawedBack: false,
      });
    });
  }
  return state;
}
