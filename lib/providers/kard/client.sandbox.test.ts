import { decodeJwt } from "jose";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import { providerConfig } from "@/lib/providers/registry";
import { createKardClient } from "./client";
import { pageCursors } from "./query";
import { createKardSandbox } from "./sandbox";
import { NOTIFICATION_TYPES } from "./schemas/common";
import type { KardOffer } from "./schemas/offers";
import { KARD_SIGNATURE_HEADER, parseKardWebhookEvent, verifyKardSignature } from "./webhooks";
import { providerRejection } from "@/lib/testing/rejection";

/**
 * The client against the Kard sandbox, in process, through the injected fetch. The sandbox is
 * written from the documentation by someone else; where the two agree and both match the seed's
 * examples (schemas/seed-examples.test.ts), the client speaks Kard as documented.
 */
// The console's origin, set here: the sandbox base URL and the seeded webhook URL derive from it.
vi.stubEnv("APP_URL", "http://console.test");
const config = providerConfig("kard");
const { clientId, clientSecret, organizationId, webhookKey } = config.credentials;
const NEW_CUSTOMER = "sandbox-sandbox-new-customer";
const LAPSED_CUSTOMER = "sandbox-sandbox-lapsed-customer";
const BAAS_PRO_SHOPS = "654d3fce9587960008944c61";

let clock = Date.parse("2026-05-01T10:00:00.000Z");
const deliveries: Request[] = [];
const deliver: FetchFn = async (input, init) => {
  deliveries.push(new Request(input, init));
  return new Response("Thanks Kard!");
};
// Starts as a new issuer at Kard, without subscriptions: these tests subscribe themselves.
const sandbox = createKardSandbox({ now: () => new Date(clock), deliver, subscribedWebhookUrl: null });

/** The console mounts the sandbox under /sandbox/kard; the handler sees the documented path. */
const sandboxFetch: FetchFn = (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/^\/sandbox\/kard/, "");
  return sandbox.handle(new Request(url, request));
};

const calls: { method: string; path: string }[] = [];
const recordingFetch: FetchFn = async (input, init) => {
  const request = new Request(input, init);
  calls.push({ method: request.method, path: new URL(request.url).pathname });
  return sandboxFetch(request);
};

const makeClient = (extra: { clientSecret?: string } = {}) =>
  createKardClient({
    baseUrl: config.baseUrl,
    clientId,
    clientSecret: extra.clientSecret ?? clientSecret,
    organizationId,
    now: () => clock,
  }, recordingFetch);
let client = makeClient();

const iso = (ms: number) => new Date(ms).toISOString();
const tokenCalls = () => calls.filter((c) => c.path.endsWith("/v2/auth/token")).length;


async function control(action: string, body?: unknown) {
  const response = await sandbox.control!(action, body);
  return (await response.json()) as Record<string, unknown>;
}

/** Webhooks the sandbox POSTed, after its deliveries in flight have settled. */
async function deliveredWebhooks() {
  await control("notifications", {});
  return Promise.all(
    deliveries.map(async (request) => ({ url: request.url, signature: request.headers.get(KARD_SIGNATURE_HEADER), raw: await request.text() })),
  );
}

beforeEach(() => {
  sandbox.reset();
  clock = Date.parse("2026-05-01T10:00:00.000Z");
  deliveries.length = 0;
  calls.length = 0;
  client = makeClient();
});

describe("Kard client ↔ sandbox: authentication", () => {
  it("uses the registry's sandbox base URL and credentials", () => {
    expect(config.mode).toBe("sandbox");
    expect(config.baseUrl).toBe("http://console.test/sandbox/kard");
  });

  it("gets one token and reuses it across operations", async () => {
    await client.getUser(NEW_CUSTOMER);
    await client.getOffersByUser(NEW_CUSTOMER);
    expect(tokenCalls()).toBe(1);
  });

  it("refreshes shortly before expires_in, before the sandbox would refuse the token", async () => {
    await client.getUser(NEW_CUSTOMER);
    clock += 3_550_000;
    await client.getUser(NEW_CUSTOMER);
    expect(tokenCalls()).toBe(2);
  });

  it("recovers once from a 401 when the sandbox has expired the cached token", async () => {
    await client.getUser(NEW_CUSTOMER);
    await control("advance-clock", { seconds: 3_700 });
    await expect(client.getUser(NEW_CUSTOMER)).resolves.toMatchObject({ data: { id: NEW_CUSTOMER } });
    expect(tokenCalls()).toBe(2);
    expect(calls.filter((c) => c.path.endsWith(`/users/${NEW_CUSTOMER}`))).toHaveLength(3);
  });

  it("reports refused credentials as a ProviderError of the token call", async () => {
    const error = await providerRejection(makeClient({ clientSecret: "wrong" }).getUser(NEW_CUSTOMER));
    expect(error).toMatchObject({ endpoint: "getAccessToken", httpStatus: 401 });
  });
});

