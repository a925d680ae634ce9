import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FetchFn } from "@/lib/providers/http";
import { createKardClient } from "@/lib/providers/kard/client";
import { createKardSandbox } from "@/lib/providers/kard/sandbox";
import { signNotificationBody } from "@/lib/providers/kard/sandbox/signing";
import { providerConfig } from "@/lib/providers/registry";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { webhookAppliesSettled } from "@/lib/webhooks/apply-queue";
import { WEBHOOK_MAX_BODY_BYTES } from "@/lib/webhooks/raw-body";
import {
  hmacBase64,
  KARD_USER,
  kardDelivery,
  kardNotification,
  SANDBOX_WEBHOOK_KEY,
  seedKardTransaction,
} from "@/lib/providers/kard/testing/webhooks";
import { POST as receive } from "./route";

/** The route as Next calls it for `/api/webhooks/<provider>`, answered and then applied (applied after the answer). */
async function POST(request: Request, provider = "kard") {
  const response = await receive(request, { params: Promise.resolve({ provider }) });
  await webhookAppliesSettled();
  return response;
}

// The route handler itself, called with a Request as Next calls it, on a real SQLite database.

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
afterEach(() => vi.unstubAllEnvs());
beforeEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.kardTransaction.deleteMany();
  await db.auditEvent.deleteMany();
});

it("answers 404 for a provider that sends no webhooks, storing nothing", async () => {
  const response = await POST(new Request("http://localhost:3000/api/webhooks/ktn", { method: "POST", body: "{}" }), "ktn");
  expect(response.status).toBe(404);
  expect(await db.webhookEvent.count()).toBe(0);
});

async function post(request: Request) {
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const transactionStatus = async (transactionId: string) => (await db.kardTransaction.findFirstOrThrow({ where: { transactionId } })).status;

describe("POST /api/webhooks/kard: signature vectors (guide: Webhook Authentication)", () => {
  const body = kardNotification("earnedRewardSettled", "n-vector", { transactionId: "tx-vector" });

  beforeEach(() => seedKardTransaction(db, "tx-vector"));

  it("accepts a valid signature: 200, stored VALID and APPLIED, the transaction updated", async () => {
    expect(await post(kardDelivery(body))).toEqual({ status: 200, body: { received: true } });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({
      provider: "kard",
      eventId: "n-vector",
      type: "earnedRewardSettled",
      signatureStatus: "VALID",
      status: "APPLIED",
      relatedUserId: KARD_USER,
      relatedRecord: "transaction:tx-vector",
      rawBody: body,
    });
    expect(await transactionStatus("tx-vector")).toBe("REWARD_SETTLED");
  });

  it("refuses a tampered body signed for the original: 401, stored INVALID and REJECTED, nothing applied", async () => {
    const tampered = body.replace("BaaS Pro Shops", "BaaS Pro Shop$");
    expect(await post(kardDelivery(tampered, { signature: hmacBase64(body) }))).toMatchObject({ status: 401, body: { received: false } });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ signatureStatus: "INVALID", status: "REJECTED", rawBody: tampered, processedAt: null });
    expect(await transactionStatus("tx-vector")).toBe("APPROVED");
  });

  it("refuses a signature made with another key: 401, REJECTED, nothing applied", async () => {
    expect(await post(kardDelivery(body, { signature: hmacBase64(body, "not-the-webhook-key") }))).toMatchObject({ status: 401 });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ signatureStatus: "INVALID", status: "REJECTED" });
    expect(await transactionStatus("tx-vector")).toBe("APPROVED");
  });

  it("refuses a delivery without notify-signature: 403 (the guide's answer), stored MISSING and REJECTED", async () => {
    expect(await post(kardDelivery(body, { signature: null }))).toMatchObject({ status: 403, body: { received: false } });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ signatureStatus: "MISSING", status: "REJECTED" });
    expect(await transactionStatus("tx-vector")).toBe("APPROVED");
  });

  it("verifies the raw bytes: the same JSON re-formatted is refused", async () => {
    const pretty = JSON.stringify(JSON.parse(body), null, 2);
    expect(await post(kardDelivery(pretty, { signature: hmacBase64(body) }))).toMatchObject({ status: 401 });
  });
});

describe("POST /api/webhooks/kard: idempotency", () => {
  it("stores a duplicate delivery once (deliveries = 2) and applies it once", async () => {
    await seedKardTransaction(db, "tx-dup");
    const body = kardNotification("earnedRewardApproved", "n-dup", { transactionId: "tx-dup" });
    expect(await post(kardDelivery(body))).toEqual({ status: 200, body: { received: true } });
    // Moved on locally in between: a re-application would put REWARD_APPROVED back.
    await db.kardTransaction.updateMany({ where: { transactionId: "tx-dup" }, data: { status: "MANUALLY_CHECKED" } });

    expect(await post(kardDelivery(body))).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await db.webhookEvent.findMany()).toEqual([expect.objectContaining({ eventId: "n-dup", deliveries: 2, status: "APPLIED" })]);
    expect(await transactionStatus("tx-dup")).toBe("MANUALLY_CHECKED");
    const audit = await db.auditEvent.findMany({ where: { action: "kard.webhook.receive" }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.message)).toEqual(["stored", "applied", "delivery 2 of an event already stored, not applied again"]);
  });
});

