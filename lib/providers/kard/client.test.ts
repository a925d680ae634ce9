import { describe, expect, it } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import { type KardClient, type KardClientConfig, createKardClient } from "./client";
import { kardOpenApiDocument } from "./testing/documentation";
import { providerRejection } from "@/lib/testing/rejection";

/**
 * Client-internal behaviour (authentication, token reuse, 401 refresh, validation, error mapping,
 * URL building) against a small scripted fetch. Behaviour against the documented provider is in
 * client.sandbox.test.ts.
 */
interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const notFound = () => json(404, { errors: [{ status: "404", title: "Not Found", detail: "User not found" }] });

function fakeKard(api: (call: Recorded, index: number) => Response | Promise<Response> = notFound) {
  const calls: Recorded[] = [];
  let tokens = 0;
  let apiIndex = 0;
  const fetch: FetchFn = async (input, init) => {
    const request = new Request(input, init);
    const call = { method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() };
    calls.push(call);
    if (call.url.pathname === "/v2/auth/token") {
      tokens += 1;
      return json(200, { access_token: `tok-${tokens}`, token_type: "Bearer", expires_in: 3600 });
    }
    return api(call, apiIndex++);
  };
  return {
    fetch,
    tokenCalls: () => calls.filter((c) => c.url.pathname === "/v2/auth/token"),
    apiCalls: () => calls.filter((c) => c.url.pathname !== "/v2/auth/token"),
  };
}

function client(fetch: FetchFn, extra: Partial<KardClientConfig> = {}) {
  return createKardClient({
    baseUrl: "https://test-rewards-api.getkard.com",
    clientId: "client-id",
    clientSecret: "client-secret",
    organizationId: "org_1",
    ...extra,
  }, fetch);
}

const user = { type: "user" as const, id: "u-1", attributes: { enrolledRewards: ["CARDLINKED" as const] } };
const userBody = { data: user };
const iso = "2025-01-07T16:30:00Z";
const cardTransaction = {
  userId: "u-1",
  amount: 1000,
  status: "SETTLED" as const,
  currency: "USD",
  description: "HILLTOP BBQ",
  cardBIN: "123456",
  cardLastFour: "4321",
  direction: "DEBIT" as const,
  paymentType: "CARD" as const,
  transactionId: "t-1",
  settledDate: iso,
};


describe("Kard client authentication", () => {
  it("requests the token exactly as documented, on the auth host, with the target issuer", async () => {
    const kard = fakeKard(() => json(200, userBody));
    await client(kard.fetch, { authBaseUrl: "https://acme.getkard.com/", targetIssuer: "issuer-9" }).getUser("u-1");
    const [token] = kard.tokenCalls();
    expect(token.method).toBe("POST");
    expect(token.url.href).toBe("https://acme.getkard.com/v2/auth/token");
    expect(token.headers.get("authorization")).toBe(`Basic ${Buffer.from("client-id:client-secret").toString("base64")}`);
    expect(token.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(token.body).toBe("grant_type=client_credentials");
    expect(token.headers.get("x-kard-target-issuer")).toBe("issuer-9");
  });

  it("sends no X-Kard-Target-Issuer without a target issuer and uses baseUrl for the token", async () => {
    const kard = fakeKard(() => json(200, userBody));
    await client(kard.fetch).getUser("u-1");
    expect(kard.tokenCalls()[0].url.href).toBe("https://test-rewards-api.getkard.com/v2/auth/token");
    expect(kard.tokenCalls()[0].headers.has("x-kard-target-issuer")).toBe(false);
  });

  it("reuses one token for sequential and concurrent calls", async () => {
    const kard = fakeKard(() => json(200, userBody));
    const kardClient = client(kard.fetch);
    await kardClient.getUser("u-1");
    await Promise.all([kardClient.getUser("u-1"), kardClient.getUser("u-1"), kardClient.deleteUser("u-1").catch(() => undefined)]);
    expect(kard.tokenCalls()).toHaveLength(1);
    expect(kard.apiCalls().map((c) => c.headers.get("authorization"))).toEqual(Array(4).fill("Bearer tok-1"));
  });

  it("shares a single token fetch between concurrent first calls", async () => {
    const kard = fakeKard(() => json(200, userBody));
    const kardClient = client(kard.fetch);
    await Promise.all([kardClient.getUser("a"), kardClient.getUser("b"), kardClient.getUser("c")]);
    expect(kard.tokenCalls()).toHaveLength(1);
  });

  it("refreshes the token shortly before expires_in", async () => {
    let clock = 0;
    const kard = fakeKard(() => json(200, userBody));
    const kardClient = client(kard.fetch, { now: () => clock });
    await kardClient.getUser("u-1");
    clock = 3_539_000;
    await kardClient.getUser("u-1");
    clock = 3_541_000;
    await kardClient.getUser("u-1");
    expect(kard.apiCalls().map((c) => c.headers.get("authorization"))).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]);
  });

  it("on a 401 fetches a new token and repeats the request once, writes included", async () => {
    const kard = fakeKard((_, index) =>
      index === 0 ? json(401, { errors: [{ status: "401", title: "Unauthorized", detail: "Token expired" }] }) : json(201, { data: [user] }),
    );
    const result = await client(kard.fetch).createUsers([user]);
    expect(result.data).toEqual([user]);
    expect(kard.tokenCalls()).toHaveLength(2);
    expect(kard.apiCalls().map((c) => c.headers.get("authorization"))).toEqual(["Bearer tok-1", "Bearer tok-2"]);
    expect(kard.apiCalls()[1].body).toBe(kard.apiCalls()[0].body);
  });

  it("gives up after one refresh when Kard keeps answering 401", async () => {
    const kard = fakeKard(() => json(401, { errors: [{ status: "401", title: "Unauthorized", detail: "Bad token" }] }));
    const error = await providerRejection(client(kard.fetch).getUser("u-1"));
    expect(error).toMatchObject({ httpStatus: 401, endpoint: "getUser", message: "Unauthorized: Bad token" });
    expect(kard.tokenCalls()).toHaveLength(2);
    expect(kard.apiCalls()).toHaveLength(2);
  });

  it("maps a token endpoint refusal (OAuth2 error body) to a ProviderError", async () => {
    const fetch: FetchFn = async () => json(401, { error: "invalid_client", error_description: "Bad credentials" });
    const error = await providerRejection(client(fetch).getUser("u-1"));
    expect(error).toMatchObject({ endpoint: "getAccessToken", httpStatus: 401, code: "invalid_client", message: "Bad credentials" });
  });
});