describe("Kard client ↔ sandbox: users", () => {
  it("creates, reads, updates and deletes a user", async () => {
    const created = await client.createUsers([
      { type: "user", id: "console-user-1", attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "30047", email: "jane@example.com" } },
    ]);
    expect(created).toEqual({
      data: [{ type: "user", id: "console-user-1", attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "30047", email: "jane@example.com" } }],
    });
    expect((await client.getUser("console-user-1")).data.attributes.zipCode).toBe("30047");
    const updated = await client.updateUser("console-user-1", { enrolledRewards: ["CARDLINKED"], zipCode: "30048" });
    expect(updated.data.attributes).toEqual({ enrolledRewards: ["CARDLINKED"], zipCode: "30048" });
    expect(await client.deleteUser("console-user-1")).toEqual({ data: { type: "user", id: "console-user-1", attributes: {} } });
    const gone = await providerRejection(client.getUser("console-user-1"));
    expect(gone).toMatchObject({ httpStatus: 404, code: "HTTP_404", outcome: "failed" });
    expect(gone.details).toEqual([expect.objectContaining({ status: "404" })]);
  });

  it("returns a 207 with the duplicate's id in errors and the created users in data", async () => {
    const result = await client.createUsers([
      { type: "user", id: NEW_CUSTOMER, attributes: { enrolledRewards: ["CARDLINKED"] } },
      { type: "user", id: "console-user-2", attributes: { enrolledRewards: ["CARDLINKED"] } },
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ status: "409", id: NEW_CUSTOMER })]);
    expect(result.data?.map((user) => user.id)).toEqual(["console-user-2"]);
  });
});

describe("Kard client ↔ sandbox: offers, locations, activation", () => {
  it("pages through the new customer's offers with the cursors of links.next", async () => {
    const all = await client.getOffersByUser(NEW_CUSTOMER, { page: { size: 100 } });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await client.getOffersByUser(NEW_CUSTOMER, { page: { size: 5, after } });
      expect(page.data.length).toBeLessThanOrEqual(5);
      seen.push(...page.data.map((offer) => offer.id));
      after = pageCursors(page.links).after;
    } while (after);
    expect(seen).toEqual(all.data.map((offer) => offer.id));
    expect(seen).toContain(BAAS_PRO_SHOPS);
  });

  it("filters by category and channel, includes categories and returns requested components", async () => {
    const page = await client.getOffersByUser(NEW_CUSTOMER, {
      filter: { category: "Food & Beverage", purchaseChannel: ["INSTORE"] },
      include: ["categories"],
      supportedComponents: ["shortDescription", "longDescription", "cta", "baseReward"],
      sort: "name",
    });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.map((o) => o.attributes.name)).toEqual([...page.data.map((o) => o.attributes.name)].sort());
    const categories = new Map((page.included ?? []).map((category) => [category.id, category.attributes.name]));
    for (const offer of page.data) {
      expect(offer.attributes.purchaseChannel).toContain("INSTORE");
      expect(offer.relationships?.category.data.map((c) => categories.get(c.id))).toContain("Food & Beverage");
      expect(offer.attributes.components?.shortDescription).toEqual(expect.any(String));
      expect(offer.attributes.components?.tags).toBeUndefined();
    }
  });

  const components = ["shortDescription", "longDescription", "cta", "detailTags"] as const;
  async function offerWithCta(action: "activate" | "boost"): Promise<KardOffer> {
    const page = await client.getOffersByUser(NEW_CUSTOMER, { supportedComponents: [...components], page: { size: 100 } });
    const offer = page.data.find((o) => o.attributes.components?.cta?.action?.url.endsWith(`/${action}`));
    expect(offer, `an offer whose CTA calls ${action}`).toBeDefined();
    return offer!;
  }

  it("activates an offer that offers a CTA, after which the CTA is gone", async () => {
    const offer = await offerWithCta("activate");
    const result = await client.activateOffer(NEW_CUSTOMER, offer!.id, { include: ["offer"], supportedComponents: [...components] });
    expect(result.data.attributes).toMatchObject({ entityId: offer!.id, eventCode: "ACTIVATE", medium: "CTA" });
    const refreshed = result.included?.find((item) => item.type === "standardOffer" && item.id === offer!.id);
    expect(refreshed?.type === "standardOffer" && refreshed.attributes.components?.cta).toBeUndefined();
  });

  it("boosts an offer whose CTA calls boost, and reports a refused boost as a ProviderError", async () => {
    const offer = await offerWithCta("boost");
    const result = await client.boostOffer(NEW_CUSTOMER, offer.id);
    expect(result.data.attributes).toMatchObject({ entityId: offer.id, eventCode: "BOOST", medium: "CTA" });
    const refused = await providerRejection(client.boostOffer(NEW_CUSTOMER, BAAS_PRO_SHOPS));
    expect(refused).toMatchObject({ httpStatus: 400, code: "HTTP_400", outcome: "failed", endpoint: "boostOffer" });
    expect(refused.message).toContain("cannot be boosted");
  });

  it("finds locations near a point with their offers", async () => {
    const page = await client.getLocationsByUser(NEW_CUSTOMER, {
      filter: { latitude: 40.74201480000001, longitude: -73.9930148, radius: 50 },
      include: ["offers", "categories"],
      supportedComponents: ["shortDescription"],
    });
    expect(page.data.length).toBeGreaterThan(0);
    const includedOffers = new Set((page.included ?? []).filter((item) => item.type === "standardOffer").map((item) => item.id));
    for (const location of page.data) {
      for (const related of location.relationships?.offers.data ?? []) expect(includedOffers).toContain(related.id);
    }
  });

  it("queues attribution events", async () => {
    const result = await client.createAttributions(NEW_CUSTOMER, [
      { type: "offerAttribution", attributes: { entityId: BAAS_PRO_SHOPS, eventCode: "IMPRESSION", medium: "BROWSE", eventDate: iso(clock) } },
      { type: "offerAttribution", attributes: { entityId: BAAS_PRO_SHOPS, eventCode: "VIEW", medium: "BROWSE", eventDate: iso(clock) } },
    ]);
    expect(result.data.attributes.status).toBe("queued");
  });
});

