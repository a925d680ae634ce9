import { z } from "zod";
import { eventCodeSchema, offerMediumSchema } from "../schemas/attributions";
import { NOTIFICATION_TYPES, stateSchema } from "../schemas/common";
import { transactionStatusSchema } from "../schemas/transactions";

/**
 * Request-body schemas the sandbox enforces, written from the OpenAPI blocks of each operation
 * page (required fields, enums) and the constraints their descriptions state (6-digit BIN,
 * E.164 phone, SHA-256 hashed email, the date that each transaction status requires, the
 * field combinations a matchedTransaction's paymentType forbids).
 * The wire enums (notification types, categories, components, states, statuses, file types) are
 * the ones in ../schemas, checked against kard-openapi.yaml by schemas/wire-enums.test.ts. The
 * body schemas stay the stand-in's own: they are the documented server-side rules (what Kard
 * refuses and with which JSON:API pointer), written from the operation pages rather than from
 * our client's request schemas, so a mistake in the client shows as a sandbox refusal instead
 * of being shared by both sides.
 * Source: Kard seed, "Create Incoming Transactions", "Create Users", "Update User", "Flag
 * Fraudulent Transactions", "Create Audits", "Create Bulk Transactions Upload URL",
 * "Create Subscription", "Update Subscription", "Create Attribution Events", "Create Upload",
 * "Add Upload Part", "Update Upload".
 */
const isoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a time zone designator" });
const nonEmpty = z.string().min(1, "must not be empty");

// ---- users

const userAttributes = z.object({
  enrolledRewards: z.array(z.enum(["CARDLINKED"])),
  zipCode: z.string().optional(),
  email: z.email("must be an email address").optional(),
  hashedEmail: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be a SHA-256 hex digest (64 hex characters)").optional(),
  phoneNumber: z.string().regex(/^\+[1-9]\d{1,14}$/, "must be in E.164 format, e.g. +14155552671").optional(),
  birthYear: z.string().regex(/^\d{4}$/, "must be a four-digit year").optional(),
  historicalTransactionsSent: z.boolean().optional(),
});

export const createUserItem = z.object({ type: z.literal("user"), id: nonEmpty, attributes: userAttributes });
export type CreateUserItem = z.infer<typeof createUserItem>;

export const updateUserBody = z.object({
  data: z.object({ type: z.literal("user"), id: nonEmpty, attributes: userAttributes.omit({ historicalTransactionsSent: true }) }),
});

// ---- transactions

const merchant = z.object({
  id: z.string().optional(),
  name: nonEmpty,
  addrStreet: z.string().optional(),
  addrCity: z.string().optional(),
  addrState: stateSchema.optional(),
  addrZipcode: z.string().optional(),
  addrCountry: z.string().optional(),
  latitude: z.string().optional(),
  longitude: z.string().optional(),
  storeId: z.string().optional(),
});

const cardNetwork = z.enum(["VISA", "MASTERCARD", "AMERICANEXPRESS", "DISCOVER"]);
const cents = z.number().int("must be an integer number of cents").nonnegative("must not be negative");
const direction = z.enum(["DEBIT", "CREDIT"]);
const cardBIN = z.string().regex(/^\d{6}$/, "must be the first 6 digits of the card number");
const cardLastFour = z.string().regex(/^\d{4}$/, "must be 4 digits");

const transactionAttributes = z
  .object({
    userId: nonEmpty,
    amount: cents,
    subtotal: cents.optional(),
    status: transactionStatusSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 alpha-3 code"),
    description: nonEmpty,
    description2: z.string().optional(),
    mcc: z.string().optional(),
    coreProviderId: z.string().optional(),
    transactionDate: isoDateTime.optional(),
    authorizationDate: isoDateTime.optional(),
    settledDate: isoDateTime.optional(),
    merchant: merchant.optional(),
    cardPresence: z.string().optional(),
    panEntryMode: z.string().optional(),
    cardBIN,
    cardLastFour,
    authorizationCode: z.string().optional(),
    retrievalReferenceNumber: z.string().optional(),
    systemTraceAuditNumber: z.string().optional(),
    acquirerReferenceNumber: z.string().optional(),
    direction,
    paymentType: z.literal("CARD"),
    cardNetwork: cardNetwork.optional(),
    transactionId: nonEmpty,
    cardProductId: z.string().optional(),
    userZipCode: z.string().optional(),
    processorMids: z.object({ processor: z.literal("VISA"), mids: z.object({ vmid: nonEmpty, vsid: nonEmpty }) }).optional(),
  })
  .superRefine((value, ctx) => {
    const required =
      value.status === "APPROVED" ? "authorizationDate" : value.status === "SETTLED" ? "settledDate" : "transactionDate";
    if (!value[required]) {
      ctx.addIssue({ code: "custom", path: [required], message: `is required when status is ${value.status}` });
    }
  });
export type TransactionAttributes = z.infer<typeof transactionAttributes>;

