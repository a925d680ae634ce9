import type { FetchFn } from "./http";
import type { ProviderSlug } from "./slugs";

export type ProviderMode = "live" | "sandbox";

/**
 * What a provider's client is built from, read from the environment per call by the registry.
 * Server-only: `credentials` must never reach the browser.
 */
export interface ProviderConfig {
  slug: ProviderSlug;
  mode: ProviderMode;
  /** The documented base URL live (or `<PREFIX>_BASE_URL`); this console's `/sandbox/<slug>` otherwise. */
  baseUrl: string;
  /** Credentials by the provider's own names: the environment's live, the documented sandbox ones otherwise. */
  credentials: Readonly<Record<string, string>>;
  /** Optional settings (`optionEnv`), read in both modes; absent when unset. */
  options: Readonly<Record<string, string | undefined>>;
}

/**
 * One provider, as every `lib/providers/<slug>/provider.ts` declares it (see docs/architecture.md,
 * "The provider contract"). The registry turns it into a configured client; nothing else reads
 * the environment for a provider.
 */
export interface ProviderDefinition<Client> {
  slug: ProviderSlug;
  /** `<PREFIX>_BASE_URL` overrides `liveBaseUrl`. */
  envPrefix: string;
  /** The documented production base URL, no trailing slash. */
  liveBaseUrl: string;
  /** Credential name → environment variable. The provider is live when every one is set. */
  credentialEnv: Readonly<Record<string, string>>;
  /** The sandbox's credentials (issue contracts: keep them exactly). */
  sandboxCredentials: Readonly<Record<string, string>>;
  /** Option name → environment variable, for settings that are not credentials. */
  optionEnv?: Readonly<Record<string, string>>;
  /** Builds the wire client: pure, no environment, no globals (see `create<P>Client`). */
  createClient: (config: ProviderConfig, fetch: FetchFn) => Client;
}

/** Declares a provider (an identity function that keeps the client type). */
export function defineProvider<Client>(definition: ProviderDefinition<Client>): ProviderDefinition<Client> {
  return definition;
}
