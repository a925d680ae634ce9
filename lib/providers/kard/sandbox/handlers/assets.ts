import type { SandboxContext } from "../context";
import { newMongoId } from "../ids";
import { isoSeconds } from "../offer-view";
import { eventCodeSchema, offerMediumSchema } from "../../schemas/attributions";
import { readAttributionToken, type AttributionSubject } from "../signed-urls";

/**
 * What the sandbox serves in place of Kard's CDN, so the console renders offline:
 * - GET /assets/offers/{offerId}/logo.svg|banner.svg?token=… — offer images (SVG with the
 *   merchant's initials and colour);
 * - GET /attribution/pixel.png?token=… — the transparent pixel behind a notification's
 *   `attributionUrl`;
 * - GET /surveys/{notificationId} — the post-experience survey of local offers.
 * Image-based attribution: appending `eventCode` and `medium` records an attribution event; in
 * the sandbox "an invalid query eventCode or medium … will return a 400 error with a
 * description of the issue".
 * Source: Kard seed, "Attributions" → "Option 1: Image-Based Tracking", "Testing The User
 * Experiences".
 */
const PIXEL = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const NO_STORE = { "cache-control": "no-store" };

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", ...NO_STORE } });
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Records the image-tracking event when the URL carries one; returns an error text if invalid. */
function trackImageEvent(ctx: SandboxContext, subject: AttributionSubject): string | undefined {
  const eventCode = ctx.url.searchParams.get("eventCode");
  const medium = ctx.url.searchParams.get("medium");
  if (eventCode === null && medium === null) return undefined;
  if (!eventCode || !(eventCodeSchema.options as readonly string[]).includes(eventCode)) {
    return `Invalid eventCode '${eventCode ?? ""}'. Allowed: ${eventCodeSchema.options.join(", ")}.`;
  }
  const mediums: readonly string[] = subject.kind === "offer" ? offerMediumSchema.options : ["PUSH"];
  if (!medium || !mediums.includes(medium)) return `Invalid medium '${medium ?? ""}'. Allowed: ${mediums.join(", ")}.`;
  ctx.state.attributions.push({
    id: newMongoId(ctx.now),
    userId: subject.userId,
    type: subject.kind === "offer" ? "offerAttribution" : "notificationAttribution",
    entityId: subject.entityId,
    eventCode,
    medium,
    eventDate: isoSeconds(ctx.now),
    receivedAt: ctx.now,
    via: "image",
  });
  return undefined;
}

export async function offerAsset(ctx: SandboxContext): Promise<Response> {
  const subject = readAttributionToken(ctx.url.searchParams.get("token"));
  const offer = ctx.state.catalog.offersById.get(ctx.params.offerId);
  if (!offer || !subject || subject.kind !== "offer" || subject.entityId !== offer.id) return text(400, "Invalid or missing attribution token.");
  const problem = trackImageEvent(ctx, subject);
  if (problem) return text(400, problem);
  const name = escapeXml(offer.merchant.name);
  const initials = escapeXml(offer.merchant.name.split(/\s+/).filter((w) => /^[A-Za-z0-9]/.test(w)).slice(0, 2).map((w) => w[0].toUpperCase()).join(""));
  const color = offer.merchant.brandColor;
  const svg =
    ctx.params.asset === "banner.svg"
      ? `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 1200 400"><rect width="1200" height="400" fill="${color}"/><text x="600" y="215" font-family="sans-serif" font-size="72" fill="#fff" text-anchor="middle">${name}</text></svg>`
      : `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><circle cx="128" cy="128" r="128" fill="${color}"/><text x="128" y="150" font-family="sans-serif" font-size="88" font-weight="bold" fill="#fff" text-anchor="middle">${initials}</text><title>${name}</title></svg>`;
  return new Response(svg, { status: 200, headers: { "content-type": "image/svg+xml", ...NO_STORE } });
}

export async function attributionPixel(ctx: SandboxContext): Promise<Response> {
  const subject = readAttributionToken(ctx.url.searchParams.get("token"));
  if (!subject || subject.kind !== "notification") return text(400, "Invalid or missing attribution token.");
  const problem = trackImageEvent(ctx, subject);
  if (problem) return text(400, problem);
  return new Response(PIXEL, { status: 200, headers: { "content-type": "image/png", ...NO_STORE } });
}

export async function survey(ctx: SandboxContext): Promise<Response> {
  const known = ctx.state.notifications.some((n) => n.id === ctx.params.notificationId);
  if (!known) return text(404, "Unknown survey.");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>How was your visit?</title></head><body><h1>How was your visit?</h1><p>This is the Kard sandbox's stand-in for a post-experience survey.</p></body></html>`;
  return new Response(html, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } });
}