const matchedTransactionAttributes = z
  .object({
    userId: nonEmpty,
    amount: cents,
    subtotal: cents.optional(),
    description: nonEmpty,
    authorizationDate: isoDateTime,
    matchedOfferId: z.string().optional(),
    matchedLocationId: z.string().optional(),
    merchant: merchant.optional(),
    paymentType: z.enum(["CARD", "CASH", "UNKNOWN"]),
    cardBIN: cardBIN.optional(),
    cardLastFour: cardLastFour.optional(),
    authorizationCode: z.string().optional(),
    retrievalReferenceNumber: z.string().optional(),
    systemTraceAuditNumber: z.string().optional(),
    acquirerReferenceNumber: z.string().optional(),
    direction,
    cardNetwork: cardNetwork.optional(),
    transactionId: nonEmpty,
    cardProductId: z.string().optional(),
    orderId: z.string().optional(),
    receiptMedium: z.enum(["ELECTRONIC", "PHYSICAL"]).optional(),
  })
  .superRefine((value, ctx) => {
    const forbid = (field: keyof typeof value, when: string) => {
      if (value[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `must be omitted when paymentType is ${when}` });
    };
    if (value.paymentType === "CASH" || value.paymentType === "UNKNOWN") {
      forbid("cardBIN", value.paymentType);
      forbid("cardNetwork", value.paymentType);
      forbid("cardProductId", value.paymentType);
    }
    if (value.paymentType === "CASH") forbid("cardLastFour", "CASH");
    if (value.paymentType === "UNKNOWN") {
      forbid("matchedLocationId", "UNKNOWN");
      if (value.orderId === undefined && value.cardLastFour === undefined) forbid("matchedOfferId", "UNKNOWN without orderId or cardLastFour");
    }
    if (value.paymentType === "CARD" && value.matchedOfferId !== undefined && value.cardLastFour === undefined) {
      ctx.addIssue({ code: "custom", path: ["cardLastFour"], message: "is required when paymentType is CARD and matchedOfferId is provided" });
    }
  });

const coreTransactionAttributes = z.object({
  userId: nonEmpty,
  transactionId: nonEmpty,
  amount: cents,
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 alpha-3 code"),
  description: nonEmpty,
  direction,
  status: z.literal("SETTLED"),
  settledDate: isoDateTime,
  authorizationDate: isoDateTime,
  financialInstitutionName: z.string().optional(),
  financialInstitutionId: z.string().optional(),
  cardLastFours: z.array(cardLastFour).optional(),
});

export const transactionItem = z.discriminatedUnion("type", [
  z.object({ type: z.literal("transaction"), id: nonEmpty, attributes: transactionAttributes }),
  z.object({ type: z.literal("matchedTransaction"), id: nonEmpty, attributes: matchedTransactionAttributes }),
  z.object({ type: z.literal("coreTransaction"), id: nonEmpty, attributes: coreTransactionAttributes }),
]);
export type TransactionItem = z.infer<typeof transactionItem>;

export const coreTransactionItem = z.object({ type: z.literal("coreTransaction"), id: nonEmpty, attributes: coreTransactionAttributes });

export const fraudItem = z.object({
  id: nonEmpty,
  type: z.literal("fraudulentTransaction"),
  attributes: z.object({ userId: nonEmpty }),
});

export const auditItem = z.object({
  type: z.literal("audit"),
  attributes: z.object({
    auditCode: z.union([z.literal(3005), z.literal(3006), z.literal(8001)], { message: "must be 3005, 3006 or 8001" }),
    merchantName: nonEmpty,
    auditDescription: nonEmpty,
    transactionId: nonEmpty,
  }),
});

export const uploadUrlItem = z.object({
  type: z.enum(["incomingTransactionsFile", "historicalTransactionsFile"]),
  attributes: z.object({
    filename: nonEmpty.regex(/\.(jsonl|jsonl\.gz|gz)$/i, "must name a JSONL (.jsonl) or gzip (.gz) file"),
  }),
});

// ---- notifications

const webhookUrl = z.url({ protocol: /^https?$/, message: "must be an absolute http(s) URL" });

export const subscriptionItem = z.object({
  type: z.literal("subscription"),
  attributes: z.object({ eventName: z.enum(NOTIFICATION_TYPES), webhookUrl, enabled: z.boolean() }),
});

export const updateSubscriptionBody = z.object({
  data: z.object({
    type: z.literal("subscription"),
    attributes: z.object({
      eventName: z.enum(NOTIFICATION_TYPES).optional(),
      webhookUrl: webhookUrl.optional(),
      enabled: z.boolean().optional(),
    }),
  }),
});

// ---- attributions

const attributionState = z.object({
  rank: z.number().int().positive().optional(),
  filters: z.array(z.object({ name: nonEmpty, value: z.string() })).optional(),
});


export const attributionItem = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("offerAttribution"),
    attributes: z.object({
      entityId: nonEmpty,
      eventCode: eventCodeSchema,
      medium: offerMediumSchema,
      eventDate: isoDateTime,
      state: attributionState.optional(),
    }),
  }),
  z.object({
    type: z.literal("notificationAttribution"),
    attributes: z.object({
      entityId: nonEmpty,
      eventCode: eventCodeSchema,
      medium: z.literal("PUSH"),
      eventDate: isoDateTime,
      state: attributionState.optional(),
    }),
  }),
]);

// ---- uploads

const emptyObject = z.object({}).strict();

export const createUploadBody = z.object({ data: z.object({ type: z.literal("historicalTransactionStart"), attributes: emptyObject }) });
export const uploadPartItem = z.object({ type: z.literal("historicalTransaction"), id: nonEmpty, attributes: transactionAttributes });
export const updateUploadBody = z.object({
  data: z.object({ type: z.literal("historicalTransactionComplete"), id: nonEmpty, attributes: emptyObject }),
});
