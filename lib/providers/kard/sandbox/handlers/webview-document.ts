import { KARD_DEFAULT_THEME, type ResolvedTheme } from "@/lib/providers/kard/webview/theme";
import type { WebviewCategory, WebviewOffer, WebviewReward } from "./webview-data";
import { html, raw, type Html } from "./webview-markup";
import { categoryChips, offerCard, rewardsList, rewardsSummary } from "./webview-offers";
import { webviewScript, type RuntimeConfig } from "./webview-runtime";
import { webviewStyles } from "./webview-styles";

/**
 * The sandbox WebView's HTML documents: the three pages of the hosted WebView in one document
 * (rewards with the nearby-offers map section, offers, nearby offers), titled by the theme's
 * labels, and the error page shown for a bad token, theme or user. Style and script carry the
 * response's CSP nonce; nothing is loaded from another host.
 * Source: Kard seed, "WebView" (labels: rewards page, offers page, nearby offers page; layout.showMap).
 */
const FEATURED_OFFERS = 4;

function shell(opts: { title: string; mode: string; nonce: string; css: string; body: Html; script?: string }): string {
  return html`<!doctype html>
<html lang="en" data-mode="${opts.mode}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${opts.title}</title>
<style nonce="${opts.nonce}">${raw(opts.css)}</style>
</head>
<body>
${opts.body}
${opts.script ? html`<script nonce="${opts.nonce}">${raw(opts.script)}</script>` : null}
</body>
</html>`.value;
}

function nearbyBlock(): Html {
  return html`<p class="status" data-nearby-status>Share your location to see offers near you.</p>
<div data-nearby-map></div>`;
}

export interface WebviewPageData {
  theme: ResolvedTheme;
  offers: WebviewOffer[];
  categories: WebviewCategory[];
  rewards: WebviewReward[];
  nonce: string;
  runtime: RuntimeConfig;
}

export function webviewDocument(data: WebviewPageData): string {
  const { labels, layout } = data.theme;
  const offerCards = data.offers.map(offerCard);
  const body = html`<header class="topbar"><h1 data-page-title>${labels.rewardsTitle}</h1></header>
<main>
<p class="status" data-flash role="status"></p>
<section data-view="rewards" data-title="${labels.rewardsTitle}">
${rewardsSummary(data.rewards)}
${
  layout.showMap
    ? html`<section data-testid="rewards-nearby-section"><div class="section-head"><h2>${labels.nearbyOffersTitle}</h2><button type="button" class="link" data-go="nearby">See all</button></div>
${nearbyBlock()}
<button type="button" class="btn btn-secondary" data-locate>Update location</button></section>`
    : null
}
<section><div class="section-head"><h2>${labels.offersTitle}</h2><button type="button" class="link" data-go="offers">See all</button></div>
${offerCards.length > 0 ? html`<div class="offers">${offerCards.slice(0, FEATURED_OFFERS)}</div>` : html`<p class="muted">No offers right now.</p>`}</section>
<section><h2>Recent rewards</h2>${rewardsList(data.rewards)}</section>
</section>
<section data-view="offers" data-title="${labels.offersTitle}" hidden>
${categoryChips(data.categories)}
${offerCards.length > 0 ? html`<div class="offers">${offerCards}</div>` : html`<p class="muted">No offers right now.</p>`}
</section>
<section data-view="nearby" data-title="${labels.nearbyOffersTitle}" hidden>
${nearbyBlock()}
<div data-nearby-list></div>
<p><button type="button" class="btn btn-secondary" data-locate>Update location</button></p>
</section>
</main>
<nav class="tabbar" aria-label="Rewards pages">
<button type="button" data-go="rewards" aria-current="page">${labels.rewardsTitle}</button>
<button type="button" data-go="offers" aria-current="false">${labels.offersTitle}</button>
<button type="button" data-go="nearby" aria-current="false">${labels.nearbyOffersTitle}</button>
</nav>`;
  return shell({ title: labels.rewardsTitle, mode: data.theme.theme, nonce: data.nonce, css: webviewStyles(data.theme), body, script: webviewScript(data.runtime) });
}

export function webviewErrorDocument(opts: { title: string; message: string; details?: string[]; nonce: string }): string {
  const body = html`<main class="error-page"><div class="card" role="alert" data-testid="webview-error"><h1>${opts.title}</h1><p>${opts.message}</p>${
    opts.details && opts.details.length > 0 ? html`<ul>${opts.details.map((detail) => html`<li class="muted">${detail}</li>`)}</ul>` : null
  }</div></main>`;
  return shell({ title: opts.title, mode: KARD_DEFAULT_THEME.theme, nonce: opts.nonce, css: webviewStyles(KARD_DEFAULT_THEME), body });
}
