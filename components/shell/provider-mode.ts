import type { ProviderStatus } from "@/lib/providers/registry";
import type { ProviderSlug } from "@/lib/providers/slugs";

/** How the console names a provider's mode, everywhere: LIVE, SANDBOX, or NOT CONNECTED (not integrated yet). */
export type ModeKey = "live" | "sandbox" | "not-connected";

export const MODE_LABELS: Readonly<Record<ModeKey, string>> = { live: "LIVE", sandbox: "SANDBOX", "not-connected": "NOT CONNECTED" };

export function modeOf(provider: Pick<ProviderStatus, "mode" | "available">): ModeKey {
  return provider.available ? provider.mode : "not-connected";
}

/** What each mode means for the operator, for the badges' tooltips. */
export function modeDetail(name: string, mode: ModeKey): string {
  if (mode === "live") return `${name} is LIVE: requests reach the provider's production API and move real money.`;
  if (mode === "sandbox") return `${name} is in SANDBOX: the console's simulator, written from ${name}'s documentation, answers. Nothing real moves.`;
  return `${name} is NOT CONNECTED: the console does not integrate it yet (no credentials, no simulator).`;
}

/** The names the header uses on a phone-sized screen. */
export const SHORT_NAMES: Readonly<Record<ProviderSlug, string>> = { ktn: "KTN", kard: "Kard", kazawallet: "Kaza", kvitka: "Kvitka", "open-loyalty": "OLP" };
