import { stableMongoId } from "./ids";
import { CATEGORY_IDS } from "./seed/categories";
import { CITIES, HOURS, LOCATION_SEEDS, type HoursProfile } from "./seed/locations";
import { OFFER_SEEDS, type Audience, type OfferSeed, type PurchaseChannel } from "./seed/offers";

/** A merchant as the sandbox matches transactions against it. */
export interface Merchant {
  id: string;
  name: string;
  /** Normalised strings (name and card-statement descriptors) searched for in a description. */
  needles: string[];
  websiteUrl: string;
  brandColor: string;
  mids: string[];
}

/** A seeded offer with absolute dates; one merchant per offer. */
export interface Offer extends Omit<OfferSeed, "merchant" | "startOffsetDays" | "durationDays"> {
  merchant: Merchant;
  categoryId: string;
  startDate: Date;
  expirationDate: Date;
  audience?: Audience;
  purchaseChannel: PurchaseChannel[];
}

interface OperationPeriod {
  open: { day: number; time: string };
  close: { day: number; time: string };
}

export interface Location {
  id: string;
  offerId: string;
  name: string;
  address: { street: string; city: string; state: string; zipCode: string };
  coordinates: { latitude: number; longitude: number };
  phone: string;
  operationHours: { periods: OperationPeriod[]; weekdayText: string[] };
}

export interface Catalog {
  offers: Offer[];
  offersById: Map<string, Offer>;
  locations: Location[];
}

const DAY_MS = 86_400_000;

/**
 * Lower-case letters and digits only, so "BAAS PRO SHOPS #0412" contains "baasproshops".
 * This is the sandbox's matching rule: a transaction matches a merchant when the normalised
 * description contains the normalised merchant name or one of its statement descriptors.
 */
function normalizeForMatching(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function offerDate(createdAt: Date, offsetDays: number): Date {
  const midnight = Date.UTC(createdAt.getUTCFullYear(), createdAt.getUTCMonth(), createdAt.getUTCDate());
  // The guide's offers start and end at 05:00Z (midnight US Eastern).
  return new Date(midnight + offsetDays * DAY_MS + 5 * 3_600_000);
}

function buildOffer(seed: OfferSeed, createdAt: Date): Offer {
  const { merchant, startOffsetDays, durationDays, ...rest } = seed;
  return {
    ...rest,
    merchant: {
      id: stableMongoId(`merchant:${merchant.name}`),
      name: merchant.name,
      needles: [merchant.name, ...(merchant.descriptors ?? [])].map(normalizeForMatching),
      websiteUrl: merchant.websiteUrl,
      brandColor: merchant.brandColor,
      mids: merchant.mids ?? [],
    },
    categoryId: CATEGORY_IDS[seed.category],
    startDate: offerDate(createdAt, startOffsetDays),
    expirationDate: offerDate(createdAt, startOffsetDays + durationDays),
  };
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function clock(time: string): string {
  const hours = Number(time.slice(0, 2));
  const minutes = time.slice(2);
  const suffix = hours < 12 ? "AM" : "PM";
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${suffix}`;
}

function operationHours(profile: HoursProfile): Location["operationHours"] {
  const days = HOURS[profile];
  const periods: OperationPeriod[] = [];
  days.forEach((hours, day) => {
    if (hours) periods.push({ open: { day, time: hours[0] }, close: { day, time: hours[1] } });
  });
  // weekdayText runs Monday → Sunday, as Google Places renders it.
  const weekdayText = [1, 2, 3, 4, 5, 6, 0].map((day) => {
    const hours = days[day];
    return `${DAY_NAMES[day]}: ${hours ? `${clock(hours[0])} – ${clock(hours[1])}` : "Closed"}`;
  });
  return { periods, weekdayText };
}

function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/** Builds the catalogue with offer dates anchored at `createdAt`. */
export function buildCatalog(createdAt: Date): Catalog {
  const offers = OFFER_SEEDS.map((seed) => buildOffer(seed, createdAt));
  const offersById = new Map(offers.map((offer) => [offer.id, offer]));
  const locations = LOCATION_SEEDS.map((seed, index): Location => {
    const offer = offersById.get(seed.offerId);
    if (!offer) throw new Error(`Location seed ${index} names unknown offer ${seed.offerId}`);
    const city = CITIES[seed.city];
    return {
      id: stableMongoId(`location:${seed.offerId}:${seed.street}`),
      offerId: seed.offerId,
      name: offer.merchant.name,
      address: { street: seed.street, city: city.city, state: city.state, zipCode: seed.zipCode },
      coordinates: { latitude: round7(city.latitude + seed.dLat), longitude: round7(city.longitude + seed.dLng) },
      phone: `(${city.areaCode}) 555-${String(100 + index).padStart(4, "0")}`,
      operationHours: operationHours(seed.hours),
    };
  });
  return { offers, offersById, locations };
}

/** The merchant whose name or descriptor the text contains; the longest match wins. */
export function matchMerchant(catalog: Catalog, ...texts: (string | undefined)[]): Merchant | undefined {
  for (const text of texts) {
    if (!text) continue;
    const haystack = normalizeForMatching(text);
    let best: { merchant: Merchant; length: number } | undefined;
    for (const offer of catalog.offers) {
      for (const needle of offer.merchant.needles) {
        if (needle && haystack.includes(needle) && (!best || needle.length > best.length)) {
          best = { merchant: offer.merchant, length: needle.length };
        }
      }
    }
    if (best) return best.merchant;
  }
  return undefined;
}

export function offersOfMerchant(catalog: Catalog, merchantId: string): Offer[] {
  return catalog.offers.filter((offer) => offer.merchant.id === merchantId);
}
