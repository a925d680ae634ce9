import { beforeAll, describe, expect, it } from "vitest";
import { cardTransaction, createHarness, ORG, TEST_NOW, type ApiResult, type Harness } from "@/lib/providers/kard/testing/sandbox-harness";
import { LAPSED_CUSTOMER, NEW_CUSTOMER } from "@/lib/providers/kard/testing/personas";
import { KARD_ROUTES } from "./routes";
import { kardSpec, type KardSpec } from "@/lib/providers/kard/testing/openapi";

/**
 * Every documented operation, answered by the sandbox, success and error responses alike,
 * validated against kard-openapi.yaml (openapi-backend). Each case runs on a fresh sandbox.
 */
interface Case {
  operationId: string;
  status: number;
  name: string;
  run: (h: Harness) => Promise<ApiResult>;
}

const at = TEST_NOW;
const USER = `${ORG}/users/${NEW_CUSTOMER}`;
const BAAS = "654d3fce9587960008944c61";
const PAWSOME = "66a1f0c2b7e4d90012ab301b";
const SUNRISE = "66a1f0c2b7e4d90012ab3013";

const approved = (id: string, userId = NEW_CUSTOMER) =>
  cardTransaction({ id, userId, description: "BAAS PRO SHOPS #0412", status: "APPROVED", amount: 10000, at });

async function sendApproved(h: Harness, id = "txn-1", userId = NEW_CUSTOMER) {
  const result = await h.api("POST", `${ORG}/transactions`, { body: { data: [approved(id, userId)] } });
  expect(result.status).toBe(202);
}

const user = (id: string) => ({ type: "user", id, attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "11238", email: "user@example.com" } });
const audit = (transactionId: string) => ({
  type: "audit",
  attributes: { auditCode: 3006, merchantName: "BaaS Pro Shops", auditDescription: "missing cashback", transactionId },
});
const historical = (id: string, userId = NEW_CUSTOMER) => ({ ...cardTransaction({ id, userId, description: "Hearth & Home Goods", status: "SETTLED", amount: 4200, at: new Date("2025-06-01T12:00:00Z") }), type: "historicalTransaction" });

async function openUpload(h: Harness): Promise<string> {
  const created = await h.api("POST", `${USER}/uploads`, { body: { data: { type: "historicalTransactionStart", attributes: {} } } });
  return (created.body as { data: { id: string } }).data.id;
}

