import type { z } from "zod";
import { type FetchFn, type HttpMethod, providerRequest } from "@/lib/providers/http";
import { isProviderError, notSent } from "@/lib/providers/provider-error";
import { parseKardAuthError, parseKardError } from "./errors";
import { type QueryObject, toQueryString } from "./query";
import {
  type KardAttributionEvent,
  type KardOfferActionQuery,
  MAX_ATTRIBUTIONS_PER_REQUEST,
  createAttributionsRequestSchema,
  createAttributionsResponseSchema,
  offerActionQuerySchema,
  offerActionResponseSchema,
} from "./schemas/attributions";
import { type KardAuditRequest, createAuditsRequestSchema, createAuditsResponseSchema } from "./schemas/audits";
import { tokenResponseSchema, webviewTokenResponseSchema } from "./schemas/auth";
import { type KardEarnedRewardsQuery, earnedRewardsQuerySchema, earnedRewardsResponseSchema } from "./schemas/earned-rewards";
import { type KardFilesMetadataQuery, filesMetadataQuerySchema, filesMetadataResponseSchema } from "./schemas/files";
import {
  type KardLocationsQuery,
  type KardOffersQuery,
  locationsQuerySchema,
  locationsResponseSchema,
  offersQuerySchema,
  offersResponseSchema,
} from "./schemas/offers";
import {
  type KardSubscriptionAttributes,
  type KardSubscriptionUpdate,
  type KardSubscriptionsQuery,
  createSubscriptionsRequestSchema,
  subscriptionResponseSchema,
  subscriptionsQuerySchema,
  subscriptionsResponseSchema,
  updateSubscriptionRequestSchema,
} from "./schemas/subscriptions";
import {
  type KardFileUploadRequest,
  type KardFraudMarker,
  type KardIncomingTransaction,
  MAX_TRANSACTIONS_PER_REQUEST,
  MAX_UPLOAD_URLS_PER_REQUEST,
  createBulkTransactionsUploadUrlRequestSchema,
  createBulkTransactionsUploadUrlResponseSchema,
  createFraudMarkersRequestSchema,
  createFraudMarkersResponseSchema,
  createIncomingTransactionsRequestSchema,
  createIncomingTransactionsResponseSchema,
} from "./schemas/transactions";
import {
  type KardHistoricalTransaction,
  createUploadPartRequestSchema,
  createUploadPartResponseSchema,
  createUploadRequestSchema,
  createUploadResponseSchema,
  updateUploadRequestSchema,
  updateUploadResponseSchema,
} from "./schemas/uploads";
import {
  type KardUpdateUserAttributes,
  type KardUserRequestData,
  MAX_USERS_PER_REQUEST,
  createUsersRequestSchema,
  createUsersResponseSchema,
  deleteUserResponseSchema,
  updateUserRequestSchema,
  userResponseSchema,
} from "./schemas/users";
import { createTokenCache } from "./token-cache";

/**
 * What a Kard client is built from.
 * - `baseUrl`: the rewards API (`https://rewards-api.getkard.com`, sandbox
 *   `https://test-rewards-api.getkard.com`, or this console's `/sandbox/kard`).
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

/** One operation call: `path` is relative to `/v2/issuers/{organizationId}`. */
interface KardCall<T> {
  endpoint: string;
  method: HttpMethod;
  path: string;
  query?: { schema: z.ZodType<QueryObject>; value: unknown };
  body?: { schema: z.ZodType; value: unknown };
  response: z.ZodType<T>;
}

/** Extra attempts for reads (GET) and the token request on 429/5xx/network errors; writes are never repeated. */
const READ_RETRIES = 2;

/** Percent-encodes one path segment (user, offer, subscription and upload IDs). */
const segment = encodeURIComponent;

/**
 * Validates a request part against its schema before anything is sent.
 * @throws ProviderError INVALID_REQUEST (notSent) naming the first offending field.
 */
function validated<T>(endpoint: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first.path.length ? first.path.join(".") : "request";
  throw notSent("kard", endpoint, `${endpoint}: ${where}: ${first.message}`, result.error.issues.slice(0, 10));
}

