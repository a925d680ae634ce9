import Decimal from "decimal.js";
import { formatCents, formatReward } from "../rewards";
import { html, type Html } from "./webview-markup";
import type { WebviewCategory, WebviewOffer, WebviewReward } from "./webview-data";

/**
 * Offer cards and the rewards summary of the sandbox WebView, rendered from the documented
 * responses. Component rules (Extended API guide, Step 3): `shortDescription` and `tags` on the
 * card, `longDescription` and `detailTags` in the details, `baseReward` as the reward text, the
 * `cta` button only when present with buttonStyle PRIMARY (absent = already done). Without
 * `components` the card falls back to `userReward` ("accept the absence gracefully").
 * `boostedReward`, `logoFlare` and `progressBar` are the spec's further components.
 * Source: Kard seed, "Extended API Integration" › "Step 3", "Component Reference", "Best Practices".
 */
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

function fallbackReward(offer: WebviewOffer): string {
  const { type, value } = offer.attributes.userReward;
  return type === "PERCENT" || type === "FLAT" ? formatReward(type, value) : String(value);
}

function rewardLine(offer: WebviewOffer): Html {
  const c = offer.attributes.components;
  const base = c?.baseReward ?? fallbackReward(offer);
  if (!c?.boostedReward) return html`<p class="reward">${base}</p>`;
  if (c.detailTags?.includes("Boosted")) return html`<p class="reward"><s>${base}</s> ${c.boostedReward}</p>`;
  return html`<p class="reward">${base} <span class="muted">· boost to ${c.boostedReward}</span></p>`;
}

function logo(offer: WebviewOffer): Html {
  const image = offer.attributes.assets.find((asset) => asset.type === "LOGO_IMAGE") ?? offer.attributes.assets[0];
  const flare = offer.attributes.components?.logoFlare;
  const flareClass = flare ? (flare.borderColor === "PRIMARY" ? "flare-primary" : "flare-secondary") : "";
  return html`<div class="logo ${flareClass}">${image ? html`<img src="${image.url}" alt="${image.alt}" width="48" height="48">` : null}${
    flare?.badge ? html`<span class="badge" role="img" aria-label="Boostable offer">⚡</span>` : null
  }</div>`;
}

function progress(offer: WebviewOffer): Html | null {
  const bar = offer.attributes.components?.progressBar;
  if (!bar || bar.total <= 0) return null;
  const percent = new Decimal(Math.min(bar.currentProgress, bar.total)).dividedBy(bar.total).times(100).toDecimalPlaces(1).toNumber();
  return html`<div class="progress"><svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="6" rx="3"></rect><rect class="done" width="${percent}" height="6" rx="3"></rect></svg><span class="muted">${
    bar.label ?? `${bar.currentProgress} of ${bar.total}`
  }</span></div>`;
}

function tagList(tags: string[] | undefined, label: string): Html | null {
  if (!tags || tags.length === 0) return null;
  return html`<ul class="tags" aria-label="${label}">${tags.map((tag) => html`<li class="tag">${tag}</li>`)}</ul>`;
}

function cta(offer: WebviewOffer): Html | null {
  const button = offer.attributes.components?.cta;
  if (!button || button.buttonStyle !== "PRIMARY") return null;
  return html`<button type="button" class="btn btn-primary" data-cta-url="${button.action.url}" data-cta-method="${button.action.method}">${button.buttonText}</button>`;
}

/** One offer card; `data-offer-id` lets the runtime replace every copy after a CTA. */
export function offerCard(offer: WebviewOffer): Html {
  const a = offer.attributes;
  const c = a.components;
  const categoryId = offer.relationships?.category.data[0]?.id ?? "";
  const channels = a.purchaseChannel.map((channel) => (channel === "INSTORE" ? "In store" : channel === "ONLINE" ? "Online" : channel)).join(" · ");
  return html`<article class="card offer" data-testid="offer-card" data-offer-id="${offer.id}" data-category="${categoryId}">
<div class="offer-head">${logo(offer)}<div><p class="offer-name">${a.name}</p>${rewardLine(offer)}</div></div>
${c?.shortDescription ? html`<p class="muted">${c.shortDescription}</p>` : null}
${tagList(c?.tags, "Offer tags")}
${progress(offer)}
${cta(offer)}
<details><summary>Details</summary>
${tagList(c?.detailTags, "Offer status")}
<p>${c?.longDescription ?? a.description ?? ""}</p>
<p class="muted">${channels} · Expires ${formatDate(a.expirationDate)}</p>
<p class="muted">${a.terms}</p>
${a.websiteUrl ? html`<p><a href="${a.websiteUrl}" target="_blank" rel="noopener noreferrer">Visit website</a></p>` : null}
</details>
</article>`;
}

export function categoryChips(categories: WebviewCategory[]): Html {
  return html`<div class="chips" role="group" aria-label="Categories">
<button type="button" class="chip" data-category-filter="" aria-pressed="true">All</button>
${categories.map((category) => html`<button type="button" class="chip" data-category-filter="${category.id}" aria-pressed="false">${category.attributes.name}</button>`)}
</div>`;
}

export function rewardsSummary(rewards: WebviewReward[]): Html {
  const total = rewards.reduce((sum, reward) => sum.plus(reward.userCents), new Decimal(0)).toNumber();
  return html`<div class="card summary" data-testid="rewards-summary"><div><div class="muted">Cash back earned in the last 12 months</div><strong>${formatCents(total)}</strong></div><div class="muted">${rewards.length} ${
    rewards.length === 1 ? "reward" : "rewards"
  }</div></div>`;
}

export function rewardsList(rewards: WebviewReward[]): Html {
  if (rewards.length === 0) return html`<p class="muted">No rewards yet. Shop with your linked card at an offer's merchant to earn cash back.</p>`;
  return html`<div class="card"><ul class="rewards-list">${rewards.map(
    (reward) =>
      html`<li><div><div>${reward.merchantName}</div><div class="muted">${formatDate(reward.timestamp)} · purchase ${formatCents(reward.amountCents)}</div></div><strong>+${formatCents(reward.userCents)}</strong></li>`,
  )}</ul></div>`;
}