describe("Kard client errors and validation", () => {
  it("turns a JSON:API error body into a ProviderError with the errors as details", async () => {
    const errors = [{ status: "404", code: "USER_NOT_FOUND", title: "Not Found", detail: "User u-1 not found" }];
    const kard = fakeKard(() => json(404, { errors }));
    const error = await providerRejection(client(kard.fetch).getUser("u-1"));
    expect(error).toMatchObject({ provider: "kard", httpStatus: 404, code: "USER_NOT_FOUND", message: "Not Found: User u-1 not found", outcome: "failed" });
    expect(error.details).toEqual(errors);
  });

  it("falls back to HTTP_<status> when the error has no code", async () => {
    const error = await providerRejection(client(fakeKard().fetch).getUser("u-1"));
    expect(error).toMatchObject({ code: "HTTP_404", message: "Not Found: User not found" });
  });

  it.each([
    ["createUsers", (c: KardClient) => c.createUsers(Array.from({ length: 101 }, (_, i) => ({ ...user, id: `u-${i}` }))), 100],
    ["createIncomingTransactions", (c: KardClient) => c.createIncomingTransactions(Array(501).fill({ type: "transaction", id: "e", attributes: cardTransaction })), 500],
    ["createFraudMarkers", (c: KardClient) => c.createFraudMarkers(Array(501).fill({ id: "t", type: "fraudulentTransaction", attributes: { userId: "u" } })), 500],
    ["createUploadPart", (c: KardClient) => c.createUploadPart("u-1", "up-1", Array(501).fill({ type: "historicalTransaction", id: "h", attributes: cardTransaction })), 500],
    ["createAttributions", (c: KardClient) => c.createAttributions("u-1", Array(101).fill({ type: "offerAttribution", attributes: { entityId: "o", eventCode: "VIEW", medium: "MAP", eventDate: iso } })), 100],
    ["createBulkTransactionsUploadUrl", (c: KardClient) => c.createBulkTransactionsUploadUrl(Array(11).fill({ type: "incomingTransactionsFile", attributes: { filename: "a.jsonl" } })), 10],
  ])("%s refuses a batch over the documented limit before sending", async (endpoint, call, max) => {
    const kard = fakeKard();
    const error = await providerRejection(call(client(kard.fetch)));
    expect(error).toMatchObject({ endpoint, code: "BATCH_LIMIT_EXCEEDED", httpStatus: null, outcome: "failed", retryable: false });
    expect(error.message).toContain(`at most ${max}`);
    expect(kard.tokenCalls()).toHaveLength(0);
    expect(kard.apiCalls()).toHaveLength(0);
  });

  it("sends a batch of exactly 100 users", async () => {
    const kard = fakeKard(() => json(201, { data: [] }));
    await client(kard.fetch).createUsers(Array.from({ length: 100 }, (_, i) => ({ ...user, id: `u-${i}` })));
    expect(JSON.parse(kard.apiCalls()[0].body).data).toHaveLength(100);
  });

  it("refuses an empty batch and a request that breaks the spec before sending", async () => {
    const kard = fakeKard();
    const kardClient = client(kard.fetch);
    expect(await providerRejection(kardClient.createUsers([]))).toMatchObject({ code: "INVALID_REQUEST" });
    const approvedWithoutDate = { ...cardTransaction, status: "APPROVED" as const, settledDate: undefined };
    const error = await providerRejection(kardClient.createIncomingTransactions([{ type: "transaction", id: "e-1", attributes: approvedWithoutDate }]));
    expect(error).toMatchObject({ code: "INVALID_REQUEST", endpoint: "createIncomingTransactions" });
    expect(error.message).toContain("authorizationDate is required when status is APPROVED");
    expect(kard.apiCalls()).toHaveLength(0);
  });

  it("returns a 207 multi-status as data plus errors instead of throwing", async () => {
    const errors = [{ status: "409", title: "Conflict", detail: "User already exists", id: "u-2" }];
    const kard = fakeKard(() => json(207, { errors, data: [user] }));
    const result = await client(kard.fetch).createUsers([user, { ...user, id: "u-2" }]);
    expect(result).toEqual({ errors, data: [user] });
  });

  it("retries a read on 503 but never a write", async () => {
    const unavailable = () => json(503, { errors: [{ status: "503", title: "Unavailable", detail: "try later" }] });
    const read = fakeKard((_, index) => (index === 0 ? unavailable() : json(200, userBody)));
    await expect(client(read.fetch).getUser("u-1")).resolves.toEqual(userBody);
    expect(read.apiCalls()).toHaveLength(2);

    const write = fakeKard(unavailable);
    const error = await providerRejection(client(write.fetch).createUsers([user]));
    expect(error).toMatchObject({ httpStatus: 503, outcome: "unknown" });
    expect(write.apiCalls()).toHaveLength(1);
  });

  it("reports a success body outside the spec as INVALID_RESPONSE", async () => {
    const kard = fakeKard(() => json(200, { data: { type: "user", id: "u-1" } }));
    expect(await providerRejection(client(kard.fetch).getUser("u-1"))).toMatchObject({ code: "INVALID_RESPONSE" });
  });
});

