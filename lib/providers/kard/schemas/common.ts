import { z } from "zod";

/**
 * JSON:API building blocks shared by every Kard operation (API version 2024-10-01).
 *
 * Reading rule for all Kard schemas: outbound (request) schemas are strict — unknown keys and
 * values outside the documented constraints are refused before anything is sent; inbound
 * (response, webhook) schemas keep the spec's types and required fields but strip unknown keys
 * and do not enforce string formats, because the guide asks integrations to "accept additional
 * fields gracefully".
 * Source: kard-openapi.yaml components `commons.*`; guide "Kard API Reference".
 */

/** An ISO 8601 timestamp with a zone designator (`Z` or `±hh:mm`), as the spec requires on requests. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** Source: `commons.ErrorSource`. */
const errorSourceSchema = z.object({
  pointer: z.string().optional(),
  parameter: z.string().optional(),
  header: z.string().optional(),
});

/**
 * One JSON:API error object. `status` is a string in the spec; a number is accepted and turned
 * into a string. `code` is not in the spec but is a standard JSON:API member Kard may send.
 * `id` names the failed resource and is always set on 207 multi-status items.
 * Source: `commons.ErrorObject`.
 */
export const errorObjectSchema = z.object({
  status: z.union([z.string(), z.number()]).transform(String),
  code: z.string().optional(),
  title: z.string(),
  detail: z.string(),
  source: errorSourceSchema.optional(),
  id: z.string().optional(),
});
export type KardErrorObject = z.infer<typeof errorObjectSchema>;

/**
 * Pagination links. The spec types `prev`/`next` as strings; the guide's examples send `null`
 * on the first and last page, so null is accepted. Source: `commons.Links`; guide "Get Offers".
 */
export const linksSchema = z.object({
  self: z.string(),
  prev: z.string().nullable().optional(),
  next: z.string().nullable().optional(),
});
export type KardLinks = z.infer<typeof linksSchema>;

/** Source: `commons.RelationshipData` / `RelationshipSingle` / `RelationshipMultiple`. */
const relationshipDataSchema = z.object({ type: z.string(), id: z.string() });
export const relationshipSingleSchema = z.object({ data: relationshipDataSchema });
export const relationshipMultipleSchema = z.object({ data: z.array(relationshipDataSchema) });

/** 202 job acknowledgement: the request was queued, not yet processed. Source: `commons.JobResponse`. */
export const jobResponseDataSchema = z.object({
  type: z.string(),
  id: z.string(),
  attributes: z.object({ status: z.literal("queued"), message: z.string() }),
});

/** `{}` as sent in upload bodies. Source: `commons.EmptyObject`. */
export const emptyRequestObject = z.strictObject({});
export const emptyResponseObject = z.object({});

/** Amounts on the wire are integer cents. Source: `commons.CommissionValue`. */
export const commissionValueSchema = z.object({ type: z.literal("cents"), value: z.number().int() });

export const NOTIFICATION_TYPES = [
  "earnedRewardApproved",
  "earnedRewardSettled",
  "validTransaction",
  "failedTransaction",
  "clawback",
  "auditUpdate",
  "fileProcessingResult",
] as const;
/** Source: `commons.NotificationType` (subscription `eventName` and webhook `type`). */
export const notificationTypeSchema = z.enum(NOTIFICATION_TYPES);
export type KardNotificationType = z.infer<typeof notificationTypeSchema>;

/** Source: `commons.PurchaseChannel`. */
export const purchaseChannelSchema = z.enum(["INSTORE", "ONLINE"]);

/** Source: `commons.CategoryOption`. */
export const categoryOptionSchema = z.enum([
  "Arts & Entertainment",
  "Baby, Kids & Toys",
  "Books & Digital Media",
  "Clothing, Shoes & Accessories",
  "Computers, Electronics & Software",
  "Convenience",
  "Gas",
  "Department Stores",
  "Food & Beverage",
  "Health & Beauty",
  "Home & Garden",
  "Miscellaneous",
  "Occasions & Gifts",
  "Pets",
  "Sports & Outdoors",
  "Supplies & Services",
  "Travel",
]);
export type KardCategoryOption = z.infer<typeof categoryOptionSchema>;

/** US states and territories. Source: `commons.State` / `transactions.States`. */
export const stateSchema = z.enum([
  "AL", "AK", "AS", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FM", "FL", "GA", "GU", "HI", "ID", "IL",
  "IN", "IA", "KS", "KY", "LA", "ME", "MH", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
  "NJ", "NM", "NY", "NC", "ND", "MP", "OH", "OK", "OR", "PW", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
  "UT", "VT", "VI", "VA", "WA", "WV", "WI", "WY",
]);

/** Source: `commons.CardNetwork`. */
export const cardNetworkSchema = z.enum(["VISA", "MASTERCARD", "AMERICANEXPRESS", "DISCOVER"]);

/**
 * A 2xx body that is either the full success shape or a 207 multi-status `{errors, data}`.
 * The multi-status variant is tried first: zod strips unknown keys, so the other order would
 * silently drop `errors`.
 */
export function withMultiStatus<D extends z.ZodType, P extends z.ZodType>(data: D, partialData: P) {
  return z.union([
    z.object({ errors: z.array(errorObjectSchema).min(1), data: partialData }),
    z.object({ data, errors: z.undefined().optional() }),
  ]);
}

/** `page[size]`, `page[after]`, `page[before]` (cursors come from `links`). Source: kard-endpoints.md "Pagination". */
export const pageQuerySchema = z.strictObject({
  size: z.number().int().min(1).optional(),
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
});

/** An `include` list, sent comma-separated as the spec describes ("CSV list of included resources"). */
export function includeQuery<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .min(1)
    .transform((list) => [...new Set(list)].join(","));
}
