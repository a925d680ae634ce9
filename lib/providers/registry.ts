import { appOrigin } from "@/lib/app-origin";
import type { ProviderConfig, ProviderDefinition, ProviderMode } from "./definition";
import type { FetchFn } from "./http";
import { PROVIDERS, type ClientOf, type IntegratedProvider } from "./providers";
import { PROVIDER_NAMES, PROVIDER_SLUGS, type ProviderSlug } from "./slugs";

/**
 * The sandboxes' in-process fetch, loaded on first use: reading a provider's configuration must
 * not load every simulator (lib/sandbox registers them), and the simulators never import this file.
 */
const sandboxFetch: FetchFn = async (input, init) => (await import("@/lib/sandbox/sandbox-fetch")).sandboxFetch(input, init);
const networkFetch: FetchFn = (input, init) => fetch(input, init);

function definitionOf(slug: ProviderSlug): ProviderDefinition<unknown> | undefined {
  return Object.hasOwn(PROVIDERS, slug) ? PROVIDERS[slug as IntegratedProvider] : undefined;
}

function readEnv(names: Readonly<Record<string, string>> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([key, env]) => [key, process.env[env]?.trim() ?? ""]));
}

function liveCredentials(def: ProviderDefinition<unknown>): Record<string, string> | undefined {
  const values = readEnv(def.credentialEnv);
  return Object.values(values).every(Boolean) ? values : undefined;
}

/** Live when every credential of the provider is set; sandbox otherwise (also for a provider not integrated yet). */
export function providerMode(slug: ProviderSlug): ProviderMode {
  const def = definitionOf(slug);
  return def && liveCredentials(def) ? "live" : "sandbox";
}

/**
 * The configuration `slug`'s client is built from, read from the environment per call.
 * @throws Error for a provider that is not integrated (no `provider.ts` in PROVIDERS).
 */
export function providerConfig(slug: ProviderSlug): ProviderConfig {
  const def = definitionOf(slug);
  if (!def) throw new Error(`${PROVIDER_NAMES[slug]} is not integrated yet`);
  const options = Object.fromEntries(Object.entries(readEnv(def.optionEnv)).map(([key, value]) => [key, value || undefined]));
  const live = liveCredentials(def);
  if (live) {
    const baseUrl = (process.env[`${def.envPrefix}_BASE_URL`]?.trim() || def.liveBaseUrl).replace(/\/$/, "");
    return { slug, mode: "live", baseUrl, credentials: live, options };
  }
  return { slug, mode: "sandbox", baseUrl: `${appOrigin()}/sandbox/${slug}`, credentials: def.sandboxCredentials, options };
}

/** The fetch a provider's client sends through: the network live, the in-process simulator in sandbox mode. */
export function providerFetch(mode: ProviderMode): FetchFn {
  return mode === "live" ? networkFetch : sandboxFetch;
}

const clients = ((globalThis as { __providerClients?: Map<string, unknown> }).__providerClients ??= new Map());

/**
 * The configured client of `slug`: the one way operations reach a provider. One client per
 * configuration per process, so state a client keeps (Kard's OAuth2 token, KvitkaCard's rate
 * limiter) is shared by every request; a changed environment yields a new client.
 */
export function providerClient<S extends IntegratedProvider>(slug: S): ClientOf<S> {
  const config = providerConfig(slug);
  const key = JSON.stringify(config);
  let client = clients.get(key);
  if (!client) {
    client = PROVIDERS[slug].createClient(config, providerFetch(config.mode));
    clients.set(key, client);
  }
  return client as ClientOf<S>;
}

export function providerName(slug: ProviderSlug): string {
  return PROVIDER_NAMES[slug];
}

/** True while no provider is live: demo accounts may sign in only then. */
export function allProvidersInSandbox(): boolean {
  return PROVIDER_SLUGS.every((slug) => providerMode(slug) === "sandbox");
}

export interface ProviderStatus {
  slug: ProviderSlug;
  name: string;
  mode: ProviderMode;
  /** False for a provider the console does not integrate yet: nothing answers for it. */
  available: boolean;
}

/** Each provider's mode, for the shell's LIVE / SANDBOX badges. */
export function providerModes(): ProviderStatus[] {
  return PROVIDER_SLUGS.map((slug) => ({ slug, name: PROVIDER_NAMES[slug], mode: providerMode(slug), available: definitionOf(slug) !== undefined }));
}
