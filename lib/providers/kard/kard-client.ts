import { providerConfig } from "@/lib/providers/registry";
import { createKardClient, type KardClient } from "./client";

const clients = ((globalThis as { __kardClients?: Map<string, KardClient> }).__kardClients ??= new Map());

/**
 * The Kard client for the configured mode (live with KARD_* credentials, the sandbox otherwise).
 * One client per configuration per process, so every request shares its cached OAuth2 token
 * and concurrent requests share one token fetch. Live deployments whose token endpoint is on
 * a per-client host set KARD_AUTH_BASE_URL (the guide's `{subdomain}.getkard.com`).
 */
export function kardClient(): KardClient {
  const config = providerConfig("kard");
  const authBaseUrl = config.mode === "live" ? process.env.KARD_AUTH_BASE_URL : undefined;
  const targetIssuer = process.env.KARD_TARGET_ISSUER;
  const key = [config.mode, config.baseUrl, config.credentials.clientId, config.credentials.organizationId, authBaseUrl, targetIssuer].join("|");
  let client = clients.get(key);
  if (!client) {
    client = createKardClient({
      baseUrl: config.baseUrl,
      clientId: config.credentials.clientId,
      clientSecret: config.credentials.clientSecret,
      organizationId: config.credentials.organizationId,
      targetIssuer,
      authBaseUrl,
      fetch: config.fetch,
    });
    clients.set(key, client);
  }
  return client;
}
