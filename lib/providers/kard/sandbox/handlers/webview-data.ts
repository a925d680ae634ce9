import { z } from "zod";
import { isSandboxRefusal } from "@/lib/sandbox/router";
import type { Handler, SandboxContext } from "../context";
import { activateOffer, boostOffer } from "./attributions";
import { getEarnedRewards } from "./earned-rewards";
import { getLocations } from "./locations";
import { getOffers } from "./offers";
import type { WebviewSession } from "./webview-auth";

/**
 * The sandbox WebView's data, read the way an issuer's app would: through the documented
 * operations (Get Offers By User, Get Earned Rewards, Get Locations By User, Activate/Boost Offer)
 * for the token's user, with every Extended API component requested. Each response is parsed
 * with the fields the WebView renders.
 * Source: Kard seed, "Extended API Integration" (components, Step 3, Step 4a), "Get Offers By
 * User", "Get Locations By User", "Get Earned Rewards".
 */
const WEBVIEW_COMPONENTS = [
  "shortDescription",
  "longDescription",
  "cta",
  "tags",
  "detailTags",
  "baseReward",
  "boostedReward",
  "logoFlare",
  "progressBar",
] as const;

/** Radius of the nearby search in miles (Get Locations' default). */
export const NEARBY_RADIUS_MILES = 10;

const componentsSchema = z.object({
  shortDescription: z.string().optional(),
  longDescription: z.string().optional(),
  baseReward: z.string().optional(),
  boostedReward: z.string().optional(),
  cta: z.object({ buttonText: z.string(), buttonStyle: z.string(), action: z.object({ url: z.string(), method: z.string() }) }).optional(),
  tags: z.array(z.string()).optional(),
  detailTags: z.array(z.string()).optional(),
  logoFlare: z.object({ borderColor: z.string(), badge: z.object({ icon: z.string(), position: z.string() }).optional() }).optional(),
  progressBar: z.object({ total: z.number(), currentProgress: z.number(), label: z.string().optional() }).optional(),
});

const webviewOfferSchema = z.object({
  type: z.literal("standardOffer"),
  id: z.string(),
  attributes: z.object({
    name: z.string(),
    userReward: z.object({ type: z.string(), value: z.number() }),
    purchaseChannel: z.array(z.string()),
    expirationDate: z.string(),
    terms: z.string(),
    description: z.string().optional(),
    websiteUrl: z.string().optional(),
    assets: z.array(z.object({ type: z.string(), url: z.string(), alt: z.string() })),
    components: componentsSchema.optional(),
  }),
  relationships: z.object({ category: z.object({ data: z.array(z.object({ id: z.string() })) }) }).optional(),
});
export type WebviewOffer = z.infer<typeof webviewOfferSchema>;

const categorySchema = z.object({ type: z.literal("category"), id: z.string(), attributes: z.object({ name: z.string() }) });
export type WebviewCategory = z.infer<typeof categorySchema>;

const offersBodySchema = z.object({
  data: z.array(webviewOfferSchema),
  meta: z.object({ availableCategories: z.array(categorySchema) }),
});

const rewardsBodySchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      attributes: z.object({
        transactionTimestamp: z.string(),
        transactionAmountInCents: z.number(),
        commissionEarned: z.object({ user: z.object({ value: z.number() }) }),
      }),
      relationships: z.object({ merchant: z.object({ data: z.object({ id: z.string() }) }) }),
    }),
  ),
  included: z.array(z.object({ type: z.string(), id: z.string(), attributes: z.object({ name: z.string().optional() }) })).default([]),
});

const locationsBodySchema = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      attributes: z.object({
        name: z.string(),
        address: z.object({ street: z.string(), city: z.string(), state: z.string(), zipCode: z.string() }),
        coordinates: z.object({ latitude: z.number(), longitude: z.number() }),
      }),
      relationships: z.object({ offers: z.object({ data: z.array(z.object({ id: z.string() })) }) }),
    }),
  ),
  included: z.array(z.looseObject({ type: z.string() })).default([]),
});

export interface WebviewReward {
  id: string;
  merchantName: string;
  timestamp: string;
  amountCents: number;
  userCents: number;
}

