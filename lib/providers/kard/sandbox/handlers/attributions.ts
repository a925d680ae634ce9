import { readDataArray, zodErrors } from "../batch";
import { LIMITS } from "../config";
import { readJson, requireUserAs400, type SandboxContext } from "../context";
import { eligibleOffers } from "../eligibility";
import { newMongoId } from "../ids";
import { badRequest, errorResponse, json, type ErrorObject } from "../json-api";
import { renderOffer, isoSeconds } from "../offer-view";
import { readEnum, readEnumList } from "../query";
import { COMPONENT_TYPES } from "../../schemas/offers";
import { attributionItem } from "../request-schemas";
import { activationKey, type AttributionRecord } from "../state";
import { jobResource } from "./transactions";

/**
 * Create Attribution Events (≤100, 202 queued job), Activate Offer and Boost Offer (201 with
 * the offerAttribution event; `include=offer` adds the re-rendered offer so the CTA can vanish
 * at once). A VIEW offerAttribution activates an offer that needs activation: that is the
 * guide's description-only flow ("the VIEW event acts as a proxy for activation"); the
 * `…/offers/{offerId}/view` page it cites is missing from the documentation.
 * These operations document no 404, so an unknown user or offer is a 400.
 * Source: Kard seed, "Create Attribution Events", "Activate Offer", "Boost Offer",
 * "Attributions", "Extended API Integration" (Step 4a, Step 4b).
 */
export async function createAttributions(ctx: SandboxContext): Promise<Response> {
  const user = requireUserAs400(ctx);
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.attributionsPerRequest, noun: "attribution events" });
  const errors: ErrorObject[] = [];
  const parsed = items.map((raw, index) => {
    const result = attributionItem.safeParse(raw);
    if (!result.success) errors.push(...zodErrors(result.error, `/data/${index}`, String(index)));
    return result.data;
  });
  if (errors.length > 0) return errorResponse(400, errors);
  for (const item of parsed) {
    if (!item) continue;
    const { entityId, eventCode, medium, eventDate } = item.attributes;
    ctx.state.attributions.push({ id: newMongoId(ctx.now), userId: user.id, type: item.type, entityId, eventCode, medium, eventDate, receivedAt: ctx.now, via: "api" });
    const offer = ctx.state.catalog.offersById.get(entityId);
    if (item.type === "offerAttribution" && eventCode === "VIEW" && offer?.action === "activate") {
      const key = activationKey(user.id, offer.id);
      if (!ctx.state.activations.has(key)) ctx.state.activations.set(key, { activatedAt: ctx.now });
    }
  }
  return json(202, { data: jobResource(ctx, "attributions", parsed.length, "attribution events") });
}

async function recordCtaEvent(ctx: SandboxContext, eventCode: "ACTIVATE" | "BOOST"): Promise<Response> {
  const user = requireUserAs400(ctx);
  const include = readEnum(ctx.url.searchParams, "include", ["offer"] as const);
  const components = new Set(readEnumList(ctx.url.searchParams, "supportedComponents", COMPONENT_TYPES));
  const offer = eligibleOffers(ctx.state, user, ctx.now).find((candidate) => candidate.id === ctx.params.offerId);
  if (!offer) throw badRequest(`Offer '${ctx.params.offerId}' is not available to user '${user.id}'.`, { parameter: "offerId" });
  if (eventCode === "BOOST" && offer.action !== "boost") {
    throw badRequest(`Offer '${offer.id}' cannot be boosted.`, { parameter: "offerId" });
  }
  const key = activationKey(user.id, offer.id);
  const activation = ctx.state.activations.get(key) ?? { activatedAt: ctx.now };
  if (eventCode === "BOOST") activation.boostedAt ??= ctx.now;
  ctx.state.activations.set(key, activation);
  const record: AttributionRecord = {
    id: newMongoId(ctx.now),
    userId: user.id,
    type: "offerAttribution",
    entityId: offer.id,
    eventCode,
    medium: "CTA",
    eventDate: isoSeconds(ctx.now),
    receivedAt: ctx.now,
    via: "cta",
  };
  ctx.state.attributions.push(record);
  const view = { state: ctx.state, organizationId: ctx.params.organizationId, userId: user.id, publicBase: ctx.publicBase, now: ctx.now };
  return json(201, {
    data: {
      type: "offerAttribution",
      id: record.id,
      attributes: { entityId: offer.id, eventCode, medium: "CTA", eventDate: record.eventDate },
    },
    ...(include === "offer" ? { included: [renderOffer(view, offer, components)] } : {}),
  });
}

export const activateOffer = (ctx: SandboxContext) => recordCtaEvent(ctx, "ACTIVATE");
export const boostOffer = (ctx: SandboxContext) => recordCtaEvent(ctx, "BOOST");