const cases: Case[] = [
  // transactions_create
  { operationId: "transactions_create", status: 202, name: "queues valid events", run: (h) => h.api("POST", `${ORG}/transactions`, { body: { data: [approved("t1")] } }) },
  {
    operationId: "transactions_create",
    status: 207,
    name: "accepts the valid half of a batch",
    run: (h) => h.api("POST", `${ORG}/transactions`, { body: { data: [approved("t1"), { ...approved("t2"), attributes: { ...approved("t2").attributes, cardBIN: "12" } }] } }),
  },
  { operationId: "transactions_create", status: 400, name: "rejects an empty batch", run: (h) => h.api("POST", `${ORG}/transactions`, { body: { data: [] } }) },
  { operationId: "transactions_create", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${ORG}/transactions`, { body: { data: [approved("t1")] }, token: null }) },
  {
    operationId: "transactions_create",
    status: 409,
    name: "rejects an event id already received",
    run: async (h) => {
      await sendApproved(h, "t1");
      return h.api("POST", `${ORG}/transactions`, { body: { data: [approved("t1")] } });
    },
  },
  // transactions_createFraudMarkers
  {
    operationId: "transactions_createFraudMarkers",
    status: 200,
    name: "flags a received transaction",
    run: async (h) => {
      await sendApproved(h, "t1");
      return h.api("POST", `${ORG}/fraud`, { body: { data: [{ id: "t1", type: "fraudulentTransaction", attributes: { userId: NEW_CUSTOMER } }] } });
    },
  },
  {
    operationId: "transactions_createFraudMarkers",
    status: 207,
    name: "flags the known half",
    run: async (h) => {
      await sendApproved(h, "t1");
      const data = [
        { id: "t1", type: "fraudulentTransaction", attributes: { userId: NEW_CUSTOMER } },
        { id: "nope", type: "fraudulentTransaction", attributes: { userId: NEW_CUSTOMER } },
      ];
      return h.api("POST", `${ORG}/fraud`, { body: { data } });
    },
  },
  { operationId: "transactions_createFraudMarkers", status: 400, name: "rejects a wrong type", run: (h) => h.api("POST", `${ORG}/fraud`, { body: { data: [{ id: "t1", type: "fraud", attributes: { userId: NEW_CUSTOMER } }] } }) },
  { operationId: "transactions_createFraudMarkers", status: 401, name: "rejects a bad token", run: (h) => h.api("POST", `${ORG}/fraud`, { body: { data: [] }, token: "not-a-token" }) },
  // transactions_createAudits
  {
    operationId: "transactions_createAudits",
    status: 201,
    name: "opens an audit",
    run: async (h) => {
      await sendApproved(h, "t1");
      return h.api("POST", `${USER}/audits`, { body: { data: [audit("t1")] } });
    },
  },
  {
    operationId: "transactions_createAudits",
    status: 207,
    name: "opens the audit of the known transaction",
    run: async (h) => {
      await sendApproved(h, "t1");
      return h.api("POST", `${USER}/audits`, { body: { data: [audit("t1"), audit("unknown")] } });
    },
  },
  { operationId: "transactions_createAudits", status: 400, name: "rejects an unknown audit code", run: (h) => h.api("POST", `${USER}/audits`, { body: { data: [{ ...audit("t1"), attributes: { ...audit("t1").attributes, auditCode: 1234 } }] } }) },
  { operationId: "transactions_createAudits", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${USER}/audits`, { body: { data: [audit("t1")] }, token: null }) },
  { operationId: "transactions_createAudits", status: 404, name: "rejects an unknown user", run: (h) => h.api("POST", `${ORG}/users/ghost/audits`, { body: { data: [audit("t1")] } }) },
  {
    operationId: "transactions_createAudits",
    status: 409,
    name: "rejects a second open audit",
    run: async (h) => {
      await sendApproved(h, "t1");
      await h.api("POST", `${USER}/audits`, { body: { data: [audit("t1")] } });
      return h.api("POST", `${USER}/audits`, { body: { data: [audit("t1")] } });
    },
  },
  // transactions_createBulkTransactionsUploadUrl
  { operationId: "transactions_createBulkTransactionsUploadUrl", status: 201, name: "hands out upload URLs", run: (h) => h.api("POST", `${ORG}/transactions/uploads`, { body: { data: [{ type: "incomingTransactionsFile", attributes: { filename: "transactions_1.jsonl" } }] } }) },
  {
    operationId: "transactions_createBulkTransactionsUploadUrl",
    status: 400,
    name: "rejects more than 10 files",
    run: (h) => h.api("POST", `${ORG}/transactions/uploads`, { body: { data: Array.from({ length: 11 }, (_, i) => ({ type: "incomingTransactionsFile", attributes: { filename: `f${i}.jsonl` } })) } }),
  },
  { operationId: "transactions_createBulkTransactionsUploadUrl", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${ORG}/transactions/uploads`, { body: { data: [] }, token: null }) },
  // transactions_getEarnedRewards
  { operationId: "transactions_getEarnedRewards", status: 200, name: "lists rewards with merchant and offer", run: (h) => h.api("GET", `${ORG}/users/${LAPSED_CUSTOMER}/earned-rewards?include=merchant,offer&page[size]=2`) },
  { operationId: "transactions_getEarnedRewards", status: 400, name: "rejects an unknown include", run: (h) => h.api("GET", `${ORG}/users/${LAPSED_CUSTOMER}/earned-rewards?include=location`) },
  { operationId: "transactions_getEarnedRewards", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", `${ORG}/users/${LAPSED_CUSTOMER}/earned-rewards`, { token: null }) },
  { operationId: "transactions_getEarnedRewards", status: 404, name: "rejects an unknown user", run: (h) => h.api("GET", `${ORG}/users/ghost/earned-rewards`) },
  // users_create
  { operationId: "users_create", status: 201, name: "enrols users", run: (h) => h.api("POST", `${ORG}/users`, { body: { data: [user("u1"), user("u2")] } }) },
  { operationId: "users_create", status: 207, name: "enrols the new half", run: (h) => h.api("POST", `${ORG}/users`, { body: { data: [user("u1"), user(NEW_CUSTOMER)] } }) },
  { operationId: "users_create", status: 400, name: "rejects more than 100 users", run: (h) => h.api("POST", `${ORG}/users`, { body: { data: Array.from({ length: 101 }, (_, i) => user(`u${i}`)) } }) },
  { operationId: "users_create", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${ORG}/users`, { body: { data: [user("u1")] }, token: null }) },
  { operationId: "users_create", status: 409, name: "rejects an existing user", run: (h) => h.api("POST", `${ORG}/users`, { body: { data: [user(NEW_CUSTOMER)] } }) },
  // users_update
  { operationId: "users_update", status: 200, name: "updates a user", run: (h) => h.api("PUT", USER, { body: { data: { type: "user", id: NEW_CUSTOMER, attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "30048" } } } }) },
  { operationId: "users_update", status: 400, name: "rejects a bad phone number", run: (h) => h.api("PUT", USER, { body: { data: { type: "user", id: NEW_CUSTOMER, attributes: { enrolledRewards: ["CARDLINKED"], phoneNumber: "555-1234" } } } }) },
  { operationId: "users_update", status: 401, name: "rejects a missing token", run: (h) => h.api("PUT", USER, { body: {}, token: null }) },
  { operationId: "users_update", status: 404, name: "rejects an unknown user", run: (h) => h.api("PUT", `${ORG}/users/ghost`, { body: { data: { type: "user", id: "ghost", attributes: { enrolledRewards: [] } } } }) },
  // users_delete
  { operationId: "users_delete", status: 200, name: "deletes a user", run: (h) => h.api("DELETE", USER) },
  { operationId: "users_delete", status: 401, name: "rejects a missing token", run: (h) => h.api("DELETE", USER, { token: null }) },
  { operationId: "users_delete", status: 404, name: "rejects an unknown user", run: (h) => h.api("DELETE", `${ORG}/users/ghost`) },
  // users_get
  { operationId: "users_get", status: 200, name: "reads a persona", run: (h) => h.api("GET", USER) },
  { operationId: "users_get", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", USER, { token: null }) },
  { operationId: "users_get", status: 404, name: "rejects an unknown user", run: (h) => h.api("GET", `${ORG}/users/ghost`) },
  // users_rewards_offers
  {
    operationId: "users_rewards_offers",
    status: 200,
    name: "lists offers with every component and categories",
    run: (h) =>
      h.api("GET", `${USER}/offers?include=categories&page[size]=50&${["shortDescription", "longDescription", "baseReward", "boostedReward", "cta", "tags", "detailTags", "logoFlare", "progressBar"].map((c) => `supportedComponents=${c}`).join("&")}`),
  },
  { operationId: "users_rewards_offers", status: 400, name: "rejects an unknown sort", run: (h) => h.api("GET", `${USER}/offers?sort=reward`) },
  { operationId: "users_rewards_offers", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", `${USER}/offers`, { token: null }) },
  { operationId: "users_rewards_offers", status: 404, name: "rejects an unknown user", run: (h) => h.api("GET", `${ORG}/users/ghost/offers`) },
  // users_rewards_locations
  {
    operationId: "users_rewards_locations",
    status: 200,
    name: "lists nearby locations with offers and categories",
    run: (h) => h.api("GET", `${USER}/locations?filter[latitude]=40.74201480000001&filter[longitude]=-73.9930148&include=offers,categories&supportedComponents=cta&supportedComponents=baseReward`),
  },
  { operationId: "users_rewards_locations", status: 400, name: "rejects a latitude without longitude", run: (h) => h.api("GET", `${USER}/locations?filter[latitude]=40.7`) },
  { operationId: "users_rewards_locations", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", `${USER}/locations`, { token: null }) },
  { operationId: "users_rewards_locations", status: 404, name: "rejects an unknown user", run: (h) => h.api("GET", `${ORG}/users/ghost/locations`) },
  // notifications_subscriptions_get
  {
    operationId: "notifications_subscriptions_get",
    status: 200,
    name: "lists subscriptions",
    run: async (h) => {
      await h.subscribe(["earnedRewardApproved", "clawback"]);
      return h.api("GET", `${ORG}/subscriptions?filter[eventName]=clawback`);
    },
  },
  { operationId: "notifications_subscriptions_get", status: 400, name: "rejects an unknown event name", run: (h) => h.api("GET", `${ORG}/subscriptions?filter[eventName]=everything`) },
  { operationId: "notifications_subscriptions_get", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", `${ORG}/subscriptions`, { token: null }) },
  // notifications_subscriptions_create
  { operationId: "notifications_subscriptions_create", status: 201, name: "subscribes", run: (h) => h.subscribe(["earnedRewardApproved", "earnedRewardSettled"]) },
  { operationId: "notifications_subscriptions_create", status: 400, name: "rejects a relative URL", run: (h) => h.subscribe(["earnedRewardApproved"], "/webhooks") },
  { operationId: "notifications_subscriptions_create", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${ORG}/subscriptions`, { body: { data: [] }, token: null }) },
  {
    operationId: "notifications_subscriptions_create",
    status: 409,
    name: "rejects a second URL for an event type",
    run: async (h) => {
      await h.subscribe(["clawback"]);
      return h.subscribe(["clawback"], "https://other.test/hook");
    },
  },
  // notifications_subscriptions_update
  {
    operationId: "notifications_subscriptions_update",
    status: 200,
    name: "disables a subscription",
    run: async (h) => {
      const created = await h.subscribe(["clawback"]);
      const id = (created.body as { data: { id: string }[] }).data[0].id;
      return h.api("PATCH", `${ORG}/subscriptions/${id}`, { body: { data: { type: "subscription", attributes: { enabled: false } } } });
    },
  },
  {
    operationId: "notifications_subscriptions_update",
    status: 400,
    name: "rejects an unknown event name",
    run: async (h) => {
      const created = await h.subscribe(["clawback"]);
      const id = (created.body as { data: { id: string }[] }).data[0].id;
      return h.api("PATCH", `${ORG}/subscriptions/${id}`, { body: { data: { type: "subscription", attributes: { eventName: "everything" } } } });
    },
  },
  { operationId: "notifications_subscriptions_update", status: 401, name: "rejects a missing token", run: (h) => h.api("PATCH", `${ORG}/subscriptions/x`, { body: {}, token: null }) },
  { operationId: "notifications_subscriptions_update", status: 404, name: "rejects an unknown subscription", run: (h) => h.api("PATCH", `${ORG}/subscriptions/nope`, { body: { data: { type: "subscription", attributes: { enabled: false } } } }) },
  // users_attributions_create
  {
    operationId: "users_attributions_create",
    status: 202,
    name: "queues attribution events",
    run: (h) =>
      h.api("POST", `${USER}/attributions`, {
        body: {
          data: [
            { type: "offerAttribution", attributes: { entityId: BAAS, eventCode: "IMPRESSION", medium: "BROWSE", eventDate: "2026-03-10T00:00:00Z", state: { rank: 1, filters: [{ name: "category", value: "Sports & Outdoors" }] } } },
            { type: "notificationAttribution", attributes: { entityId: "60e4ba1da31c5a22a144a623", eventCode: "IMPRESSION", medium: "PUSH", eventDate: "2026-03-10T00:00:00Z" } },
          ],
        },
      }),
  },
  { operationId: "users_attributions_create", status: 400, name: "rejects a PUSH offer attribution", run: (h) => h.api("POST", `${USER}/attributions`, { body: { data: [{ type: "offerAttribution", attributes: { entityId: BAAS, eventCode: "VIEW", medium: "PUSH", eventDate: "2026-03-10T00:00:00Z" } }] } }) },
  { operationId: "users_attributions_create", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${USER}/attributions`, { body: { data: [] }, token: null }) },
  // users_attributions_activate
  { operationId: "users_attributions_activate", status: 201, name: "activates with the offer included", run: (h) => h.api("POST", `${USER}/offers/${SUNRISE}/activate?include=offer&supportedComponents=cta&supportedComponents=detailTags`) },
  { operationId: "users_attributions_activate", status: 400, name: "rejects an unknown offer", run: (h) => h.api("POST", `${USER}/offers/000000000000000000000000/activate`) },
  { operationId: "users_attributions_activate", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${USER}/offers/${SUNRISE}/activate`, { token: null }) },
  // users_attributions_boost
  { operationId: "users_attributions_boost", status: 201, name: "boosts with the offer included", run: (h) => h.api("POST", `${USER}/offers/${PAWSOME}/boost?include=offer&supportedComponents=boostedReward&supportedComponents=logoFlare`) },
  { operationId: "users_attributions_boost", status: 400, name: "rejects an offer that cannot be boosted", run: (h) => h.api("POST", `${USER}/offers/${BAAS}/boost`) },
  { operationId: "users_attributions_boost", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${USER}/offers/${PAWSOME}/boost`, { token: null }) },
  // files_getMetadata
  { operationId: "files_getMetadata", status: 200, name: "lists reconciliation files", run: (h) => h.api("GET", `${ORG}/files/metadata?page[size]=2`) },
  { operationId: "files_getMetadata", status: 400, name: "rejects a page size over 100", run: (h) => h.api("GET", `${ORG}/files/metadata?page[size]=101`) },
  { operationId: "files_getMetadata", status: 401, name: "rejects a missing token", run: (h) => h.api("GET", `${ORG}/files/metadata`, { token: null }) },
  // users_uploads_create
  { operationId: "users_uploads_create", status: 200, name: "opens an upload", run: (h) => h.api("POST", `${USER}/uploads`, { body: { data: { type: "historicalTransactionStart", attributes: {} } } }) },
  { operationId: "users_uploads_create", status: 400, name: "rejects a wrong type", run: (h) => h.api("POST", `${USER}/uploads`, { body: { data: { type: "historicalTransactionComplete", attributes: {} } } }) },
  { operationId: "users_uploads_create", status: 401, name: "rejects a missing token", run: (h) => h.api("POST", `${USER}/uploads`, { body: {}, token: null }) },
  // users_uploads_createPart
  {
    operationId: "users_uploads_createPart",
    status: 200,
    name: "adds a part",
    run: async (h) => h.api("PUT", `${USER}/uploads/${await openUpload(h)}/parts`, { body: { data: [historical("h1"), historical("h2")] } }),
  },
  {
    operationId: "users_uploads_createPart",
    status: 207,
    name: "adds the valid half of a part",
    run: async (h) => h.api("PUT", `${USER}/uploads/${await openUpload(h)}/parts`, { body: { data: [historical("h1"), historical("h2", LAPSED_CUSTOMER)] } }),
  },
  { operationId: "users_uploads_createPart", status: 400, name: "rejects an unknown upload", run: (h) => h.api("PUT", `${USER}/uploads/nope/parts`, { body: { data: [historical("h1")] } }) },
  { operationId: "users_uploads_createPart", status: 401, name: "rejects a missing token", run: (h) => h.api("PUT", `${USER}/uploads/nope/parts`, { body: {}, token: null }) },
  // users_uploads_update
  {
    operationId: "users_uploads_update",
    status: 200,
    name: "completes an upload",
    run: async (h) => {
      const id = await openUpload(h);
      return h.api("PUT", `${USER}/uploads/${id}`, { body: { data: { type: "historicalTransactionComplete", id, attributes: {} } } });
    },
  },
  {
    operationId: "users_uploads_update",
    status: 400,
    name: "rejects a mismatched id",
    run: async (h) => {
      const id = await openUpload(h);
      return h.api("PUT", `${USER}/uploads/${id}`, { body: { data: { type: "historicalTransactionComplete", id: "other", attributes: {} } } });
    },
  },
  { operationId: "users_uploads_update", status: 401, name: "rejects a missing token", run: (h) => h.api("PUT", `${USER}/uploads/x`, { body: {}, token: null }) },
  {
    operationId: "users_uploads_update",
    status: 409,
    name: "rejects completing twice",
    run: async (h) => {
      const id = await openUpload(h);
      const body = { data: { type: "historicalTransactionComplete", id, attributes: {} } };
      await h.api("PUT", `${USER}/uploads/${id}`, { body });
      return h.api("PUT", `${USER}/uploads/${id}`, { body });
    },
  },
];

describe("Kard sandbox responses conform to kard-openapi.yaml", () => {
  let spec: KardSpec;
  beforeAll(async () => {
    spec = await kardSpec();
  });

  it("routes every operation of the document", () => {
    expect(new Set(KARD_ROUTES.flatMap((route) => route.operation ?? []))).toEqual(new Set(spec.operationIds));
  });

  it("covers every operation of the document with a success and an error response", () => {
    for (const operationId of spec.operationIds) {
      const statuses = cases.filter((c) => c.operationId === operationId).map((c) => c.status);
      expect(statuses.some((s) => s < 300), `${operationId} success`).toBe(true);
      expect(statuses.some((s) => s >= 400), `${operationId} error`).toBe(true);
    }
    expect(new Set(cases.map((c) => c.operationId))).toEqual(new Set(spec.operationIds));
  });

  it.each(cases.map((c) => [`${c.operationId} ${c.status} ${c.name}`, c] as const))("%s", async (_, c) => {
    const result = await c.run(createHarness());
    expect(result.status, result.text).toBe(c.status);
    expect(spec.responseProblems(c.operationId, result.status, result.body)).toEqual([]);
  });

  it("rejects a response that breaks the schema (the validator is live)", () => {
    expect(spec.responseProblems("users_get", 200, { data: { type: "user", id: "x", attributes: {} } })).not.toEqual([]);
    expect(spec.responseProblems("users_rewards_offers", 200, { data: [], links: { self: "/x", prev: null } })).not.toEqual([]);
    expect(spec.responseProblems("users_get", 409, { errors: [] })).not.toEqual([]);
  });
});