describe("Kard client requests", () => {
  it("serialises offer filters, repeated components and the include list as documented", async () => {
    const kard = fakeKard(() => json(200, { data: [], links: { self: "/x", prev: null, next: null } }));
    await client(kard.fetch).getOffersByUser("sandbox-acme-new-customer", {
      page: { size: 5, after: "NDMyNzQyODI3OTQw" },
      filter: { category: "Food & Beverage", purchaseChannel: ["INSTORE", "ONLINE"], isTargeted: true },
      sort: "-startDate",
      include: ["categories"],
      supportedComponents: ["shortDescription", "cta"],
    });
    const { url } = kard.apiCalls()[0];
    expect(url.pathname).toBe("/v2/issuers/org_1/users/sandbox-acme-new-customer/offers");
    expect(url.search).toBe(
      "?page[size]=5&page[after]=NDMyNzQyODI3OTQw&filter[purchaseChannel]=INSTORE&filter[purchaseChannel]=ONLINE" +
        "&filter[category]=Food%20%26%20Beverage&filter[isTargeted]=true" +
        "&sort=-startDate&include=categories&supportedComponents=shortDescription&supportedComponents=cta",
    );
  });

  it("refuses an undocumented filter value and a files page above 100", async () => {
    const kardClient = client(fakeKard().fetch);
    // @ts-expect-error — not a CategoryOption
    expect(await providerRejection(kardClient.getOffersByUser("u-1", { filter: { category: "Groceries" } }))).toMatchObject({ code: "INVALID_REQUEST" });
    expect(await providerRejection(kardClient.getFilesMetadata({ page: { size: 101 } }))).toMatchObject({ code: "INVALID_REQUEST" });
  });

  it("encodes path segments", async () => {
    const kard = fakeKard(() => json(200, userBody));
    await client(kard.fetch).getUser("a/b c");
    expect(kard.apiCalls()[0].url.pathname).toBe("/v2/issuers/org_1/users/a%2Fb%20c");
  });

  it("builds the documented bodies for updates and uploads", async () => {
    const kard = fakeKard();
    const kardClient = client(kard.fetch);
    await kardClient.updateUser("u-1", { enrolledRewards: ["CARDLINKED"], zipCode: "30048" }).catch(() => undefined);
    await kardClient.updateSubscription("s-1", { enabled: false }).catch(() => undefined);
    await kardClient.createUpload("u-1").catch(() => undefined);
    await kardClient.updateUpload("u-1", "up-1").catch(() => undefined);
    expect(kard.apiCalls().map((c) => JSON.parse(c.body))).toEqual([
      { data: { type: "user", id: "u-1", attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "30048" } } },
      { data: { type: "subscription", attributes: { enabled: false } } },
      { data: { type: "historicalTransactionStart", attributes: {} } },
      { data: { type: "historicalTransactionComplete", id: "up-1", attributes: {} } },
    ]);
  });
});

