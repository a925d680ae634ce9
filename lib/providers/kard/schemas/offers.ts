import { z } from "zod";
import {
  categoryOptionSchema,
  includeQuery,
  linksSchema,
  pageQuerySchema,
  purchaseChannelSchema,
  relationshipMultipleSchema,
  stateSchema,
} from "./common";

/** Source: `users.rewards.ComponentType` (Extended API `supportedComponents`). */
export const COMPONENT_TYPES = [
  "shortDescription",
  "longDescription",
  "baseReward",
  "boostedReward",
  "cta",
  "tags",
  "detailTags",
  "logoFlare",
  "progressBar",
] as const;
export const componentTypeSchema = z.enum(COMPONENT_TYPES);
export type KardComponentType = z.infer<typeof componentTypeSchema>;

/** Source: `users.rewards.OfferSortOptions`. */
export const offerSortSchema = z.enum(["startDate", "-startDate", "expirationDate", "-expirationDate", "name", "-name"]);
/** Source: `users.rewards.LocationSortOptions`. */
export const locationSortSchema = z.enum(["locationName", "-locationName"]);

/**
 * A call-to-action button. Absent once the offer is activated; `action` is the activate/boost
 * call to make unchanged. Source: `users.rewards.CtaComponent`; guide "Extended API Integration".
 */
const ctaSchema = z.object({
  buttonText: z.string(),
  buttonStyle: z.enum(["PRIMARY", "SECONDARY", "DISABLED"]),
  action: z.object({ url: z.string(), method: z.string() }).optional(),
  startIcon: z.string().optional(),
});

const labelPairSchema = z.object({ left: z.string().optional(), right: z.string().optional() });
const segmentSchema = z.object({ icon: z.string().optional(), position: z.enum(["LEFT", "RIGHT", "FULL_WIDTH"]) });

/** Per-user UI data, present only for the `supportedComponents` requested. Source: `users.rewards.OfferComponents`. */
export const offerComponentsSchema = z.object({
  shortDescription: z.string().optional(),
  longDescription: z.string().optional(),
  baseReward: z.string().optional(),
  boostedReward: z.string().optional(),
  cta: ctaSchema.optional(),
  tags: z.array(z.string()).optional(),
  detailTags: z.array(z.string()).optional(),
  logoFlare: z
    .object({
      borderColor: z.enum(["PRIMARY", "SECONDARY"]),
      badge: z.object({ icon: z.string(), position: z.enum(["TOP_RIGHT", "TOP_LEFT", "BOTTOM_RIGHT", "BOTTOM_LEFT"]) }).optional(),
    })
    .optional(),
  progressBar: z
    .object({
      total: z.number().int(),
      currentProgress: z.number().int(),
      label: z.string(),
      segmented: z.boolean(),
      segments: z.object({ default: segmentSchema, details: segmentSchema.optional() }).optional(),
      labels: z.object({ default: labelPairSchema, details: labelPairSchema.optional() }),
    })
    .optional(),
});

/** Transaction/reward bounds in integer cents. Source: `users.rewards.Amount`. */
const amountSchema = z.object({ type: z.literal("CENTS"), value: z.number().int() });

/**
 * An offer's fields. `userReward.value` is a percentage when `type` is PERCENT and dollars when
 * FLAT (the guide's `{type:"FLAT", value:20}` is the "$20.00 reward" of its settled webhook);
 * min/max amounts are cents. Asset URLs carry attribution tokens: do not cache them.
 * Source: `users.rewards.StandardOfferFields`.
 */
const standardOfferFieldsSchema = z.object({
  name: z.string(),
  terms: z.string(),
  purchaseChannel: z.array(purchaseChannelSchema),
  userReward: z.object({ type: z.enum(["FLAT", "PERCENT"]), value: z.number() }),
  assets: z.array(z.object({ type: z.string(), url: z.string(), alt: z.string() })),
  startDate: z.string(),
  expirationDate: z.string(),
  isTargeted: z.boolean(),
  maxRedemptions: z.number().int().optional(),
  minTransactionAmount: amountSchema.optional(),
  maxTransactionAmount: amountSchema.optional(),
  minRewardAmount: amountSchema.optional(),
  maxRewardAmount: amountSchema.optional(),
  websiteUrl: z.string().optional(),
  description: z.string().optional(),
  components: offerComponentsSchema.optional(),
});

