import { z } from "zod";
import {
  cardNetworkSchema,
  isoDateTime,
  jobResponseDataSchema,
  stateSchema,
  withMultiStatus,
} from "./common";

/** Documented batch limit of transactions, fraud markers and upload parts ("Maximum of 500"). */
export const MAX_TRANSACTIONS_PER_REQUEST = 500;

const cents = z.number().int();
const cardBin = z.string().regex(/^\d{6}$/, "cardBIN must be the first 6 digits of the card number");
const cardLastFour = z.string().regex(/^\d{4}$/, "cardLastFour must be 4 digits");
const currency = z.string().regex(/^[A-Z]{3}$/, "currency must be an ISO 4217 alpha-3 code");

export const transactionStatusSchema = z.enum(["APPROVED", "SETTLED", "REVERSED", "RETURNED", "DECLINED"]);
const directionSchema = z.enum(["DEBIT", "CREDIT"]);

/** Source: `transactions.Merchant` (`id` is the acquirer MID, required for local offers). */
const merchantSchema = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  addrStreet: z.string().optional(),
  addrCity: z.string().optional(),
  addrState: stateSchema.optional(),
  addrZipcode: z.string().optional(),
  addrCountry: z.string().optional(),
  latitude: z.string().optional(),
  longitude: z.string().optional(),
  storeId: z.string().optional(),
});

/** Source: `transactions.ProcessorMid` (VISA only). */
const processorMidSchema = z.strictObject({
  processor: z.literal("VISA"),
  mids: z.strictObject({ vmid: z.string().min(1), vsid: z.string().min(1) }),
});

/** Which event timestamp each status requires. Source: `TransactionsAttributes` field descriptions. */
const REQUIRED_DATE_BY_STATUS = {
  APPROVED: "authorizationDate",
  SETTLED: "settledDate",
  REVERSED: "transactionDate",
  RETURNED: "transactionDate",
  DECLINED: "transactionDate",
} as const;

/**
 * A card transaction event for Kard to match: `amount`/`subtotal` in integer cents, dates ISO 8601
 * with zone. APPROVED needs `authorizationDate`, SETTLED `settledDate`, REVERSED / RETURNED /
 * DECLINED `transactionDate`; the same `transactionId` links the events of one purchase.
 * Source: `transactions.TransactionsAttributes`; guide "Transaction CLO Matching".
 */
export const transactionAttributesSchema = z
  .strictObject({
    userId: z.string().min(1),
    amount: cents,
    subtotal: cents.optional(),
    status: transactionStatusSchema,
    currency,
    description: z.string().min(1),
    description2: z.string().optional(),
    mcc: z.string().optional(),
    coreProviderId: z.string().optional(),
    transactionDate: isoDateTime.optional(),
    authorizationDate: isoDateTime.optional(),
    settledDate: isoDateTime.optional(),
    merchant: merchantSchema.optional(),
    cardPresence: z.string().optional(),
    panEntryMode: z.string().optional(),
    cardBIN: cardBin,
    cardLastFour,
    authorizationCode: z.string().optional(),
    retrievalReferenceNumber: z.string().optional(),
    systemTraceAuditNumber: z.string().optional(),
    acquirerReferenceNumber: z.string().optional(),
    direction: directionSchema,
    paymentType: z.literal("CARD"),
    cardNetwork: cardNetworkSchema.optional(),
    transactionId: z.string().min(1),
    cardProductId: z.string().optional(),
    userZipCode: z.string().optional(),
    processorMids: processorMidSchema.optional(),
  })
  .superRefine((tx, ctx) => {
    const field = REQUIRED_DATE_BY_STATUS[tx.status];
    if (!tx[field]) ctx.addIssue({ code: "custom", path: [field], message: `${field} is required when status is ${tx.status}` });
  });