export interface NearbyLocation {
  id: string;
  name: string;
  address: { street: string; city: string; state: string; zipCode: string };
  coordinates: { latitude: number; longitude: number };
  offer?: WebviewOffer;
}

/** Calls a documented operation for the session's user; returns the parsed body or throws its error body. */
async function operation<T>(
  ctx: SandboxContext,
  session: WebviewSession,
  call: { handler: Handler; method: string; path: string; query: URLSearchParams; params?: Record<string, string> },
  schema: z.ZodType<T>,
): Promise<T> {
  const url = new URL(`/v2/issuers/${session.organizationId}/users/${session.userId}${call.path}?${call.query}`, ctx.url.origin);
  let response: Response;
  try {
    response = await call.handler({
      ...ctx,
      req: new Request(url, { method: call.method }),
      url,
      params: { organizationId: session.organizationId, userId: session.userId, ...call.params },
    });
  } catch (error) {
    if (isSandboxRefusal(error)) response = error.response;
    else throw error;
  }
  const body: unknown = await response.json();
  if (!response.ok) throw new WebviewDataError(response.status, body);
  return schema.parse(body);
}

/** A documented operation answered with an error (e.g. 404 for a deleted user). */
export class WebviewDataError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`The rewards API answered ${status}.`);
    this.name = "WebviewDataError";
  }
}

function componentQuery(extra: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams(extra);
  for (const component of WEBVIEW_COMPONENTS) query.append("supportedComponents", component);
  return query;
}

export async function loadOffers(ctx: SandboxContext, session: WebviewSession) {
  const query = componentQuery({ "page[size]": "100" });
  const body = await operation(ctx, session, { handler: getOffers, method: "GET", path: "/offers", query }, offersBodySchema);
  return { offers: body.data, categories: body.meta.availableCategories };
}

export async function loadRewards(ctx: SandboxContext, session: WebviewSession): Promise<WebviewReward[]> {
  const query = new URLSearchParams({ "page[size]": "100", include: "merchant" });
  const body = await operation(ctx, session, { handler: getEarnedRewards, method: "GET", path: "/earned-rewards", query }, rewardsBodySchema);
  const merchants = new Map(body.included.filter((item) => item.type === "merchant").map((item) => [item.id, item.attributes.name]));
  return body.data.map((reward) => ({
    id: reward.id,
    merchantName: merchants.get(reward.relationships.merchant.data.id) ?? "Merchant",
    timestamp: reward.attributes.transactionTimestamp,
    amountCents: reward.attributes.transactionAmountInCents,
    userCents: reward.attributes.commissionEarned.user.value,
  }));
}

export async function loadNearby(ctx: SandboxContext, session: WebviewSession, point: { latitude: number; longitude: number }): Promise<NearbyLocation[]> {
  const query = componentQuery({
    "filter[latitude]": String(point.latitude),
    "filter[longitude]": String(point.longitude),
    "filter[radius]": String(NEARBY_RADIUS_MILES),
    include: "offers",
    "page[size]": "50",
  });
  const body = await operation(ctx, session, { handler: getLocations, method: "GET", path: "/locations", query }, locationsBodySchema);
  const offers = new Map<string, WebviewOffer>();
  for (const item of body.included) {
    const offer = webviewOfferSchema.safeParse(item);
    if (offer.success) offers.set(offer.data.id, offer.data);
  }
  return body.data.map((location) => ({
    id: location.id,
    ...location.attributes,
    offer: offers.get(location.relationships.offers.data[0]?.id ?? ""),
  }));
}

/** Runs the offer's CTA (Activate or Boost Offer) and returns the re-rendered offer (`include=offer`). */
export async function runOfferAction(ctx: SandboxContext, session: WebviewSession, offerId: string, verb: "activate" | "boost"): Promise<WebviewOffer> {
  const query = componentQuery({ include: "offer" });
  const body = await operation(
    ctx,
    session,
    { handler: verb === "activate" ? activateOffer : boostOffer, method: "POST", path: `/offers/${encodeURIComponent(offerId)}/${verb}`, query, params: { offerId } },
    z.object({ included: z.tuple([webviewOfferSchema]) }),
  );
  return body.included[0];
}
