import type { KardLocationsPage } from "../schemas/offers";
import { providerClient } from "@/lib/providers/registry";

/** A point on the map in degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle (haversine) distance in miles; geometry for the plot, not money. */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A location with an offer for the user, as the console lists and plots it. */
export interface NearbyLocationDto {
  id: string;
  name: string;
  address: { street: string; city: string; state: string; zipCode: string };
  coordinates: GeoPoint;
  phone: string;
  /** Opening hours as Kard words them ("Monday: 10:00 AM – 9:00 PM"). */
  weekdayText: string[];
  /** From the chosen centre, in miles. */
  distanceMiles: number;
  offer: { id: string; name: string; baseReward: string | null } | null;
}

export interface NearbyQuery extends GeoPoint {
  /** `filter[radius]`: an integer whose unit Kard does not document (the sandbox reads miles). */
  radius?: number;
}

const MAX_NEARBY_LOCATIONS = 50;

function toDto(page: KardLocationsPage, centre: GeoPoint): NearbyLocationDto[] {
  const offers = new Map(
    (page.included ?? []).flatMap((item) =>
      item.type === "standardOffer" ? [[item.id, { id: item.id, name: item.attributes.name, baseReward: item.attributes.components?.baseReward ?? null }] as const] : [],
    ),
  );
  return page.data.map((location) => {
    const offerId = location.relationships?.offers.data[0]?.id;
    return {
      id: location.id,
      name: location.attributes.name,
      address: location.attributes.address,
      coordinates: location.attributes.coordinates,
      phone: location.attributes.phone,
      weekdayText: location.attributes.operationHours.weekdayText,
      distanceMiles: distanceMiles(centre, location.attributes.coordinates),
      offer: offerId ? (offers.get(offerId) ?? { id: offerId, name: location.attributes.name, baseReward: null }) : null,
    };
  });
}

/**
 * In-store locations with offers for the user around a point (`filter[latitude]`,
 * `filter[longitude]`, which take precedence over state/city/zip, and `filter[radius]`), with
 * their offers included for the reward text; nearest first. Not audited: a read.
 * @throws ProviderError. Source: "Get Locations By User"; guide "Extended API Integration"
 * ("Locations need include=offers" for components).
 */
export async function nearbyLocations({ userId, ...query }: { userId: string } & NearbyQuery): Promise<NearbyLocationDto[]> {
  const centre = { latitude: query.latitude, longitude: query.longitude };
  const page = await providerClient("kard").getLocationsByUser(userId, {
    page: { size: MAX_NEARBY_LOCATIONS },
    filter: { ...centre, ...(query.radius ? { radius: query.radius } : {}) },
    include: ["offers"],
    supportedComponents: ["baseReward", "shortDescription"],
  });
  return toDto(page, centre).sort((a, b) => a.distanceMiles - b.distanceMiles);
}
