/** The five providers, by the slug used in URLs (`/sandbox/<slug>`), audit rows and the registry. */
export const PROVIDER_SLUGS = ["kard", "ktn", "kazawallet", "kvitka", "open-loyalty"] as const;
export type ProviderSlug = (typeof PROVIDER_SLUGS)[number];

export function isProviderSlug(value: unknown): value is ProviderSlug {
  return typeof value === "string" && (PROVIDER_SLUGS as readonly string[]).includes(value);
}

/** Each provider's name as the console shows it. */
export const PROVIDER_NAMES: Readonly<Record<ProviderSlug, string>> = {
  kard: "Kard",
  ktn: "KTN Gift Card",
  kazawallet: "Kazawallet",
  kvitka: "KvitkaCard",
  "open-loyalty": "Open Loyalty Pay",
};