const matchedTransactionFields = z.strictObject({
  userId: z.string().min(1),
  amount: cents,
  subtotal: cents.optional(),
  description: z.string().min(1),
  authorizationDate: isoDateTime,
  matchedOfferId: z.string().optional(),
  matchedLocationId: z.string().optional(),
  merchant: merchantSchema.optional(),
  paymentType: z.enum(["CARD", "CASH", "UNKNOWN"]),
  cardBIN: cardBin.optional(),
  cardLastFour: cardLastFour.optional(),
  authorizationCode: z.string().optional(),
  retrievalReferenceNumber: z.string().optional(),
  systemTraceAuditNumber: z.string().optional(),
  acquirerReferenceNumber: z.string().optional(),
  direction: directionSchema,
  cardNetwork: cardNetworkSchema.optional(),
  transactionId: z.string().min(1),
  cardProductId: z.string().optional(),
  orderId: z.string().optional(),
  receiptMedium: z.enum(["ELECTRONIC", "PHYSICAL"]).optional(),
});
type MatchedTransaction = z.infer<typeof matchedTransactionFields>;

interface MatchedRule {
  field: keyof MatchedTransaction;
  must: "omit" | "send";
  when: (tx: MatchedTransaction) => boolean;
  why: string;
}

const notCard = (tx: MatchedTransaction) => tx.paymentType !== "CARD";

/** The documented field rules of a pre-matched transaction. Source: `MatchedTransactionsAttributes` field descriptions. */
const MATCHED_RULES: MatchedRule[] = [
  { field: "cardBIN", must: "omit", when: notCard, why: "when paymentType is CASH or UNKNOWN" },
  { field: "cardNetwork", must: "omit", when: notCard, why: "when paymentType is CASH or UNKNOWN" },
  { field: "cardProductId", must: "omit", when: notCard, why: "when paymentType is CASH or UNKNOWN" },
  { field: "cardLastFour", must: "omit", when: (tx) => tx.paymentType === "CASH", why: "when paymentType is CASH" },
  { field: "matchedLocationId", must: "omit", when: (tx) => tx.paymentType === "UNKNOWN", why: "when paymentType is UNKNOWN" },
  {
    field: "matchedOfferId",
    must: "omit",
    when: (tx) => tx.paymentType === "UNKNOWN" && !tx.orderId && !tx.cardLastFour,
    why: "when paymentType is UNKNOWN and neither orderId nor cardLastFour is sent",
  },
  {
    field: "cardLastFour",
    must: "send",
    when: (tx) => tx.paymentType === "CARD" && tx.matchedOfferId !== undefined,
    why: "when paymentType is CARD and matchedOfferId is sent",
  },
];

/**
 * A transaction the issuer already matched to a Kard offer, sent for validation. Amounts in
 * integer cents; the card fields follow the documented presence rules above.
 * Source: `transactions.MatchedTransactionsAttributes`.
 */
const matchedTransactionAttributesSchema = matchedTransactionFields.superRefine((tx, ctx) => {
  for (const rule of MATCHED_RULES) {
    if (!rule.when(tx)) continue;
    const present = tx[rule.field] !== undefined;
    if (rule.must === "omit" && present) {
      ctx.addIssue({ code: "custom", path: [rule.field], message: `${rule.field} must be omitted ${rule.why}` });
    }
    if (rule.must === "send" && !present) {
      ctx.addIssue({ code: "custom", path: [rule.field], message: `${rule.field} is required ${rule.why}` });
    }
  }
});

/**
 * A settled transaction from a core banking system with little card data; `cardLastFours` lists
 * candidate cards when the issuer cannot tell which one was used.
 * Source: `transactions.CoreTransactionAttributes`.
 */
const coreTransactionAttributesSchema = z.strictObject({
  userId: z.string().min(1),
  transactionId: z.string().min(1),
  amount: cents,
  currency,
  description: z.string().min(1),
  direction: directionSchema,
  status: z.literal("SETTLED"),
  settledDate: isoDateTime,
  authorizationDate: isoDateTime,
  financialInstitutionName: z.string().optional(),
  financialInstitutionId: z.string().optional(),
  cardLastFours: z.array(cardLastFour).optional(),
});

