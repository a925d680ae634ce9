import type { Location, Offer } from "../catalog";
import { requireUser, type SandboxContext } from "../context";
import { eligibleOffers } from "../eligibility";
import { badRequest, json } from "../json-api";
import { renderCategory, renderOffer } from "../offer-view";
import { paginate, readPageRequest } from "../pagination";
import { readEnum, readEnumList, readInclude, readNumber } from "../query";
import { categoryOptionSchema, stateSchema } from "../../schemas/common";
import { COMPONENT_TYPES } from "../../schemas/offers";
import { CATEGORY_IDS } from "../seed/categories";

/**
 * GET …/users/{userId}/locations — in-store locations where the user has an eligible offer.
 * Query: page[…]; filter[name] (case-insensitive substring), filter[city], filter[zipCode],
 * filter[state], filter[category]; filter[latitude] + filter[longitude] (both or neither;
 * they take precedence over state/city/zip) with filter[radius] in miles (default 10; the
 * documentation gives no unit); sort=locationName|-locationName (default: nearest first for a
 * geographic search, name otherwise); include=offers,categories (offers carry the components);
 * supportedComponents. The guide's example passes plain `latitude`/`longitude`; those are
 * accepted as aliases.
 * Source: Kard seed, "Get Locations By User", "Testing The User Experiences".
 */
const DEFAULT_RADIUS_MILES = 10;
const EARTH_RADIUS_MILES = 3958.8;

function distanceMiles(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

function readPoint(query: URLSearchParams) {
  const latitude = readNumber(query, "filter[latitude]") ?? readNumber(query, "latitude");
  const longitude = readNumber(query, "filter[longitude]") ?? readNumber(query, "longitude");
  if ((latitude === undefined) !== (longitude === undefined)) {
    throw badRequest("filter[latitude] and filter[longitude] must be sent together.", {
      parameter: latitude === undefined ? "filter[latitude]" : "filter[longitude]",
    });
  }
  if (latitude === undefined || longitude === undefined) return undefined;
  if (Math.abs(latitude) > 90) throw badRequest("filter[latitude] must be between -90 and 90.", { parameter: "filter[latitude]" });
  if (Math.abs(longitude) > 180) throw badRequest("filter[longitude] must be between -180 and 180.", { parameter: "filter[longitude]" });
  const radius = readNumber(query, "filter[radius]", { integer: true }) ?? DEFAULT_RADIUS_MILES;
  if (radius <= 0) throw badRequest("filter[radius] must be a positive integer.", { parameter: "filter[radius]" });
  return { latitude, longitude, radius };
}

export async function getLocations(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  const query = ctx.url.searchParams;
  const page = readPageRequest(query);
  const point = readPoint(query);
  const name = query.get("filter[name]")?.trim().toLowerCase();
  const city = query.get("filter[city]")?.trim().toLowerCase();
  const zipCode = query.get("filter[zipCode]")?.trim();
  const state = readEnum(query, "filter[state]", stateSchema.options);
  const category = readEnum(query, "filter[category]", categoryOptionSchema.options);
  const sort = readEnum(query, "sort", ["locationName", "-locationName"] as const);
  const include = readInclude(query, ["offers", "categories"]);
  const components = new Set(readEnumList(query, "supportedComponents", COMPONENT_TYPES));

  const offers = new Map(
    eligibleOffers(ctx.state, user, ctx.now)
      .filter((offer) => offer.purchaseChannel.includes("INSTORE"))
      .map((offer) => [offer.id, offer]),
  );
  const distance = new Map<string, number>();
  const matches = ctx.state.catalog.locations.filter((location) => {
    const offer = offers.get(location.offerId);
    if (!offer) return false;
    if (name && !location.name.toLowerCase().includes(name)) return false;
    if (category && offer.category !== category) return false;
    if (point) {
      const miles = distanceMiles(point, location.coordinates);
      distance.set(location.id, miles);
      return miles <= point.radius;
    }
    return (
      (!city || location.address.city.toLowerCase() === city) &&
      (!zipCode || location.address.zipCode === zipCode) &&
      (!state || location.address.state === state)
    );
  });

  const byName = (a: Location, b: Location) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const sorted = [...matches].sort((a, b) => {
    if (sort) return sort === "locationName" ? byName(a, b) : -byName(a, b);
    if (point) return (distance.get(a.id) ?? 0) - (distance.get(b.id) ?? 0) || a.id.localeCompare(b.id);
    return byName(a, b);
  });
  const result = paginate(sorted, (location) => location.id, page, ctx.url.pathname, query);

  const view = { state: ctx.state, organizationId: ctx.params.organizationId, userId: user.id, publicBase: ctx.publicBase, now: ctx.now };
  const pageOffers = [...new Map(result.items.map((l) => [l.offerId, offers.get(l.offerId) as Offer])).values()];
  const included: unknown[] = [];
  if (include.has("offers")) included.push(...pageOffers.map((offer) => renderOffer(view, offer, components)));
  if (include.has("categories")) {
    const names = [...new Set(pageOffers.map((offer) => offer.category))].sort();
    included.push(...names.map((n) => renderCategory(n, CATEGORY_IDS[n])));
  }
  return json(200, {
    data: result.items.map((location) => {
      const offer = offers.get(location.offerId) as Offer;
      return {
        type: "location",
        id: location.id,
        attributes: {
          name: location.name,
          address: location.address,
          coordinates: location.coordinates,
          phone: location.phone,
          operationHours: location.operationHours,
        },
        relationships: {
          offers: { data: [{ type: "standardOffer", id: offer.id }] },
          category: { data: [{ type: "category", id: offer.categoryId }] },
        },
      };
    }),
    links: result.links,
    ...(included.length > 0 || include.size > 0 ? { included } : {}),
  });
}
