import { kardProvider } from "./kard/provider";
import { ktnProvider } from "./ktn/provider";
import { kazawalletProvider } from "./kazawallet/provider";
import { kvitkaProvider } from "./kvitka/provider";
import { openLoyaltyProvider } from "./open-loyalty/provider";

/**
 * Every provider the console integrates, by slug: the registry's one list. A new provider adds
 * its `provider.ts` definition here (and its simulator to lib/sandbox/sandboxes.ts).
 */
export const PROVIDERS = {
  kard: kardProvider,
  ktn: ktnProvider,
  kvitka: kvitkaProvider,
  kazawallet: kazawalletProvider,
  "open-loyalty": openLoyaltyProvider,
};

export type IntegratedProvider = keyof typeof PROVIDERS;

/** The wire client type of an integrated provider. */
export type ClientOf<S extends IntegratedProvider> = ReturnType<(typeof PROVIDERS)[S]["createClient"]>;
