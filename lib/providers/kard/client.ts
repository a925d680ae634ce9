import { filesApi } from "./api/files";
import { notificationsApi } from "./api/notifications";
import { rewardsApi } from "./api/rewards";
import { transactionsApi } from "./api/transactions";
import { uploadsApi } from "./api/uploads";
import { usersApi } from "./api/users";
import { webviewApi } from "./api/webview";
import type { FetchFn } from "@/lib/providers/http";
import { type KardClientConfig, createKardTransport } from "./transport";

export type { KardClientConfig } from "./transport";

/**
 * The Kard rewards API wire client (version 2024-10-01): one method per documented operation,
 * named after it, plus getWebviewToken. Every call authenticates with a cached OAuth2
 * client-credentials token (refreshed 60 s before `expires_in`, once more on a 401), validates
 * its request and response with the schemas in ./schemas, and fails only with ProviderError.
 * Amounts are integer cents on the wire. Reads (GET) are retried on 429/5xx/network errors;
 * writes never are.
 * Source: ../shared/seeds/001_5de93aca2543b20e.txt; kard-openapi.yaml.
 */
export function createKardClient(config: KardClientConfig, fetch: FetchFn) {
  const transport = createKardTransport({
    ...config,
    fetch,
    baseUrl: config.baseUrl.replace(/\/$/, ""),
    authBaseUrl: config.authBaseUrl?.replace(/\/$/, ""),
  });
  return {
    ...usersApi(transport),
    ...rewardsApi(transport),
    ...transactionsApi(transport),
    ...notificationsApi(transport),
    ...filesApi(transport),
    ...uploadsApi(transport),
    ...webviewApi(transport),
  };
}

export type KardClient = ReturnType<typeof createKardClient>;
