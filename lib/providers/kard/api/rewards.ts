import { assertBatchSize } from "../batch";
import { type KardTransport, segment } from "../transport";
import {
  type KardAttributionEvent,
  type KardOfferActionQuery,
  MAX_ATTRIBUTIONS_PER_REQUEST,
  createAttributionsRequestSchema,
  createAttributionsResponseSchema,
  offerActionQuerySchema,
  offerActionResponseSchema,
} from "../schemas/attributions";
import {
  type KardLocationsQuery,
  type KardOffersQuery,
  locationsQuerySchema,
  locationsResponseSchema,
  offersQuerySchema,
  offersResponseSchema,
} from "../schemas/offers";

/** Offers, locations and the user's interactions with them. All reads are per user. */
export function rewardsApi(transport: KardTransport) {
  const offerAction = (endpoint: "activateOffer" | "boostOffer", action: "activate" | "boost") =>
    (userId: string, offerId: string, query?: KardOfferActionQuery) =>
      transport.call({
        endpoint,
        method: "POST",
        path: `/users/${segment(userId)}/offers/${segment(offerId)}/${action}`,
        query: { schema: offerActionQuerySchema, value: query ?? {} },
        response: offerActionResponseSchema,
      });

  return {
    /**
     * Offers the user is eligible for: `GET …/users/{userId}/offers` with `page[size|after|
     * before]`, `filter[search|purchaseChannel|category|isTargeted]`, `sort`,
     * `include=categories`, repeated `supportedComponents`. Answers `{data:[standardOffer],
     * links, included?:[category], meta?:{availableCategories}}`; `userReward.value` is a percent
     * (PERCENT) or dollars (FLAT). Scope rewards:read. Source: "Get Offers By User".
     * @throws ProviderError INVALID_REQUEST for an undocumented filter value; 400/401/404/500.
     */
    async getOffersByUser(userId: string, query?: KardOffersQuery) {
      return transport.call({
        endpoint: "getOffersByUser",
        method: "GET",
        path: `/users/${segment(userId)}/offers`,
        query: { schema: offersQuerySchema, value: query ?? {} },
        response: offersResponseSchema,
      });
    },

    /**
     * Locations with in-store offers for the user: `GET …/users/{userId}/locations` with
     * `filter[name|city|zipCode|state|category|latitude|longitude|radius]`, `sort`,
     * `include=offers,categories` (offers are needed for components), `supportedComponents`.
     * Scope rewards:read. Source: "Get Locations By User". @throws ProviderError.
     */
    async getLocationsByUser(userId: string, query?: KardLocationsQuery) {
      return transport.call({
        endpoint: "getLocationsByUser",
        method: "GET",
        path: `/users/${segment(userId)}/locations`,
        query: { schema: locationsQuerySchema, value: query ?? {} },
        response: locationsResponseSchema,
      });
    },

    /**
     * Records the user's activation of an offer (attribution eventCode ACTIVATE, medium CTA):
     * `POST …/users/{userId}/offers/{offerId}/activate`, no body; `include: ["offer"]` returns
     * the refreshed offer in `included`. 201 `{data:{type, id, attributes:{entityId,
     * eventCode, medium, eventDate}}, included?}`. Source: "Activate Offer". @throws ProviderError.
     */
    activateOffer: offerAction("activateOffer", "activate"),

    /**
     * Records a boost of an offer (eventCode BOOST, medium CTA):
     * `POST …/users/{userId}/offers/{offerId}/boost`; same shapes as activateOffer.
     * Source: "Boost Offer". @throws ProviderError.
     */
    boostOffer: offerAction("boostOffer", "boost"),

    /**
     * Sends up to 100 attribution events (IMPRESSION / VIEW …) for one user:
     * `POST …/users/{userId}/attributions` → 202 `{data:{type, id, attributes:{status:"queued",
     * message}}}`. Scope attributions:write. Source: "Create Attribution Events"; guide "Attributions".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 100; INVALID_REQUEST; HTTP_<status>.
     */
    async createAttributions(userId: string, events: KardAttributionEvent[]) {
      assertBatchSize("createAttributions", events.length, MAX_ATTRIBUTIONS_PER_REQUEST, "attribution events");
      return transport.call({
        endpoint: "createAttributions",
        method: "POST",
        path: `/users/${segment(userId)}/attributions`,
        body: { schema: createAttributionsRequestSchema, value: { data: events } },
        response: createAttributionsResponseSchema,
      });
    },
  };
}