/** One call per operation of kard-openapi.yaml, by operationId, plus the WebView token. */
const OPERATIONS: Record<string, (c: KardClient) => Promise<unknown>> = {
  transactions_create: (c) =>
    c.createIncomingTransactions([
      {
        type: "coreTransaction",
        id: "e-1",
        attributes: { userId: "u-1", transactionId: "t-1", amount: 4599, currency: "USD", description: "WALMART", direction: "DEBIT", status: "SETTLED", settledDate: iso, authorizationDate: iso },
      },
    ]),
  transactions_createFraudMarkers: (c) => c.createFraudMarkers([{ id: "t-1", type: "fraudulentTransaction", attributes: { userId: "u-1" } }]),
  transactions_createAudits: (c) =>
    c.createAudits("u-1", [{ type: "audit", attributes: { auditCode: 3006, merchantName: "Hilltop BBQ", auditDescription: "missing", transactionId: "t-1" } }]),
  transactions_createBulkTransactionsUploadUrl: (c) =>
    c.createBulkTransactionsUploadUrl([{ type: "incomingTransactionsFile", attributes: { filename: "tx.jsonl" } }]),
  transactions_getEarnedRewards: (c) => c.getEarnedRewards("u-1"),
  users_create: (c) => c.createUsers([user]),
  users_update: (c) => c.updateUser("u-1", { enrolledRewards: ["CARDLINKED"] }),
  users_delete: (c) => c.deleteUser("u-1"),
  users_get: (c) => c.getUser("u-1"),
  users_rewards_offers: (c) => c.getOffersByUser("u-1"),
  users_rewards_locations: (c) => c.getLocationsByUser("u-1"),
  notifications_subscriptions_get: (c) => c.getSubscriptions(),
  notifications_subscriptions_create: (c) => c.createSubscriptions([{ eventName: "clawback", webhookUrl: "https://console.test/api/webhooks/kard", enabled: true }]),
  notifications_subscriptions_update: (c) => c.updateSubscription("s-1", { enabled: false }),
  users_attributions_create: (c) =>
    c.createAttributions("u-1", [{ type: "offerAttribution", attributes: { entityId: "o-1", eventCode: "VIEW", medium: "BROWSE", eventDate: iso } }]),
  users_attributions_activate: (c) => c.activateOffer("u-1", "o-1"),
  users_attributions_boost: (c) => c.boostOffer("u-1", "o-1"),
  files_getMetadata: (c) => c.getFilesMetadata(),
  users_uploads_create: (c) => c.createUpload("u-1"),
  users_uploads_createPart: (c) => c.createUploadPart("u-1", "up-1", [{ type: "historicalTransaction", id: "h-1", attributes: cardTransaction }]),
  users_uploads_update: (c) => c.updateUpload("u-1", "up-1"),
};

const PATH_PARAMS: Record<string, string> = { organizationId: "org_1", userId: "u-1", offerId: "o-1", subscriptionId: "s-1", uploadId: "up-1" };

describe("Kard client vs kard-openapi.yaml", () => {
  const spec = kardOpenApiDocument<{ paths: Record<string, Record<string, { operationId: string }>> }>();
  const documented = Object.entries(spec.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      operationId: op.operationId,
      request: `${method.toUpperCase()} ${template.replace(/\{(\w+)\}/g, (_, name: string) => PATH_PARAMS[name])}`,
    })),
  );

  it("has one method for each of the 21 documented operations", () => {
    expect(documented).toHaveLength(21);
    expect(Object.keys(OPERATIONS).sort()).toEqual(documented.map((d) => d.operationId).sort());
  });

  it.each(documented.map((d) => [d.operationId, d.request] as const))("%s sends %s", async (operationId, request) => {
    const kard = fakeKard();
    await OPERATIONS[operationId](client(kard.fetch)).catch(() => undefined);
    const [call] = kard.apiCalls();
    expect(`${call.method} ${call.url.pathname}`).toBe(request);
    expect(call.headers.get("authorization")).toBe("Bearer tok-1");
  });

  it("asks for the WebView token at the team's path", async () => {
    const kard = fakeKard();
    await client(kard.fetch).getWebviewToken("u-1").catch(() => undefined);
    expect(`${kard.apiCalls()[0].method} ${kard.apiCalls()[0].url.pathname}`).toBe("POST /v2/issuers/org_1/users/u-1/webview-token");
  });
});
