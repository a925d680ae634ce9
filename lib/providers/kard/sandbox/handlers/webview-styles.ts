import { COLOR_TOKENS, RADIUS_TOKENS, type ColorTokens, type ResolvedTheme } from "@/lib/providers/kard/webview/theme";

/**
 * The sandbox WebView's stylesheet. Every documented design token becomes a custom property
 * (`--kard-primary`, `--kard-chip-radius`, …) and is used by at least one element:
 * background (page), primary + buttonPrimaryTextColor (CTA buttons, active tab and chip, the
 * user's position on the map), secondary + buttonSecondaryTextColor (secondary buttons, chips,
 * map markers), textPrimary / textSecondary (text), cardBackgroundColor + border (cards,
 * separators), linkColor (links and text buttons); radius (buttons), chipRadius (chips, tags),
 * imageRadius (logos), cardRadius (cards).
 * Modes: `light` and `dark` apply their own tokens; `system` follows `prefers-color-scheme`.
 * Values were validated by the theme schema (no `;`, braces or quotes can reach this text).
 * Source: Kard seed, "WebView" › "theme" (token tables).
 */
const kebab = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function colorVariables(tokens: ColorTokens): string {
  return COLOR_TOKENS.map((token) => `--kard-${kebab(token)}: ${tokens[token]};`).join(" ");
}

export function webviewStyles(theme: ResolvedTheme): string {
  const radii = RADIUS_TOKENS.map((token) => `--kard-${kebab(token)}: ${theme.styles.layout[token]};`).join(" ");
  return `
:root { ${radii} ${colorVariables(theme.styles.light)} color-scheme: light; }
:root[data-mode="dark"] { ${colorVariables(theme.styles.dark)} color-scheme: dark; }
@media (prefers-color-scheme: dark) { :root[data-mode="system"] { ${colorVariables(theme.styles.dark)} color-scheme: dark; } }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { background: var(--kard-background); color: var(--kard-text-primary); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding-bottom: 72px; }
.topbar { position: sticky; top: 0; z-index: 2; background: var(--kard-background); border-bottom: 1px solid var(--kard-border); padding: 14px 16px; }
.topbar h1 { margin: 0; font-size: 22px; font-weight: 700; }
main { max-width: 1040px; margin: 0 auto; padding: 16px; }
section + section { margin-top: 20px; }
h2 { font-size: 17px; margin: 0 0 10px; }
.section-head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.muted { color: var(--kard-text-secondary); font-size: 13px; }
a, .link { color: var(--kard-link-color); }
.link { background: none; border: 0; padding: 0; font: inherit; cursor: pointer; text-decoration: underline; }
.card { background: var(--kard-card-background-color); border: 1px solid var(--kard-border); border-radius: var(--kard-card-radius); padding: 14px; }
.summary { display: flex; justify-content: space-between; align-items: flex-end; gap: 12px; }
.summary > .muted { flex: none; }
.summary strong { font-size: 26px; }
.offers { display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); }
.offer { display: flex; flex-direction: column; gap: 8px; }
.offer p { margin: 0; }
.offer details p { margin: 6px 0 0; }
.offer[hidden] { display: none; }
.offer-head { display: flex; gap: 12px; align-items: center; }
.logo { position: relative; flex: none; width: 48px; height: 48px; border-radius: var(--kard-image-radius); overflow: hidden; border: 2px solid var(--kard-border); background: var(--kard-background); }
.logo img { width: 100%; height: 100%; object-fit: cover; display: block; }
.logo.flare-primary { border-color: var(--kard-primary); }
.logo.flare-secondary { border-color: var(--kard-secondary); }
.badge { position: absolute; top: -2px; right: -2px; width: 16px; height: 16px; border-radius: 50%; background: var(--kard-primary); color: var(--kard-button-primary-text-color); font-size: 11px; line-height: 16px; text-align: center; }
.offer-name { font-weight: 600; margin: 0; }
.reward { font-weight: 700; color: var(--kard-text-primary); }
.reward s { color: var(--kard-text-secondary); font-weight: 400; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.tag { border: 1px solid var(--kard-border); border-radius: var(--kard-chip-radius); padding: 1px 8px; font-size: 12px; color: var(--kard-text-secondary); }
.chips { display: flex; gap: 8px; overflow-x: auto; padding-bottom: 8px; margin-bottom: 8px; }
.chip { flex: none; border: 0; border-radius: var(--kard-chip-radius); padding: 6px 12px; font: inherit; font-size: 13px; cursor: pointer; background: var(--kard-secondary); color: var(--kard-button-secondary-text-color); }
.chip[aria-pressed="true"] { background: var(--kard-primary); color: var(--kard-button-primary-text-color); }
.btn { border: 0; border-radius: var(--kard-radius); padding: 9px 14px; font: inherit; font-weight: 600; cursor: pointer; }
.btn-primary { background: var(--kard-primary); color: var(--kard-button-primary-text-color); }
.btn-secondary { background: var(--kard-secondary); color: var(--kard-button-secondary-text-color); }
.btn[disabled] { opacity: 0.6; cursor: progress; }
.progress { display: grid; gap: 4px; }
.progress svg { width: 100%; height: 6px; }
.progress .track { fill: var(--kard-border); }
.progress .done { fill: var(--kard-primary); }
details summary { cursor: pointer; color: var(--kard-link-color); font-size: 13px; }
details p { margin: 6px 0; }
.rewards-list { list-style: none; margin: 0; padding: 0; }
.rewards-list li { display: flex; justify-content: space-between; gap: 12px; padding: 10px 0; border-bottom: 1px solid var(--kard-border); }
.rewards-list li:last-child { border-bottom: 0; }
.status { margin: 0 0 10px; color: var(--kard-text-secondary); }
[data-flash]:empty { display: none; }
.status.error { color: var(--kard-text-primary); border-left: 3px solid var(--kard-primary); padding-left: 8px; }
.map { width: 100%; max-width: 420px; display: block; margin: 0 auto 12px; background: var(--kard-card-background-color); border: 1px solid var(--kard-border); border-radius: var(--kard-card-radius); }
.map .ring { fill: none; stroke: var(--kard-border); stroke-dasharray: 3 3; }
.map .ring-label { fill: var(--kard-text-secondary); font-size: 7px; }
.map .accuracy { fill: var(--kard-primary); fill-opacity: 0.15; }
.map .me { fill: var(--kard-primary); stroke: var(--kard-button-primary-text-color); stroke-width: 1.5; }
.map .marker { fill: var(--kard-secondary); stroke: var(--kard-border); }
.map .marker-label { fill: var(--kard-button-secondary-text-color); font-size: 7px; font-weight: 700; text-anchor: middle; dominant-baseline: central; }
.nearby-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.nearby-list li { display: flex; gap: 10px; align-items: flex-start; }
.pin { flex: none; width: 22px; height: 22px; border-radius: 50%; background: var(--kard-secondary); color: var(--kard-button-secondary-text-color); font-size: 12px; font-weight: 700; text-align: center; line-height: 22px; }
.tabbar { position: fixed; bottom: 0; left: 0; right: 0; display: flex; background: var(--kard-card-background-color); border-top: 1px solid var(--kard-border); }
.tabbar button { flex: 1; border: 0; background: none; padding: 12px 4px 14px; font: inherit; font-size: 13px; color: var(--kard-text-secondary); cursor: pointer; border-top: 3px solid transparent; }
.tabbar button[aria-current="page"] { color: var(--kard-primary); border-top-color: var(--kard-primary); font-weight: 600; }
.error-page { max-width: 480px; margin: 48px auto; }
`;
}
