import { sandboxFetch } from "@/lib/sandbox/sandbox-fetch";
import { sandboxes } from "@/lib/sandbox/sandboxes";
import type { FetchFn } from "./http";
import { PROVIDER_SLUGS, type ProviderSlug } from "./provider-error";

export type ProviderMode = "live" | "sandbox";

export interface ProviderConfig {
  slug: ProviderSlug;
  name: string;
  mode: ProviderMode;
  /** The provider's documented base URL live; this console's `/sandbox/<slug>` otherwise. */
  baseUrl: string;
  /** Credentials by the provider's own names. Server-only: never send to the browser. */
  credentials: Record<string, string>;
  fetch: FetchFn;
}

interface ProviderDefinition {
  name: string;
  /** Documented production base URL (overridable with <PREFIX>_BASE_URL). */
  liveBaseUrl: string;
  /** Credential name → environment variable. The provider is live when all are set. */
  credentialEnv: Record<string, string>;
  /** The sandbox's documented credentials (issue contracts: keep them exactly). */
  sandboxCredentials: Record<string, string>;
  envPrefix: string;
}

/** Source: each provider's documentation (../shared/seeds), "Base URL" / "Authentication". */
const DEFINITIONS: Record<ProviderSlug, ProviderDefinition> = {
  kard: {
    name: "Kard",
    envPrefix: "KARD",
    liveBaseUrl: "https://test-rewards-api.getkard.com",
    credentialEnv: {
      clientId: "KARD_CLIENT_ID",
      clientSecret: "KARD_CLIENT_SECRET",
      organizationId: "KARD_ORGANIZATION_ID",
      webhookKey: "KARD_WEBHOOK_KEY",
    },
    sandboxCredentials: {
      clientId: "kard_sandbox_client",
      clientSecret: "kard_sandbox_secret",
      organizationId: "org_sandbox",
      issuerName: "sandbox",
      webhookKey: "kard_sandbox_webhook_key",
    },
  },
  ktn: {
    name: "KTN Gift Card",
    envPrefix: "KTN",
    liveBaseUrl: "https://api.ktngiftcard.katronai.com/katron-gift-card",
    credentialEnv: { apiKey: "KTN_API_KEY" },
    sandboxCredentials: { apiKey: "ktn_sandbox_key" },
  },
  kazawallet: {
    name: "Kazawallet",
    envPrefix: "KAZAWALLET",
    liveBaseUrl: "https://outdoor.kasroad.com/wallet",
    credentialEnv: { apiKey: "KAZAWALLET_API_KEY", apiSecret: "KAZAWALLET_API_SECRET", merchantEmail: "KAZAWALLET_MERCHANT_EMAIL" },
    sandboxCredentials: { apiKey: "kazawallet_sandbox_key", apiSecret: "kazawallet_sandbox_secret", merchantEmail: "merchant@sandbox.test" },
  },
  kvitka: {
    name: "KvitkaCard",
    envPrefix: "KVITKA",
    liveBaseUrl: "https://www.kvitkacard.com/api/v1",
    credentialEnv: { apiToken: "KVITKA_API_TOKEN" },
    sandboxCredentials: { apiToken: "kvitka_sandbox_token" },
  },
  "open-loyalty": {
    name: "Open Loyalty Pay",
    envPrefix: "OPEN_LOYALTY",
    // The documentation gives paths (/ovstrade/openLoyaltyPay/…) but no host: live needs OPEN_LOYALTY_BASE_URL.
    liveBaseUrl: "",
    credentialEnv: {
      baseUrl: "OPEN_LOYALTY_BASE_URL",
      clientId: "OPEN_LOYALTY_CLIENT_ID",
      jwtToken: "OPEN_LOYALTY_JWT_TOKEN",
      sign: "OPEN_LOYALTY_SIGN",
    },
    sandboxCredentials: { clientId: "open_loyalty_sandbox_client", jwtToken: "open_loyalty_sandbox_jwt", sign: "open_loyalty_sandbox_sign" },
  },
};

/** This console's own origin, used to build sandbox URLs (served in-process, see sandboxFetch). */
export function appOrigin(): string {
  return (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

function liveCredentials(def: ProviderDefinition): Record<string, string> | undefined {
  const entries = Object.entries(def.credentialEnv).map(([key, env]) => [key, process.env[env]?.trim() ?? ""]);
  return entries.every(([, value]) => value) ? Object.fromEntries(entries) : undefined;
}

export function providerMode(slug: ProviderSlug): ProviderMode {
  return liveCredentials(DEFINITIONS[slug]) ? "live" : "sandbox";
}

/** The configuration the client for `slug` is built from, read from the environment per call. */
export function providerConfig(slug: ProviderSlug): ProviderConfig {
  const def = DEFINITIONS[slug];
  const live = liveCredentials(def);
  if (live) {
    return {
      slug,
      name: def.name,
      mode: "live",
      baseUrl: (process.env[`${def.envPrefix}_BASE_URL`] ?? def.liveBaseUrl).replace(/\/$/, ""),
      credentials: live,
      fetch: (input, init) => fetch(input, init),
    };
  }
  return {
    slug,
    name: def.name,
    mode: "sandbox",
    baseUrl: `${appOrigin()}/sandbox/${slug}`,
    credentials: def.sandboxCredentials,
    fetch: sandboxFetch,
  };
}

export function providerName(slug: ProviderSlug): string {
  return DEFINITIONS[slug].name;
}

/** True while no provider is live: demo accounts may sign in only then. */
export function allProvidersInSandbox(): boolean {
  return PROVIDER_SLUGS.every((slug) => providerMode(slug) === "sandbox");
}

export interface ProviderStatus {
  slug: ProviderSlug;
  name: string;
  mode: ProviderMode;
  /** False for a provider in sandbox mode whose simulator is not built yet: nothing answers. */
  available: boolean;
}

/** Each provider's mode, for the shell's LIVE / SANDBOX badges. */
export function providerModes(): ProviderStatus[] {
  return PROVIDER_SLUGS.map((slug) => {
    const mode = providerMode(slug);
    return { slug, name: DEFINITIONS[slug].name, mode, available: mode === "live" || sandboxes[slug] !== undefined };
  });
}