describe("Kard client ↔ sandbox: transactions and signed webhooks", () => {
  const webhookUrl = "https://console.example/api/webhooks/kard";

  async function subscribeAll() {
    const created = await client.createSubscriptions(
      (["earnedRewardApproved", "earnedRewardSettled", "auditUpdate"] as const).map((eventName) => ({ eventName, webhookUrl, enabled: true })),
    );
    expect(created.data).toHaveLength(3);
    return created.data;
  }

  it("manages subscriptions", async () => {
    const [approved] = await subscribeAll();
    expect((await client.getSubscriptions({ filter: { eventName: "earnedRewardApproved" } })).data.map((s) => s.id)).toEqual([approved.id]);
    const updated = await client.updateSubscription(approved.id, { enabled: false });
    expect(updated.data).toMatchObject({ id: approved.id, attributes: { eventName: "earnedRewardApproved", enabled: false } });
  });

  it("runs the guide's flow: APPROVED then SETTLED transaction, verified webhooks, earned reward", async () => {
    await subscribeAll();
    const base = {
      userId: NEW_CUSTOMER,
      cardBIN: "123456",
      cardLastFour: "4321",
      amount: 10_000,
      direction: "DEBIT" as const,
      currency: "USD",
      description: "BaaS Pro Shops",
      paymentType: "CARD" as const,
      transactionId: "console-tx-1",
      authorizationDate: iso(clock - 60_000),
    };
    const approved = await client.createIncomingTransactions([{ type: "transaction", id: "evt-1", attributes: { ...base, status: "APPROVED" } }]);
    expect(approved).toMatchObject({ data: { attributes: { status: "queued" } } });
    await client.createIncomingTransactions([{ type: "transaction", id: "evt-2", attributes: { ...base, status: "SETTLED", settledDate: iso(clock) } }]);

    const webhooks = await deliveredWebhooks();
    expect(webhooks.map((w) => w.url)).toEqual([webhookUrl, webhookUrl]);
    const events = webhooks.map((webhook) => {
      expect(verifyKardSignature(webhook.raw, webhook.signature, webhookKey)).toBe("VALID");
      expect(verifyKardSignature(webhook.raw, webhook.signature, "another-key")).toBe("INVALID");
      const parsed = parseKardWebhookEvent(JSON.parse(webhook.raw));
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.event;
    });
    expect(events.map((e) => [e.type, e.userId])).toEqual([
      ["earnedRewardApproved", NEW_CUSTOMER],
      ["earnedRewardSettled", NEW_CUSTOMER],
    ]);
    for (const event of events) {
      expect(event.notification).toBeDefined();
      expect(event.relatedRecord).toMatchObject({ type: "transaction" });
    }
    expect(new Set(events.map((e) => e.eventId)).size).toBe(2);
    const settled = events[1].notification!.data;
    expect(settled.type === "earnedRewardSettled" && settled.attributes.commissionEarned).toEqual({ type: "cents", value: 2000 });

    const rewards = await client.getEarnedRewards(NEW_CUSTOMER, { include: ["merchant", "offer"] });
    const reward = rewards.data.find((r) => r.attributes.transactionId === "console-tx-1");
    expect(reward?.attributes).toMatchObject({ status: "SETTLED", transactionAmountInCents: 10_000 });
    expect(rewards.included?.find((item) => item.type === "merchant" && item.id === reward?.relationships.merchant.data.id)).toMatchObject({
      attributes: { name: "BaaS Pro Shops" },
    });
  });

  it("flags a submitted transaction as fraudulent", async () => {
    await client.createIncomingTransactions([
      {
        type: "transaction",
        id: "evt-9",
        attributes: {
          userId: NEW_CUSTOMER,
          amount: 4200,
          status: "APPROVED",
          currency: "USD",
          description: "BaaS Pro Shops",
          cardBIN: "123456",
          cardLastFour: "4321",
          direction: "DEBIT",
          paymentType: "CARD",
          transactionId: "console-tx-9",
          authorizationDate: iso(clock),
        },
      },
    ]);
    const marker = { id: "console-tx-9", type: "fraudulentTransaction" as const, attributes: { userId: NEW_CUSTOMER } };
    const result = await client.createFraudMarkers([marker]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.data).toEqual([marker]);
    const unknown = await providerRejection(client.createFraudMarkers([{ ...marker, id: "never-sent" }]));
    expect(unknown).toMatchObject({ httpStatus: 400, endpoint: "createFraudMarkers" });
  });

  it("creates an audit whose resolution arrives as a verified auditUpdate webhook", async () => {
    await subscribeAll();
    const created = await client.createAudits(LAPSED_CUSTOMER, [
      {
        type: "audit",
        attributes: { auditCode: 3006, merchantName: "Worlds Greatest Chicken", auditDescription: "missing cashback", transactionId: `${LAPSED_CUSTOMER}-history-1` },
      },
    ]);
    const auditId = created.data![0].id;
    await control("resolve-audit", { auditId, status: "CLOSED", resolutionCode: 5009 });
    const [webhook] = (await deliveredWebhooks()).filter((w) => JSON.parse(w.raw).data.type === "auditUpdate").slice(-1);
    expect(verifyKardSignature(webhook.raw, webhook.signature, webhookKey)).toBe("VALID");
    const parsed = parseKardWebhookEvent(JSON.parse(webhook.raw));
    expect(parsed).toMatchObject({ ok: true, event: { type: "auditUpdate", userId: LAPSED_CUSTOMER, relatedRecord: { type: "audit", id: auditId } } });
    expect(parsed.ok && parsed.event.notification?.data.attributes).toMatchObject({ status: "CLOSED", resolutionCode: 5009 });
  });

  it("gets presigned upload URLs for bulk files", async () => {
    const result = await client.createBulkTransactionsUploadUrl([
      { type: "incomingTransactionsFile", attributes: { filename: "transaction_12345.jsonl" } },
      { type: "historicalTransactionsFile", attributes: { filename: "history.jsonl.gz" } },
    ]);
    expect(result.data.map((d) => [d.type, d.attributes.expiresIn])).toEqual([
      ["incomingTransactionsFile", 900],
      ["historicalTransactionsFile", 900],
    ]);
    expect(result.data[0].attributes.url).toMatch(/^https?:\/\//);
  });

  it("uploads historical transactions in a session", async () => {
    const upload = await client.createUpload(NEW_CUSTOMER);
    const uploadId = upload.data.id;
    const part = await client.createUploadPart(NEW_CUSTOMER, uploadId, [
      {
        type: "historicalTransaction",
        id: "hist-1",
        attributes: {
          userId: NEW_CUSTOMER,
          amount: 2500,
          status: "SETTLED",
          currency: "USD",
          description: "HILLTOP BBQ",
          cardBIN: "123456",
          cardLastFour: "4321",
          direction: "DEBIT",
          paymentType: "CARD",
          transactionId: "hist-tx-1",
          settledDate: iso(clock - 86_400_000 * 30),
        },
      },
    ]);
    expect(part.errors ?? []).toEqual([]);
    expect(part.data).toEqual([{ type: "historicalTransaction", id: "hist-1", attributes: {} }]);
    expect(await client.updateUpload(NEW_CUSTOMER, uploadId)).toEqual({
      data: { type: "historicalTransactionComplete", id: uploadId, attributes: {} },
    });
  });
});

describe("Kard client ↔ the embedded default sandbox: subscribed to the console from the start", () => {
  const receiver = "http://console.test/api/webhooks/kard";
  // As lib/sandbox/sandboxes.ts creates it: no subscribedWebhookUrl, so the console's own receiver.
  const embedded = createKardSandbox({ now: () => new Date(clock), deliver });
  const embeddedFetch: FetchFn = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(/^\/sandbox\/kard/, "");
    return embedded.handle(new Request(url, request));
  };
  const embeddedClient = () => createKardClient({ baseUrl: config.baseUrl, clientId, clientSecret, organizationId, now: () => clock }, embeddedFetch);

  beforeEach(() => embedded.reset());

  it("starts with one enabled subscription per notification type, pointing at the console's receiver", async () => {
    const { data } = await embeddedClient().getSubscriptions();
    expect(data.map((s) => s.attributes.eventName).sort()).toEqual([...NOTIFICATION_TYPES].sort());
    expect(new Set(data.map((s) => `${s.attributes.webhookUrl} ${s.attributes.enabled}`))).toEqual(new Set([`${receiver} true`]));
  });

  it("delivers a settled transaction's notification to the console with no subscription step, also after a reset", async () => {
    const kard = embeddedClient();
    const settle = (id: string) =>
      kard.createIncomingTransactions([
        {
          type: "transaction",
          id,
          attributes: {
            userId: NEW_CUSTOMER,
            cardBIN: "123456",
            cardLastFour: "4321",
            amount: 10_000,
            direction: "DEBIT",
            currency: "USD",
            description: "BaaS Pro Shops",
            paymentType: "CARD",
            transactionId: `tx-${id}`,
            status: "SETTLED",
            authorizationDate: iso(clock - 60_000),
            settledDate: iso(clock),
          },
        },
      ]);
    const received = async () => {
      await embedded.control!("notifications", {});
      return Promise.all(deliveries.map(async (request) => ({ url: request.url, raw: await request.text() })));
    };

    await settle("evt-default-1");
    const [first] = await received();
    expect(first.url).toBe(receiver);
    expect(parseKardWebhookEvent(JSON.parse(first.raw))).toMatchObject({ ok: true, event: { type: "earnedRewardSettled", userId: NEW_CUSTOMER } });

    await kard.updateSubscription((await kard.getSubscriptions({ filter: { eventName: "earnedRewardSettled" } })).data[0].id, { enabled: false });
    embedded.reset();
    deliveries.length = 0;
    await embeddedClient().getSubscriptions().then(({ data }) => expect(data.every((s) => s.attributes.enabled)).toBe(true));
    await settle("evt-default-2");
    expect((await received()).map((delivery) => delivery.url)).toEqual([receiver]);
  });
});

describe("Kard client ↔ sandbox: files and WebView", () => {
  it("lists generated reconciliation files by type", async () => {
    await control("generate-files", { date: "2026-04-30", month: "2026-04" });
    const monthly = await client.getFilesMetadata({ filter: { fileType: "monthlyReconciliationFile" } });
    expect(monthly.data.length).toBeGreaterThan(0);
    expect(monthly.data.every((file) => file.type === "monthlyReconciliationFile")).toBe(true);
    expect(monthly.meta.pageSize).toBeGreaterThan(0);
    const download = await sandboxFetch(monthly.data[0].attributes.downloadUrl);
    expect(download.status).toBe(200);
  });

  it("issues a WebView token whose JWT names the user and the issuer", async () => {
    const result = await client.getWebviewToken(NEW_CUSTOMER);
    expect(result.data.type).toBe("webviewToken");
    expect(result.data.attributes.expiresIn).toBeGreaterThan(0);
    expect(decodeJwt(result.data.attributes.token)).toMatchObject({ sub: NEW_CUSTOMER, issuer_id: organizationId });
  });
});
