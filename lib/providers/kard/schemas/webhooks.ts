import { z } from "zod";
import { commissionValueSchema, errorObjectSchema, relationshipSingleSchema } from "./common";
import { fileMetadataAttributesSchema } from "./files";

const earnedRewardAttributes = {
  message: z.string(),
  name: z.string(),
  attributionUrl: z.string(),
  surveyUrl: z.string().optional(),
  cardProductId: z.string().optional(),
};

const failedTransactionAttributesSchema = z.object({
  message: z.string(),
  reason: z.string(),
  name: z.string(),
  cardProductId: z.string().optional(),
});

const transactionRelationshipsSchema = z.object({
  user: relationshipSingleSchema,
  offer: relationshipSingleSchema,
  transaction: relationshipSingleSchema,
});

/**
 * The notification in a webhook body, one variant per `type`. `id` is the notification's own ID,
 * the idempotency key of the delivery. `commissionEarned` values are integer cents.
 * Source: Notification Webhook `notifications.NotificationDataUnion`.
 */
const notificationDataSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("earnedRewardApproved"),
    id: z.string(),
    attributes: z.object(earnedRewardAttributes),
    relationships: z.object({ user: relationshipSingleSchema, transaction: relationshipSingleSchema }),
  }),
  z.object({
    type: z.literal("earnedRewardSettled"),
    id: z.string(),
    attributes: z.object({ ...earnedRewardAttributes, commissionEarned: commissionValueSchema }),
    relationships: z.object({ user: relationshipSingleSchema, transaction: relationshipSingleSchema }),
  }),
  z.object({
    type: z.literal("validTransaction"),
    id: z.string(),
    attributes: z.object({
      ...earnedRewardAttributes,
      commissionEarned: z.object({ issuer: commissionValueSchema, user: commissionValueSchema }),
    }),
    relationships: transactionRelationshipsSchema,
  }),
  z.object({
    type: z.literal("failedTransaction"),
    id: z.string(),
    attributes: failedTransactionAttributesSchema,
    relationships: transactionRelationshipsSchema,
  }),
  z.object({
    type: z.literal("clawback"),
    id: z.string(),
    attributes: failedTransactionAttributesSchema,
    relationships: transactionRelationshipsSchema,
  }),
  z.object({
    type: z.literal("auditUpdate"),
    id: z.string(),
    attributes: z.object({
      status: z.enum(["NEW", "IN_PROGRESS", "CLOSED"]),
      auditCode: z.number().int(),
      merchantName: z.string(),
      auditDescription: z.string(),
      transactionId: z.string(),
      resolutionCode: z.number().int().optional(),
      resolutionDescription: z.string().optional(),
      resolutionTimeStamp: z.string().optional(),
    }),
    relationships: z.object({ user: relationshipSingleSchema, audit: relationshipSingleSchema }),
  }),
  z.object({
    type: z.literal("fileProcessingResult"),
    id: z.string(),
    attributes: fileMetadataAttributesSchema,
  }),
]);

/**
 * A webhook body exactly as the spec defines it: `{data, meta?:{issuerId, issuerName}, errors?}`.
 * Inbound deliveries are read through webhooks.ts (parseKardWebhookEvent), which also accepts the guide's older
 * shapes. Source: Notification Webhook `notifications.NotificationPayload`.
 */
export const notificationPayloadSchema = z.object({
  data: notificationDataSchema,
  meta: z.object({ issuerId: z.string(), issuerName: z.string() }).optional(),
  errors: z.array(errorObjectSchema).optional(),
});
export type KardNotificationPayload = z.infer<typeof notificationPayloadSchema>;