describe("POST /api/webhooks/kard: bodies", () => {
  it("answers 400 to a validly signed body that is not a notification, and stores it FAILED", async () => {
    const body = JSON.stringify({ hello: "kard" });
    expect(await post(kardDelivery(body))).toMatchObject({ status: 400, body: { received: false } });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ signatureStatus: "VALID", status: "FAILED", type: "unknown" });
  });

  it("answers 413 to a body over the limit and stores nothing", async () => {
    const body = JSON.stringify({ data: { type: "clawback", id: "big", padding: "x".repeat(WEBHOOK_MAX_BODY_BYTES) } });
    expect(await post(kardDelivery(body))).toMatchObject({ status: 413 });
    expect(await db.webhookEvent.count()).toBe(0);
  });

  it("stores the guide's example (no transaction relationship) and applies it without a local change", async () => {
    const body = JSON.stringify({
      data: {
        type: "earnedRewardApproved",
        attributes: { attributionUrl: "www.attribution.com/token", message: "Congrats!", name: "BaaS Pro Shops", surveyUrl: "www.survey.com" },
        id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
        relationships: { user: { data: { type: "user", id: KARD_USER } } },
      },
    });
    expect(await post(kardDelivery(body))).toMatchObject({ status: 200 });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ status: "APPLIED", relatedUserId: KARD_USER, relatedRecord: null });
  });
});

describe("POST /api/webhooks/kard: deliveries signed by the Kard sandbox", () => {
  it("verifies a body signed by the sandbox's own signer", async () => {
    const body = kardNotification("clawback", "n-sandbox-signer", { transactionId: "tx-s" });
    expect(await post(kardDelivery(body, { signature: signNotificationBody(body, SANDBOX_WEBHOOK_KEY) }))).toEqual({ status: 200, body: { received: true } });
  });

  it("receives the guide's flow end to end with no subscription step: APPROVED then SETTLED transaction → two applied notifications", async () => {
    vi.stubEnv("APP_URL", "http://console.test:4100");
    const config = providerConfig("kard");
    const now = Date.parse("2026-05-01T10:00:00.000Z");
    const received: { url: string; status: number }[] = [];
    // As the console mounts it: subscribed from the start to `${appOrigin()}/api/webhooks/kard`.
    const sandbox = createKardSandbox({
      now: () => new Date(now),
      deliver: async (input, init) => {
        const response = await POST(new Request(input, init));
        received.push({ url: String(input), status: response.status });
        return response;
      },
    });
    const sandboxFetch: FetchFn = (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.pathname = url.pathname.replace(/^\/sandbox\/kard/, "");
      return sandbox.handle(new Request(url, request));
    };
    const { clientId, clientSecret, organizationId } = config.credentials;
    const client = createKardClient({ baseUrl: config.baseUrl, clientId, clientSecret, organizationId, now: () => now }, sandboxFetch);

    await seedKardTransaction(db, "console-tx-e2e");
    const attributes = {
      userId: KARD_USER,
      cardBIN: "123456",
      cardLastFour: "4321",
      amount: 10_000,
      direction: "DEBIT" as const,
      currency: "USD",
      description: "BaaS Pro Shops",
      paymentType: "CARD" as const,
      transactionId: "console-tx-e2e",
      authorizationDate: new Date(now - 60_000).toISOString(),
    };
    await client.createIncomingTransactions([{ type: "transaction", id: "evt-a", attributes: { ...attributes, status: "APPROVED" } }]);
    await client.createIncomingTransactions([{ type: "transaction", id: "evt-s", attributes: { ...attributes, status: "SETTLED", settledDate: new Date(now).toISOString() } }]);
    await sandbox.control!("notifications", {});

    expect(received).toEqual([200, 200].map((status) => ({ url: "http://console.test:4100/api/webhooks/kard", status })));
    const events = await db.webhookEvent.findMany({ orderBy: { receivedAt: "asc" } });
    expect(events.map((e) => [e.type, e.signatureStatus, e.status, e.relatedRecord])).toEqual([
      ["earnedRewardApproved", "VALID", "APPLIED", "transaction:console-tx-e2e"],
      ["earnedRewardSettled", "VALID", "APPLIED", "transaction:console-tx-e2e"],
    ]);
    expect(await transactionStatus("console-tx-e2e")).toBe("REWARD_SETTLED");
  });
});
