import { auditedProviderCall } from "@/lib/operations/audited-call";
import { COMPONENT_TYPES } from "../schemas/offers";
import { kardUserTarget } from "./kard-user-record";
import { type OfferCardDto, type OfferCtaAction, toOfferCard } from "./offers";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

export interface OfferActionResult {
  /** The attribution event Kard recorded (eventCode ACTIVATE or BOOST, medium CTA). */
  eventId: string;
  /** The offer re-rendered for the user: its `cta` is gone once the action is done. */
  offer: OfferCardDto | null;
}

/** Whose offer, which one, and which CTA ("activate" or "boost"). */
export interface OfferCtaInput {
  userId: string;
  offerId: string;
  action: OfferCtaAction;
}

/**
 * Presses an offer's CTA for the user: Activate Offer or Boost Offer, asking for the refreshed
 * offer (`include=offer`, every component) so the card can drop its CTA at once.
 * Audited as kard.offer.activate / kard.offer.boost.
 * @throws ProviderError (400 when the offer is not available to the user or cannot be boosted).
 * Source: "Activate Offer", "Boost Offer"; guide "Extended API Integration" › Step 4a.
 */
export async function pressOfferCta({ userId, offerId, action }: OfferCtaInput, actor: Actor): Promise<OfferActionResult> {
  const client = providerClient("kard");
  const query = { include: ["offer" as const], supportedComponents: [...COMPONENT_TYPES] };
  return auditedProviderCall(
    {
      actor,
      action: action === "boost" ? "kard.offer.boost" : "kard.offer.activate",
      provider: "kard",
      target: kardUserTarget(userId),
      request: { userId, offerId },
    },
    () => (action === "boost" ? client.boostOffer(userId, offerId, query) : client.activateOffer(userId, offerId, query)),
    {
      onSuccess: async (_tx, result) => {
        const offer = result.included?.find((item) => item.type === "standardOffer" && item.id === offerId);
        return { eventId: result.data.id, offer: offer?.type === "standardOffer" ? toOfferCard(offer) : null };
      },
      responseSummary: (result) => ({ id: result.data.id, ...result.data.attributes }),
    },
  );
}

/**
 * An offer detail opened: whose and which offer, where it was shown (its 1-based `rank` and the
 * `filters` in use) and when (`viewedAt`, default now).
 */
export interface OfferViewInput {
  userId: string;
  offerId: string;
  rank?: number;
  filters?: { name: string; value: string }[];
  viewedAt?: Date;
}

/**
 * Records that the offer's detail was opened: one `offerAttribution` with eventCode VIEW and
 * medium BROWSE ("User opening an offer detail page upon browsing list"), with the list state.
 * Kard may treat a VIEW as activation for offers that need one (the description-only flow):
 * callers re-fetch the offer afterwards, as the guide asks.
 * Audited as kard.attribution.create. @returns the queued job id.
 * @throws ProviderError. Source: "Create Attribution Events"; guide "Attributions" › Option 2,
 * "Extended API Integration" › Step 4b.
 */
export async function recordOfferView(input: OfferViewInput, actor: Actor): Promise<string> {
  const { userId, offerId, rank, filters, viewedAt = new Date() } = input;
  const hasState = rank !== undefined || (filters?.length ?? 0) > 0;
  const event = {
    type: "offerAttribution" as const,
    attributes: {
      entityId: offerId,
      eventCode: "VIEW" as const,
      medium: "BROWSE" as const,
      eventDate: viewedAt.toISOString(),
      ...(hasState ? { state: { ...(rank !== undefined ? { rank } : {}), ...(filters?.length ? { filters } : {}) } } : {}),
    },
  };
  return auditedProviderCall(
    { actor, action: "kard.attribution.create", provider: "kard", target: kardUserTarget(userId), request: event },
    () => providerClient("kard").createAttributions(userId, [event]),
    { onSuccess: async (_tx, result) => result.data.id },
  );
}