const categoryDataSchema = z.object({ type: z.literal("category"), id: z.string() });

/** Source: `users.rewards.OfferDataUnion` (standardOffer is the only variant). */
const offerSchema = z.object({
  type: z.literal("standardOffer"),
  id: z.string(),
  attributes: standardOfferFieldsSchema,
  relationships: z.object({ category: z.object({ data: z.array(categoryDataSchema) }) }).optional(),
});
export type KardOffer = z.infer<typeof offerSchema>;

/** Source: `users.rewards.CategoryIncluded`. */
const categoryIncludedSchema = z.object({
  type: z.literal("category"),
  id: z.string(),
  attributes: z.object({ name: categoryOptionSchema }),
});

/** Source: "Get Offers By User" 200 `users.rewards.OffersResponseObject`. */
export const offersResponseSchema = z.object({
  data: z.array(offerSchema),
  links: linksSchema,
  included: z.array(categoryIncludedSchema).optional(),
  meta: z.object({ availableCategories: z.array(categoryIncludedSchema).optional() }).optional(),
});

/** `included` of locations, activate and boost: offers and categories. */
export const offerOrCategorySchema = z.discriminatedUnion("type", [offerSchema, categoryIncludedSchema]);

const operationTimeSchema = z.object({ day: z.number().int(), time: z.string() });

/** Source: `users.rewards.LocationData`. */
const locationSchema = z.object({
  type: z.literal("location"),
  id: z.string(),
  attributes: z.object({
    name: z.string(),
    address: z.object({ street: z.string(), city: z.string(), state: z.string(), zipCode: z.string() }),
    coordinates: z.object({ latitude: z.number(), longitude: z.number() }),
    phone: z.string(),
    operationHours: z.object({
      periods: z.array(z.object({ open: operationTimeSchema, close: operationTimeSchema })),
      weekdayText: z.array(z.string()),
    }),
  }),
  relationships: z.object({ offers: relationshipMultipleSchema, category: relationshipMultipleSchema }).optional(),
});

/** Source: "Get Locations By User" 200 `users.rewards.LocationsResponseObject`. */
export const locationsResponseSchema = z.object({
  data: z.array(locationSchema),
  links: linksSchema,
  included: z.array(offerOrCategorySchema).optional(),
});
export type KardLocationsPage = z.infer<typeof locationsResponseSchema>;

/**
 * Get Offers By User query. `filter[purchaseChannel]` and `supportedComponents` repeat per value.
 * Source: "Get Offers By User" parameters.
 */
export const offersQuerySchema = z.strictObject({
  page: pageQuerySchema.optional(),
  filter: z
    .strictObject({
      search: z.string().min(1).optional(),
      purchaseChannel: z.array(purchaseChannelSchema).min(1).optional(),
      category: categoryOptionSchema.optional(),
      isTargeted: z.boolean().optional(),
    })
    .optional(),
  sort: offerSortSchema.optional(),
  include: includeQuery(["categories"]).optional(),
  supportedComponents: z.array(componentTypeSchema).min(1).optional(),
});
export type KardOffersQuery = z.input<typeof offersQuerySchema>;

/**
 * Get Locations By User query. Latitude/longitude (degrees) take precedence over state, city and
 * zip code; `radius` is an integer in a unit the documentation does not state. Components are
 * returned only with `include` containing `offers`.
 * Source: "Get Locations By User" parameters; guide "Extended API Integration".
 */
export const locationsQuerySchema = z.strictObject({
  page: pageQuerySchema.optional(),
  filter: z
    .strictObject({
      name: z.string().min(1).optional(),
      city: z.string().min(1).optional(),
      zipCode: z.string().min(1).optional(),
      state: stateSchema.optional(),
      category: categoryOptionSchema.optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
      radius: z.number().int().min(1).optional(),
    })
    .optional(),
  sort: locationSortSchema.optional(),
  include: includeQuery(["offers", "categories"]).optional(),
  supportedComponents: z.array(componentTypeSchema).min(1).optional(),
});
export type KardLocationsQuery = z.input<typeof locationsQuerySchema>;