/** `id` is the event's own identifier, unique per event sent. Source: `transactions.Transactions`. */
export const incomingTransactionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("transaction"), id: z.string().min(1), attributes: transactionAttributesSchema }),
  z.strictObject({ type: z.literal("matchedTransaction"), id: z.string().min(1), attributes: matchedTransactionAttributesSchema }),
  z.strictObject({ type: z.literal("coreTransaction"), id: z.string().min(1), attributes: coreTransactionAttributesSchema }),
]);
export type KardIncomingTransaction = z.input<typeof incomingTransactionSchema>;

/** Source: "Create Incoming Transactions" request `transactions.TransactionsRequestBody`. */
export const createIncomingTransactionsRequestSchema = z.strictObject({
  data: z.array(incomingTransactionSchema).min(1).max(MAX_TRANSACTIONS_PER_REQUEST),
});

/**
 * 202 `{data: job}` (queued for matching) or 207 `{errors, data: job}`.
 * Source: "Create Incoming Transactions" responses 202 / 207.
 */
export const createIncomingTransactionsResponseSchema = withMultiStatus(jobResponseDataSchema, jobResponseDataSchema);

/** `id` is the flagged transaction's `transactionId`. Source: `transactions.FraudulentTransactionData`. */
const fraudMarkerSchema = z.strictObject({
  id: z.string().min(1),
  type: z.literal("fraudulentTransaction"),
  attributes: z.strictObject({ userId: z.string().min(1) }),
});
export type KardFraudMarker = z.input<typeof fraudMarkerSchema>;

/** Source: "Flag Fraudulent Transactions" request, at most 500 items. */
export const createFraudMarkersRequestSchema = z.strictObject({
  data: z.array(fraudMarkerSchema).min(1).max(MAX_TRANSACTIONS_PER_REQUEST),
});

const fraudMarkerResponseSchema = z.object({ id: z.string(), type: z.string(), attributes: z.object({ userId: z.string() }) });

/** 200 `{data:[…]}` or 207 `{errors, data}`. Source: "Flag Fraudulent Transactions" responses. */
export const createFraudMarkersResponseSchema = withMultiStatus(
  z.array(fraudMarkerResponseSchema),
  z.array(fraudMarkerResponseSchema),
);

/** Documented bounds of Create Bulk Transactions Upload URL ("1–10 items per request"). */
export const MAX_UPLOAD_URLS_PER_REQUEST = 10;

/** Source: `transactions.FileUploadType`. */
export const fileUploadTypeSchema = z.enum(["incomingTransactionsFile", "historicalTransactionsFile"]);

/** One file to upload (JSONL or gzip, ≤ 5 GB, `coreTransaction` lines only). Source: `CreateFileUploadData`. */
const fileUploadRequestSchema = z.strictObject({
  type: fileUploadTypeSchema,
  attributes: z.strictObject({ filename: z.string().min(1) }),
});
export type KardFileUploadRequest = z.input<typeof fileUploadRequestSchema>;

/** Source: "Create Bulk Transactions Upload URL" request `CreateFileUploadRequestBody`. */
export const createBulkTransactionsUploadUrlRequestSchema = z.strictObject({
  data: z.array(fileUploadRequestSchema).min(1).max(MAX_UPLOAD_URLS_PER_REQUEST),
});

/**
 * 201: one presigned PUT `url` per file, valid `expiresIn` seconds (900).
 * Source: "Create Bulk Transactions Upload URL" 201 `CreateFileUploadUrlResponse`.
 */
export const createBulkTransactionsUploadUrlResponseSchema = z.object({
  data: z.array(
    z.object({
      type: fileUploadTypeSchema,
      id: z.string(),
      attributes: z.object({ url: z.string(), expiresIn: z.number().int() }),
    }),
  ),
});
