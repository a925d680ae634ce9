import type { Offer } from "../catalog";
import { requireUser, type SandboxContext } from "../context";
import { eligibleOffers } from "../eligibility";
import { json } from "../json-api";
import { renderCategory, renderOffer } from "../offer-view";
import { paginate, readPageRequest } from "../pagination";
import { readBoolean, readEnum, readEnumList, readInclude } from "../query";
import { categoryOptionSchema, purchaseChannelSchema } from "../../schemas/common";
import { COMPONENT_TYPES } from "../../schemas/offers";
import { CATEGORY_IDS } from "../seed/categories";

/**
 * GET …/users/{userId}/offers — the offers the user is eligible for.
 * Query: page[size|after|before]; filter[search] (case-insensitive substring of the merchant
 * name); filter[purchaseChannel] (repeated or CSV; an offer matches if it has any of them);
 * filter[category]; filter[isTargeted]; sort (startDate, expirationDate, name, each with "-"
 * for descending; default -startDate as in the guide's links); include=categories;
 * supportedComponents (repeated). `meta.availableCategories` covers the whole filtered set.
 * Source: Kard seed, "Get Offers By User", "Extended API Integration".
 */
const SORTS = ["startDate", "-startDate", "expirationDate", "-expirationDate", "name", "-name"] as const;

function sortValue(offer: Offer, field: string): string {
  if (field === "name") return offer.merchant.name.toLowerCase();
  return (field === "startDate" ? offer.startDate : offer.expirationDate).toISOString();
}

function sortOffers(offers: Offer[], sort: string): Offer[] {
  const descending = sort.startsWith("-");
  const field = sort.replace(/^-/, "");
  return [...offers].sort((a, b) => {
    const order = sortValue(a, field).localeCompare(sortValue(b, field)) || a.id.localeCompare(b.id);
    return descending ? -order : order;
  });
}

export async function getOffers(ctx: SandboxContext): Promise<Response> {
  const user = requireUser(ctx);
  const query = ctx.url.searchParams;
  const page = readPageRequest(query);
  const search = query.get("filter[search]")?.trim().toLowerCase();
  const channels = readEnumList(query, "filter[purchaseChannel]", purchaseChannelSchema.options);
  const category = readEnum(query, "filter[category]", categoryOptionSchema.options);
  const isTargeted = readBoolean(query, "filter[isTargeted]");
  const sort = readEnum(query, "sort", SORTS) ?? "-startDate";
  const include = readInclude(query, ["categories"]);
  const components = new Set(readEnumList(query, "supportedComponents", COMPONENT_TYPES));

  const filtered = eligibleOffers(ctx.state, user, ctx.now).filter(
    (offer) =>
      (!search || offer.merchant.name.toLowerCase().includes(search)) &&
      (channels.length === 0 || offer.purchaseChannel.some((channel) => channels.includes(channel))) &&
      (!category || offer.category === category) &&
      (isTargeted === undefined || Boolean(offer.audience) === isTargeted),
  );
  const sorted = sortOffers(filtered, sort);
  const result = paginate(sorted, (offer) => `${sortValue(offer, sort.replace(/^-/, ""))}|${offer.id}`, page, ctx.url.pathname, query);

  const view = { state: ctx.state, organizationId: ctx.params.organizationId, userId: user.id, publicBase: ctx.publicBase, now: ctx.now };
  const categoriesOf = (offers: Offer[]) =>
    [...new Set(offers.map((offer) => offer.category))].sort().map((name) => renderCategory(name, CATEGORY_IDS[name]));
  return json(200, {
    data: result.items.map((offer) => renderOffer(view, offer, components)),
    links: result.links,
    ...(include.has("categories") ? { included: categoriesOf(result.items) } : {}),
    meta: { availableCategories: categoriesOf(filtered) },
  });
}