/**
 * Refuses a batch outside Kard's documented bounds before anything is sent, with a message that
 * says what to do. Limits: users 100, transactions / fraud markers / upload parts 500,
 * attribution events 100, upload URLs 1–10 (kard-endpoints.md "Rate limits" table).
 * @throws ProviderError BATCH_LIMIT_EXCEEDED above `max`, INVALID_REQUEST for an empty batch.
 */
function checkBatchSize(endpoint: string, count: number, max: number, noun: string): void {
  if (count > max) {
    throw notSent("kard", endpoint, `${endpoint} accepts at most ${max} ${noun} per request (got ${count}); split the batch`, { max, count }, "BATCH_LIMIT_EXCEEDED");
  }
  if (count < 1) throw notSent("kard", endpoint, `${endpoint} needs at least one of ${noun}`);
}

/**
 * The Kard rewards API wire client (version 2024-10-01): one method per operation of
 * kard-openapi.yaml, named after it, plus getWebviewToken. Every call authenticates with a cached
 * OAuth2 client-credentials token (refreshed 60 s before `expires_in`; on a 401 the token is
 * dropped, a new one fetched and the request repeated once — a 401 means Kard applied nothing),
 * validates its request and response with the schemas in ./schemas, and fails only with
 * ProviderError (`notSent` INVALID_REQUEST / BATCH_LIMIT_EXCEEDED before sending). Amounts are
 * integer cents on the wire. Reads (GET) are retried on 429/5xx/network errors; writes never are.
 * Source: Kard seed (001_5de93aca2543b20e.txt), the 21 operation pages and "Authentication";
 * kard-openapi.yaml.
 */
