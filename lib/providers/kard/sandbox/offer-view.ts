import type { Offer } from "./catalog";
import { activationOf, redemptionsUsed } from "./eligibility";
import type { KardComponentType } from "../schemas/offers";
import { effectiveRewardValue, formatReward } from "./rewards";
import { attributionToken } from "./signed-urls";
import type { SandboxState } from "./state";

/**
 * An offer as Get Offers By User, Get Locations By User (`include=offers`) and Activate/Boost
 * (`include=offer`) render it for one user, with the Extended API `components` that were asked
 * for through `supportedComponents`.
 * Component rules (Source: Kard seed, "Extended API Integration"):
 * - `cta` is present only while the user still has an action to take (activate or boost); it
 *   is omitted once the offer is activated/boosted, and its action URL is the documented
 *   activate/boost endpoint.
 * - Description-only clients (no `cta` requested) activate through a VIEW event: their
 *   descriptions read "Tap to activate" before and "Activated" after.
 * - `tags`: "New" for offers that started in the last 14 days, "N days left" near expiry.
 * - `detailTags`: "Activated"/"Boosted" after the action.
 * - `baseReward` / `boostedReward`: "5.7% cash back", "$2.00 cash back".
 * - `logoFlare` marks boostable offers; `progressBar` tracks multi-redemption offers.
 */
export interface OfferViewContext {
  state: SandboxState;
  organizationId: string;
  userId: string;
  publicBase: string;
  now: Date;
}

const DAY_MS = 86_400_000;

/** ISO 8601 without milliseconds, as the guide's offer dates are written. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function assets(ctx: OfferViewContext, offer: Offer) {
  const token = attributionToken({ kind: "offer", entityId: offer.id, userId: ctx.userId });
  const url = (kind: string) => `${ctx.publicBase}/assets/offers/${offer.id}/${kind}.svg?token=${token}`;
  return [
    { type: "LOGO_IMAGE", url: url("logo"), alt: `${offer.merchant.name} Logo Image` },
    { type: "BANNER_IMAGE", url: url("banner"), alt: `${offer.merchant.name} Banner Image` },
  ];
}

function components(ctx: OfferViewContext, offer: Offer, wanted: ReadonlySet<KardComponentType>) {
  const activation = activationOf(ctx.state, ctx.userId, offer.id);
  const done = offer.action === "activate" ? Boolean(activation) : offer.action === "boost" ? Boolean(activation?.boostedAt) : false;
  const pendingAction = offer.action !== "none" && !done;
  const out: Record<string, unknown> = {};
  const descriptionOnly = !wanted.has("cta");
  const activateByView = offer.action === "activate" && descriptionOnly;

  if (wanted.has("shortDescription")) {
    out.shortDescription = activateByView ? (done ? "Activated" : "Tap to activate") : offer.shortDescription;
  }
  if (wanted.has("longDescription")) {
    out.longDescription = activateByView
      ? done
        ? "Activated"
        : `Open this offer to activate it, then use your linked card at ${offer.merchant.name}.`
      : offer.longDescription;
  }
  if (wanted.has("baseReward")) out.baseReward = formatReward(offer.userReward.type, offer.userReward.value);
  if (wanted.has("boostedReward") && offer.boostedValue !== undefined) {
    out.boostedReward = formatReward(offer.userReward.type, offer.boostedValue);
  }
  if (wanted.has("cta") && pendingAction) {
    const verb = offer.action === "boost" ? "boost" : "activate";
    out.cta = {
      buttonText: `Tap to ${verb}`,
      buttonStyle: "PRIMARY",
      action: { url: `/v2/issuers/${ctx.organizationId}/users/${ctx.userId}/offers/${offer.id}/${verb}`, method: "POST" },
    };
  }
  if (wanted.has("tags")) {
    const tags: string[] = [];
    if (ctx.now.getTime() - offer.startDate.getTime() < 14 * DAY_MS) tags.push("New");
    const daysLeft = Math.ceil((offer.expirationDate.getTime() - ctx.now.getTime()) / DAY_MS);
    if (daysLeft <= 14) tags.push(`${daysLeft} ${daysLeft === 1 ? "day" : "days"} left`);
    out.tags = tags;
  }
  if (wanted.has("detailTags")) {
    out.detailTags = done ? [offer.action === "boost" ? "Boosted" : "Activated"] : [];
  }
  if (wanted.has("logoFlare") && offer.action === "boost") {
    out.logoFlare = { borderColor: done ? "PRIMARY" : "SECONDARY", badge: { icon: "bolt", position: "TOP_RIGHT" } };
  }
  if (wanted.has("progressBar") && offer.maxRedemptions !== undefined && offer.maxRedemptions > 1) {
    const used = Math.min(redemptionsUsed(ctx.state, ctx.userId, offer.id), offer.maxRedemptions);
    out.progressBar = {
      total: offer.maxRedemptions,
      currentProgress: used,
      label: `${used} of ${offer.maxRedemptions} rewards earned`,
      segmented: true,
      segments: { default: { position: "FULL_WIDTH" } },
      labels: { default: { left: `${used}/${offer.maxRedemptions}`, right: "rewards earned" } },
    };
  }
  return out;
}

const cents = (value: number | undefined) => (value === undefined ? undefined : { type: "CENTS", value });

/** A `standardOffer` resource (`users.rewards.OfferDataUnion`). */
export function renderOffer(ctx: OfferViewContext, offer: Offer, wanted: ReadonlySet<KardComponentType>) {
  const boosted = Boolean(activationOf(ctx.state, ctx.userId, offer.id)?.boostedAt);
  const attributes: Record<string, unknown> = {
    name: offer.merchant.name,
    terms: offer.terms,
    purchaseChannel: offer.purchaseChannel,
    userReward: { type: offer.userReward.type, value: effectiveRewardValue(offer, boosted) },
    assets: assets(ctx, offer),
    startDate: isoSeconds(offer.startDate),
    expirationDate: isoSeconds(offer.expirationDate),
    isTargeted: Boolean(offer.audience),
    description: offer.description,
    websiteUrl: offer.merchant.websiteUrl,
  };
  const optional = {
    maxRedemptions: offer.maxRedemptions,
    minTransactionAmount: cents(offer.minTransactionCents),
    maxTransactionAmount: cents(offer.maxTransactionCents),
    minRewardAmount: cents(offer.minRewardCents),
    maxRewardAmount: cents(offer.maxRewardCents),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) attributes[key] = value;
  if (wanted.size > 0) attributes.components = components(ctx, offer, wanted);
  return {
    type: "standardOffer",
    id: offer.id,
    attributes,
    relationships: { category: { data: [{ type: "category", id: offer.categoryId }] } },
  };
}

export function renderCategory(name: string, id: string) {
  return { type: "category", id, attributes: { name } };
}
