import type { z } from "zod";
import { type FetchFn, type HttpMethod, providerRequest } from "@/lib/providers/http";
import { isProviderError } from "@/lib/providers/provider-error";
import { invalidRequest, parseKardAuthError, parseKardError } from "./errors";
import { type QueryObject, toQueryString } from "./query";
import { tokenResponseSchema } from "./schemas/auth";
import { createTokenCache } from "./token-cache";

/**
 * What a Kard client is built from.
 * - `baseUrl`: the rewards API (`https://rewards-api.getkard.com`, sandbox
 *   `https://test-rewards-api.getkard.com`, or this console's `/sandbox/kard`), no trailing slash.
 * - `authBaseUrl`: where `POST /v2/auth/token` lives. Kard gives each client its own
 *   `https://{subdomain}.getkard.com`; defaults to `baseUrl`.
 * - `targetIssuer`: sent as `X-Kard-Target-Issuer` to get a token locked to that issuer (beta).
 * - `timeoutMs`: per request; `now`: clock (epoch ms) for the token cache.
 * Source: guide "Authentication"; kard-openapi.yaml `servers`.
 */
export interface KardClientConfig {
  baseUrl: string;
  authBaseUrl?: string;
  clientId: string;
  clientSecret: string;
  organizationId: string;
  targetIssuer?: string;
  timeoutMs?: number;
  now?: () => number;
}

type TransportConfig = KardClientConfig & { fetch: FetchFn };

/** One operation call: `path` is relative to `/v2/issuers/{organizationId}`. */
export interface KardCall<T> {
  endpoint: string;
  method: HttpMethod;
  path: string;
  query?: { schema: z.ZodType<QueryObject>; value: unknown };
  body?: { schema: z.ZodType; value: unknown };
  response: z.ZodType<T>;
}

export interface KardTransport {
  call<T>(op: KardCall<T>): Promise<T>;
}

/** Extra attempts for reads (GET) on 429/5xx/network errors; writes are never repeated. */
const READ_RETRIES = 2;

function validated<T>(endpoint: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first.path.length ? first.path.join(".") : "request";
  throw invalidRequest(endpoint, "INVALID_REQUEST", `${endpoint}: ${where}: ${first.message}`, result.error.issues.slice(0, 10));
}

/**
 * Requests an access token exactly as documented: `POST {authBaseUrl}/v2/auth/token`,
 * `Authorization: Basic base64(client_id:client_secret)`, form body
 * `grant_type=client_credentials`, optional `X-Kard-Target-Issuer`. Issuing a token changes
 * nothing at Kard, so the call is retried like a read.
 * Source: guide "Authentication" › "Kard Authentication API v2", "Multi-Issuer Authentication".
 */
async function requestToken(config: TransportConfig) {
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64")}`,
  };
  if (config.targetIssuer) headers["X-Kard-Target-Issuer"] = config.targetIssuer;
  const body = await providerRequest(config.fetch, {
    provider: "kard",
    endpoint: "getAccessToken",
    method: "POST",
    url: `${config.authBaseUrl ?? config.baseUrl}/v2/auth/token`,
    headers,
    form: new URLSearchParams({ grant_type: "client_credentials" }),
    schema: tokenResponseSchema,
    parseError: parseKardAuthError,
    timeoutMs: config.timeoutMs,
    retry: { retries: READ_RETRIES },
  });
  return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
}

/**
 * Sends Kard operations with a cached Bearer token. Request bodies and queries are validated
 * before sending; a 401 drops the token, fetches a new one and repeats the request once (a 401
 * means Kard applied nothing, so repeating a write is safe).
 * @throws ProviderError — INVALID_REQUEST before sending; otherwise as providerRequest.
 */
export function createKardTransport(config: TransportConfig): KardTransport {
  const tokens = createTokenCache({ fetchToken: () => requestToken(config), now: config.now });
  const issuerUrl = `${config.baseUrl}/v2/issuers/${encodeURIComponent(config.organizationId)}`;

  return {
    async call<T>(op: KardCall<T>): Promise<T> {
      const query = op.query ? validated(op.endpoint, op.query.schema, op.query.value) : undefined;
      const json = op.body ? validated(op.endpoint, op.body.schema, op.body.value) : undefined;
      const send = (token: string) =>
        providerRequest(config.fetch, {
          provider: "kard",
          endpoint: op.endpoint,
          method: op.method,
          url: `${issuerUrl}${op.path}${toQueryString(query)}`,
          headers: { Authorization: `Bearer ${token}` },
          json,
          schema: op.response,
          parseError: parseKardError,
          timeoutMs: config.timeoutMs,
          retry: op.method === "GET" ? { retries: READ_RETRIES } : undefined,
        });

      const token = await tokens.get();
      try {
        return await send(token);
      } catch (error) {
        if (!isProviderError(error) || error.httpStatus !== 401) throw error;
        tokens.invalidate(token);
        return send(await tokens.get());
      }
    },
  };
}

/** Percent-encodes one path segment (user, offer, subscription and upload IDs). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