export function createKardClient(config: KardClientConfig, fetch: FetchFn) {
  const baseUrl = config.baseUrl.replace(/\/$/, "");
  const authBaseUrl = (config.authBaseUrl ?? baseUrl).replace(/\/$/, "");
  const issuerUrl = `${baseUrl}/v2/issuers/${segment(config.organizationId)}`;

  /**
   * Requests an access token exactly as documented: `POST {authBaseUrl}/v2/auth/token`,
   * `Authorization: Basic base64(client_id:client_secret)`, form body
   * `grant_type=client_credentials`, optional `X-Kard-Target-Issuer`. Issuing a token changes
   * nothing at Kard, so the call is retried like a read.
   * Source: guide "Authentication" › "Kard Authentication API v2", "Multi-Issuer Authentication".
   */
  async function requestToken() {
    const headers: Record<string, string> = {
      Authorization: `Basic ${Buffer.from(`${config.clientId}:${config.clientSecret}`).toString("base64")}`,
    };
    if (config.targetIssuer) headers["X-Kard-Target-Issuer"] = config.targetIssuer;
    const body = await providerRequest(fetch, {
      provider: "kard",
      endpoint: "getAccessToken",
      method: "POST",
      url: `${authBaseUrl}/v2/auth/token`,
      headers,
      form: new URLSearchParams({ grant_type: "client_credentials" }),
      schema: tokenResponseSchema,
      parseError: parseKardAuthError,
      timeoutMs: config.timeoutMs,
      retry: { retries: READ_RETRIES },
    });
    return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
  }

  const tokens = createTokenCache({ fetchToken: requestToken, now: config.now });

  async function call<T>(op: KardCall<T>): Promise<T> {
    const query = op.query ? validated(op.endpoint, op.query.schema, op.query.value) : undefined;
    const json = op.body ? validated(op.endpoint, op.body.schema, op.body.value) : undefined;
    const send = (token: string) =>
      providerRequest(fetch, {
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
  }

  const offerAction = (endpoint: "activateOffer" | "boostOffer", action: "activate" | "boost") =>
    async (userId: string, offerId: string, query?: KardOfferActionQuery) =>
      call({
        endpoint,
        method: "POST",
        path: `/users/${segment(userId)}/offers/${segment(offerId)}/${action}`,
        query: { schema: offerActionQuerySchema, value: query ?? {} },
        response: offerActionResponseSchema,
      });

  return {
    // ---- users. Source: "Create Users", "Get User By ID", "Update User", "Delete User".

    /**
     * Enrols up to 100 users: `POST …/users` `{data:[{type:"user", id, attributes}]}`
     * (`enrolledRewards` required; `hashedEmail` from operations/hem.ts). Answers 201 `{data}` or
     * 207 `{errors, data?}` — the failed users are the `errors[].id`, not thrown.
     * Scope user:write. Source: "Create Users".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 100; INVALID_REQUEST; 400/401/409/500 as HTTP_<status>.
     */
    async createUsers(users: KardUserRequestData[]) {
      checkBatchSize("createUsers", users.length, MAX_USERS_PER_REQUEST, "users");
      return call({
        endpoint: "createUsers",
        method: "POST",
        path: "/users",
        body: { schema: createUsersRequestSchema, value: { data: users } },
        response: createUsersResponseSchema,
      });
    },

    /**
     * `GET …/users/{userId}` → `{data:{type:"user", id, attributes}}`. Scope user:read.
     * Source: "Get User By ID". @throws ProviderError (404 when the user is not enrolled).
     */
    async getUser(userId: string) {
      return call({ endpoint: "getUser", method: "GET", path: `/users/${segment(userId)}`, response: userResponseSchema });
    },

    /**
     * Replaces a user's attributes: `PUT …/users/{userId}` `{data:{type:"user", id:userId,
     * attributes}}` (`enrolledRewards` required; `[]` un-enrols from every programme).
     * Scope user:update. Source: "Update User". @throws ProviderError (404 unknown user).
     */
    async updateUser(userId: string, attributes: KardUpdateUserAttributes) {
      return call({
        endpoint: "updateUser",
        method: "PUT",
        path: `/users/${segment(userId)}`,
        body: { schema: updateUserRequestSchema, value: { data: { type: "user", id: userId, attributes } } },
        response: userResponseSchema,
      });
    },

    /**
     * Removes the user from the rewards programme and Kard's system: `DELETE …/users/{userId}`
     * → `{data:{type:"user", id, attributes:{}}}`. Re-enrol with createUsers and the same id.
     * Scope user:delete. Source: "Delete User". @throws ProviderError (404 unknown user).
     */
    async deleteUser(userId: string) {
      return call({ endpoint: "deleteUser", method: "DELETE", path: `/users/${segment(userId)}`, response: deleteUserResponseSchema });
    },

    // ---- offers, locations and attributions (all per user).

    /**
     * Offers the user is eligible for: `GET …/users/{userId}/offers` with `page[size|after|
     * before]`, `filter[search|purchaseChannel|category|isTargeted]`, `sort`,
     * `include=categories`, repeated `supportedComponents`. Answers `{data:[standardOffer],
     * links, included?:[category], meta?:{availableCategories}}`; `userReward.value` is a percent
     * (PERCENT) or dollars (FLAT). Scope rewards:read. Source: "Get Offers By User".
     * @throws ProviderError INVALID_REQUEST for an undocumented filter value; 400/401/404/500.
     */
    async getOffersByUser(userId: string, query?: KardOffersQuery) {
      return call({
        endpoint: "getOffersByUser",
        method: "GET",
        path: `/users/${segment(userId)}/offers`,
        query: { schema: offersQuerySchema, value: query ?? {} },
        response: offersResponseSchema,
      });
    },

    /**
     * Locations with in-store offers for the user: `GET …/users/{userId}/locations` with
     * `filter[name|city|zipCode|state|category|latitude|longitude|radius]`, `sort`,
     * `include=offers,categories` (offers are needed for components), `supportedComponents`.
     * Scope rewards:read. Source: "Get Locations By User". @throws ProviderError.
     */
    async getLocationsByUser(userId: string, query?: KardLocationsQuery) {
      return call({
        endpoint: "getLocationsByUser",
        method: "GET",
        path: `/users/${segment(userId)}/locations`,
        query: { schema: locationsQuerySchema, value: query ?? {} },
        response: locationsResponseSchema,
      });
    },

    /**
     * Records the user's activation of an offer (attribution eventCode ACTIVATE, medium CTA):
     * `POST …/users/{userId}/offers/{offerId}/activate`, no body; `include: ["offer"]` returns
     * the refreshed offer in `included`. 201 `{data:{type, id, attributes:{entityId,
     * eventCode, medium, eventDate}}, included?}`. Source: "Activate Offer". @throws ProviderError.
     */
    activateOffer: offerAction("activateOffer", "activate"),

    /**
     * Records a boost of an offer (eventCode BOOST, medium CTA):
     * `POST …/users/{userId}/offers/{offerId}/boost`; same shapes as activateOffer.
     * Source: "Boost Offer". @throws ProviderError.
     */
    boostOffer: offerAction("boostOffer", "boost"),

    /**
     * Sends up to 100 attribution events (IMPRESSION / VIEW …) for one user:
     * `POST …/users/{userId}/attributions` → 202 `{data:{type, id, attributes:{status:"queued",
     * message}}}`. Scope attributions:write. Source: "Create Attribution Events"; guide "Attributions".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 100; INVALID_REQUEST; HTTP_<status>.
     */
    async createAttributions(userId: string, events: KardAttributionEvent[]) {
      checkBatchSize("createAttributions", events.length, MAX_ATTRIBUTIONS_PER_REQUEST, "attribution events");
      return call({
        endpoint: "createAttributions",
        method: "POST",
        path: `/users/${segment(userId)}/attributions`,
        body: { schema: createAttributionsRequestSchema, value: { data: events } },
        response: createAttributionsResponseSchema,
      });
    },

    // ---- transactions, fraud flags, audits, earned rewards, bulk upload URLs.

    /**
     * Sends up to 500 transaction events (`transaction`, `matchedTransaction` or
     * `coreTransaction`): `POST …/transactions`. Amounts are integer cents. Answers 202
     * `{data:{type, id, attributes:{status:"queued", message}}}` or 207 with `errors` (each
     * error's `id` is the failed event) — partial failures are returned, not thrown.
     * Scope transaction:write. Source: "Create Incoming Transactions"; guide "Transaction CLO Matching".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST (e.g. APPROVED without
     * authorizationDate); 400/401/409/500 as HTTP_<status> (5xx: outcome "unknown").
     */
    async createIncomingTransactions(transactions: KardIncomingTransaction[]) {
      checkBatchSize("createIncomingTransactions", transactions.length, MAX_TRANSACTIONS_PER_REQUEST, "transactions");
      return call({
        endpoint: "createIncomingTransactions",
        method: "POST",
        path: "/transactions",
        body: { schema: createIncomingTransactionsRequestSchema, value: { data: transactions } },
        response: createIncomingTransactionsResponseSchema,
      });
    },

    /**
     * Flags up to 500 submitted transactions as fraudulent so they are not rewarded:
     * `POST …/fraud` `{data:[{id:transactionId, type:"fraudulentTransaction",
     * attributes:{userId}}]}` → 200 `{data}` or 207 `{errors, data}`.
     * Scope transaction:write. Source: "Flag Fraudulent Transactions".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST; HTTP_<status>.
     */
    async createFraudMarkers(markers: KardFraudMarker[]) {
      checkBatchSize("createFraudMarkers", markers.length, MAX_TRANSACTIONS_PER_REQUEST, "fraud markers");
      return call({
        endpoint: "createFraudMarkers",
        method: "POST",
        path: "/fraud",
        body: { schema: createFraudMarkersRequestSchema, value: { data: markers } },
        response: createFraudMarkersResponseSchema,
      });
    },

    /**
     * Asks Kard to audit a user's transactions (auditCode 3005 incorrect cashback, 3006 missing
     * cashback, 8001 other): `POST …/users/{userId}/audits` → 201 `{data:[{type:"audit", id,
     * attributes:{transactionId}}]}` or 207. The result arrives as an `auditUpdate` webhook.
     * Scope audit:write. Source: "Create Audits". @throws ProviderError (404 unknown user, 409).
     */
    async createAudits(userId: string, audits: KardAuditRequest[]) {
      return call({
        endpoint: "createAudits",
        method: "POST",
        path: `/users/${segment(userId)}/audits`,
        body: { schema: createAuditsRequestSchema, value: { data: audits } },
        response: createAuditsResponseSchema,
      });
    },

    /**
     * The user's rewarded (SETTLED) transactions of the last 12 months:
     * `GET …/users/{userId}/earned-rewards` with `page[…]` and `include=merchant,offer`.
     * `transactionAmountInCents` and `commissionEarned.{issuer,user}.value` are integer cents.
     * Scope transaction:read. Source: "Get Earned Rewards". @throws ProviderError (404 unknown user).
     */
    async getEarnedRewards(userId: string, query?: KardEarnedRewardsQuery) {
      return call({
        endpoint: "getEarnedRewards",
        method: "GET",
        path: `/users/${segment(userId)}/earned-rewards`,
        query: { schema: earnedRewardsQuerySchema, value: query ?? {} },
        response: earnedRewardsResponseSchema,
      });
    },

    /**
     * Gets 1–10 presigned PUT URLs (valid `expiresIn` = 900 s) for JSONL or gzip files of
     * `coreTransaction` lines, up to 5 GB each: `POST …/transactions/uploads`
     * `{data:[{type:"incomingTransactionsFile"|"historicalTransactionsFile",
     * attributes:{filename}}]}`. Scope transaction:write.
     * Source: "Create Bulk Transactions Upload URL".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 10; INVALID_REQUEST; HTTP_<status> (403).
     */
    async createBulkTransactionsUploadUrl(files: KardFileUploadRequest[]) {
      checkBatchSize("createBulkTransactionsUploadUrl", files.length, MAX_UPLOAD_URLS_PER_REQUEST, "files");
      return call({
        endpoint: "createBulkTransactionsUploadUrl",
        method: "POST",
        path: "/transactions/uploads",
        body: { schema: createBulkTransactionsUploadUrlRequestSchema, value: { data: files } },
        response: createBulkTransactionsUploadUrlResponseSchema,
      });
    },

    // ---- historical uploads: createUpload → createUploadPart (repeat, ≤ 500 each) → updateUpload.

    /**
     * Opens an upload session for a user: `POST …/users/{userId}/uploads`
     * `{data:{type:"historicalTransactionStart", attributes:{}}}` → 200 `{data:{id}}` — `id` is the
     * upload ID. Scope transaction:write. Source: "Create Upload". @throws ProviderError.
     */
    async createUpload(userId: string) {
      return call({
        endpoint: "createUpload",
        method: "POST",
        path: `/users/${segment(userId)}/uploads`,
        body: { schema: createUploadRequestSchema, value: { data: { type: "historicalTransactionStart", attributes: {} } } },
        response: createUploadResponseSchema,
      });
    },

    /**
     * Adds up to 500 historical transactions (incoming-transaction attributes, cents) to the
     * session: `PUT …/users/{userId}/uploads/{uploadId}/parts` → 200 `{data}` or 207
     * `{errors, data?}`. Source: "Add Upload Part".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST; HTTP_<status>.
     */
    async createUploadPart(userId: string, uploadId: string, transactions: KardHistoricalTransaction[]) {
      checkBatchSize("createUploadPart", transactions.length, MAX_TRANSACTIONS_PER_REQUEST, "transactions");
      return call({
        endpoint: "createUploadPart",
        method: "PUT",
        path: `/users/${segment(userId)}/uploads/${segment(uploadId)}/parts`,
        body: { schema: createUploadPartRequestSchema, value: { data: transactions } },
        response: createUploadPartResponseSchema,
      });
    },

    /**
     * Completes the session: `PUT …/users/{userId}/uploads/{uploadId}`
     * `{data:{type:"historicalTransactionComplete", id:uploadId, attributes:{}}}` → 200.
     * Source: "Update Upload". @throws ProviderError (409 when the session cannot complete).
     */
    async updateUpload(userId: string, uploadId: string) {
      return call({
        endpoint: "updateUpload",
        method: "PUT",
        path: `/users/${segment(userId)}/uploads/${segment(uploadId)}`,
        body: {
          schema: updateUploadRequestSchema,
          value: { data: { type: "historicalTransactionComplete", id: uploadId, attributes: {} } },
        },
        response: updateUploadResponseSchema,
      });
    },

    // ---- notifications: one `webhookUrl` per event type. Source: guide "Notifications".

    /**
     * `GET …/subscriptions` (optionally `filter[eventName]`) → `{data:[{type:"subscription", id,
     * attributes:{eventName, webhookUrl, enabled}}]}`. Scope notifications:read.
     * Source: "Get Subscriptions". @throws ProviderError.
     */
    async getSubscriptions(query?: KardSubscriptionsQuery) {
      return call({
        endpoint: "getSubscriptions",
        method: "GET",
        path: "/subscriptions",
        query: { schema: subscriptionsQuerySchema, value: query ?? {} },
        response: subscriptionsResponseSchema,
      });
    },

    /**
     * Subscribes to notification events: `POST …/subscriptions` `{data:[{type:"subscription",
     * attributes}]}` → 201 `{data:[subscription]}`. Scope notifications:write.
     * Source: "Create Subscription". @throws ProviderError (409 when one already exists).
     */
    async createSubscriptions(subscriptions: KardSubscriptionAttributes[]) {
      return call({
        endpoint: "createSubscriptions",
        method: "POST",
        path: "/subscriptions",
        body: {
          schema: createSubscriptionsRequestSchema,
          value: { data: subscriptions.map((attributes) => ({ type: "subscription", attributes })) },
        },
        response: subscriptionsResponseSchema,
      });
    },

    /**
     * Changes any of `eventName`, `webhookUrl`, `enabled`: `PATCH …/subscriptions/{subscriptionId}`
     * `{data:{type:"subscription", attributes}}` → 200 `{data:subscription}`.
     * Scope notifications:write. Source: "Update Subscription". @throws ProviderError (404).
     */
    async updateSubscription(subscriptionId: string, attributes: KardSubscriptionUpdate) {
      return call({
        endpoint: "updateSubscription",
        method: "PATCH",
        path: `/subscriptions/${segment(subscriptionId)}`,
        body: { schema: updateSubscriptionRequestSchema, value: { data: { type: "subscription", attributes } } },
        response: subscriptionResponseSchema,
      });
    },

    // ---- reconciliation files. Source: "Get Files"; guide "Transaction Reconciliation".

    /**
     * Metadata of the issuer's reconciliation files: `GET …/files/metadata` with
     * `filter[fileType|dateFrom|dateTo]`, `page[size]` (≤ 100, default 10), `page[after|before]`,
     * `sort` (default `-sentDate`) → `{data:[{type, id, attributes:{fileName, sentAt,
     * lastModified, downloadUrl}}], links, meta:{pageSize, hasNextPage}}`. `downloadUrl` works for
     * 30 minutes. Scope files.read. Source: "Get Files".
     * @throws ProviderError INVALID_REQUEST for page[size] above 100; HTTP_<status> (403).
     */
    async getFilesMetadata(query?: KardFilesMetadataQuery) {
      return call({
        endpoint: "getFilesMetadata",
        method: "GET",
        path: "/files/metadata",
        query: { schema: filesMetadataQuerySchema, value: query ?? {} },
        response: filesMetadataResponseSchema,
      });
    },

    // ---- the Rewards WebView's user token.

    /**
     * A JWT for the Rewards WebView's `token` query parameter (claims `sub` = userId,
     * `issuer_id` = organizationId): `POST …/users/{userId}/webview-token`, no body →
     * `{data:{type:"webviewToken", id, attributes:{token, expiresIn}}}` (`expiresIn` seconds).
     * The page of this endpoint is missing from the documentation: path and shape are the
     * team's design, see docs/providers/kard.md.
     * Source: guide "WebView" › "Fetching a WebView JWT Token". @throws ProviderError (404 unknown user).
     */
    async getWebviewToken(userId: string) {
      return call({
        endpoint: "getWebviewToken",
        method: "POST",
        path: `/users/${segment(userId)}/webview-token`,
        response: webviewTokenResponseSchema,
      });
    },
  };
}

export type KardClient = ReturnType<typeof createKardClient>;
