import { pageCursors } from "../query";
import type { KardCategoryOption } from "../schemas/common";
import { COMPONENT_TYPES, type KardOffer, offerComponentsSchema } from "../schemas/offers";
import type { z } from "zod";
import { providerClient } from "@/lib/providers/registry";

export type OfferComponents = z.infer<typeof offerComponentsSchema>;
type PurchaseChannel = "INSTORE" | "ONLINE";

/** What the offer's CTA does: the activate or boost endpoint its `action.url` names. */
export type OfferCtaAction = "activate" | "boost";

/**
 * An offer as the console renders it. `userReward.value` is a percent (PERCENT) or dollars
 * (FLAT); the min/max amounts are integer cents. `components` are the Extended API components
 * Kard returned for this user (all types are requested).
 */
export interface OfferCardDto {
  id: string;
  name: string;
  description: string | null;
  terms: string;
  purchaseChannel: PurchaseChannel[];
  userReward: { type: "FLAT" | "PERCENT"; value: number };
  assets: { type: string; url: string; alt: string }[];
  startDate: string;
  expirationDate: string;
  isTargeted: boolean;
  websiteUrl: string | null;
  categories: string[];
  minTransactionCents: number | null;
  maxTransactionCents: number | null;
  maxRedemptions: number | null;
  components: OfferComponents;
  /** Present while the user has an action to take; Kard omits `cta` once it is done. */
  ctaAction: OfferCtaAction | null;
}

/**
 * Which documented endpoint a CTA calls. The guide says to call `cta.action.url` unchanged; the
 * console calls the same operation through its client, picked by the URL's last segment.
 * Source: guide "Extended API Integration" › Step 4a.
 */
export function ctaActionOf(components: OfferComponents | undefined): OfferCtaAction | null {
  const cta = components?.cta;
  if (!cta || cta.buttonStyle === "DISABLED" || !cta.action) return null;
  const last = cta.action.url.split("?")[0].replace(/\/$/, "").split("/").pop();
  return last === "activate" || last === "boost" ? last : null;
}

export function toOfferCard(offer: KardOffer, categoryNames: ReadonlyMap<string, string> = new Map()): OfferCardDto {
  const a = offer.attributes;
  return {
    id: offer.id,
    name: a.name,
    description: a.description ?? null,
    terms: a.terms,
    purchaseChannel: a.purchaseChannel,
    userReward: a.userReward,
    assets: a.assets,
    startDate: a.startDate,
    expirationDate: a.expirationDate,
    isTargeted: a.isTargeted,
    websiteUrl: a.websiteUrl ?? null,
    categories: (offer.relationships?.category.data ?? []).map((c) => categoryNames.get(c.id) ?? c.id),
    minTransactionCents: a.minTransactionAmount?.value ?? null,
    maxTransactionCents: a.maxTransactionAmount?.value ?? null,
    maxRedemptions: a.maxRedemptions ?? null,
    components: a.components ?? {},
    ctaAction: ctaActionOf(a.components),
  };
}

export interface OfferFilters {
  category?: KardCategoryOption;
  channel?: PurchaseChannel;
  after?: string;
  before?: string;
  pageSize?: number;
}

export interface OffersPageDto {
  offers: OfferCardDto[];
  /** The page size asked for (ranks of offers on later pages follow from it). */
  pageSize: number;
  /** Every category of the filtered offers (`meta.availableCategories`), for the filter. */
  availableCategories: string[];
  next: string | null;
  prev: string | null;
}

const DEFAULT_OFFERS_PAGE_SIZE = 12;

/**
 * One page of the offers a user is eligible for, with every Extended API component requested
 * and the categories included. Cursors come from `links.next` / `links.prev`. Not audited.
 * @throws ProviderError. Source: "Get Offers By User"; guide "Extended API Integration".
 */
export async function browseOffers({ userId, ...filters }: { userId: string } & OfferFilters): Promise<OffersPageDto> {
  const pageSize = filters.pageSize ?? DEFAULT_OFFERS_PAGE_SIZE;
  const page = await providerClient("kard").getOffersByUser(userId, {
    page: { size: pageSize, after: filters.after, before: filters.before },
    filter: filters.category || filters.channel ? { category: filters.category, purchaseChannel: filters.channel ? [filters.channel] : undefined } : undefined,
    include: ["categories"],
    supportedComponents: [...COMPONENT_TYPES],
  });
  const names = new Map([...(page.included ?? []), ...(page.meta?.availableCategories ?? [])].map((c) => [c.id, c.attributes.name as string]));
  const cursors = pageCursors(page.links);
  return {
    offers: page.data.map((offer) => toOfferCard(offer, names)),
    pageSize,
    availableCategories: [...new Set((page.meta?.availableCategories ?? []).map((c) => c.attributes.name))].sort(),
    next: cursors.after ?? null,
    prev: cursors.before ?? null,
  };
}
