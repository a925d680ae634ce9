import { z } from "zod";
import { includeQuery, isoDateTime, jobResponseDataSchema } from "./common";
import { componentTypeSchema, offerOrCategorySchema } from "./offers";

/** Documented batch limit of Create Attribution Events ("A maximum of 100 events"). */
export const MAX_ATTRIBUTIONS_PER_REQUEST = 100;

/** Source: `users.attributions.EventCode`. */
export const eventCodeSchema = z.enum(["IMPRESSION", "VIEW", "ACTIVATE", "BOOST"]);
/** Where an offer was seen or acted on. Source: `users.attributions.OfferMedium`. */
export const offerMediumSchema = z.enum(["BROWSE", "EMAIL", "MAP", "SEARCH", "CTA"]);

/** Where the offer was shown: `rank` is 1-based. Source: `users.attributions.AttributionState`. */
const attributionStateSchema = z.strictObject({
  rank: z.number().int().min(1).optional(),
  filters: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })).optional(),
});

/**
 * One attribution event: `entityId` is the offer ID (offerAttribution) or the notification ID
 * (notificationAttribution, medium PUSH only); `eventDate` ISO 8601.
 * Source: `users.attributions.CreateAttributionRequestUnion`; guide "Attributions".
 */
const attributionEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("offerAttribution"),
    attributes: z.strictObject({
      entityId: z.string().min(1),
      eventCode: eventCodeSchema,
      medium: offerMediumSchema,
      eventDate: isoDateTime,
      state: attributionStateSchema.optional(),
    }),
  }),
  z.strictObject({
    type: z.literal("notificationAttribution"),
    attributes: z.strictObject({
      entityId: z.string().min(1),
      eventCode: eventCodeSchema,
      medium: z.literal("PUSH"),
      eventDate: isoDateTime,
      state: attributionStateSchema.optional(),
    }),
  }),
]);
export type KardAttributionEvent = z.input<typeof attributionEventSchema>;

/** Source: "Create Attribution Events" request `CreateAttributionRequestObject`. */
export const createAttributionsRequestSchema = z.strictObject({
  data: z.array(attributionEventSchema).min(1).max(MAX_ATTRIBUTIONS_PER_REQUEST),
});

/** 202: the events are queued. Source: "Create Attribution Events" 202 `CreateAttributionResponse`. */
export const createAttributionsResponseSchema = z.object({ data: jobResponseDataSchema });

/**
 * 201 of Activate / Boost Offer: the recorded attribution event (eventCode ACTIVATE or BOOST,
 * medium CTA) and, with `include=offer`, the refreshed offer in `included`.
 * Source: `users.attributions.ActivateOfferResponse` / `BoostOfferResponse`.
 */
export const offerActionResponseSchema = z.object({
  data: z.object({
    type: z.string(),
    id: z.string(),
    attributes: z.object({ entityId: z.string(), eventCode: z.string(), medium: z.string(), eventDate: z.string() }),
  }),
  included: z.array(offerOrCategorySchema).optional(),
});

/**
 * Activate / Boost Offer query: `include=offer` returns the refreshed offer, with the
 * `supportedComponents` asked for. Source: "Activate Offer" / "Boost Offer" parameters.
 */
export const offerActionQuerySchema = z.strictObject({
  include: includeQuery(["offer"]).optional(),
  supportedComponents: z.array(componentTypeSchema).min(1).optional(),
});
export type KardOfferActionQuery = z.input<typeof offerActionQuerySchema>;
