import { createHash } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { webhookAuditAction } from "./audit";
import { bodyEventId, receiveWebhook, type ReceiveWebhookInput } from "./inbox";
import { storeDelivery } from "./store";
import type { WebhookHandler, WebhookToApply } from "./types";

// A provider-neutral handler written for these tests: the signature is a header that must equal
// "sig:" + the body's length, and the body is `{"id", "type", "user"?, "record"?}`. Its apply
// writes a KardTransaction row inside the inbox's transaction, so a rolled-back apply is visible.
let applied: WebhookToApply[] = [];
let failApply: Error | null = null;

const handler: WebhookHandler = {
  provider: "kard",
  verify: (raw, headers) => {
    const signature = headers.get("x-test-signature");
    if (!signature) return "MISSING";
    return signature === `sig:${raw.length}` ? "VALID" : "INVALID";
  },
  parse: (raw) => {
    try {
      const body = JSON.parse(raw) as { id?: string; type?: string; user?: string; record?: string };
      if (!body.id || !body.type) return { ok: false, reason: "id and type are required" };
      return { ok: true, event: { eventId: body.id, type: body.type, relatedUserId: body.user, relatedRecord: body.record ? { type: "transaction", id: body.record } : undefined } };
    } catch {
      return { ok: false, reason: "not JSON" };
    }
  },
  apply: async (event, tx) => {
    await tx.kardTransaction.create({
      data: { transactionId: `applied-${event.eventId}`, userId: "u", kind: "transaction", status: "X", amountCents: 1, currency: "USD", description: "d", accepted: true },
    });
    if (failApply) throw failApply;
    applied.push(event);
    return { touched: event.eventId };
  },
};

const body = (id: string, extra: Record<string, string> = {}) => JSON.stringify({ id, type: "earnedRewardApproved", user: "user-1", record: "tx-1", ...extra });

function delivery(raw: string, headers: Record<string, string> = { "x-test-signature": `sig:${raw.length}` }): ReceiveWebhookInput {
  return { ...handler, rawBody: raw, headers: new Headers(headers), context: { ip: "198.51.100.4", userAgent: "Kard-Webhooks/1.0" } };
}

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await db.webhookEvent.deleteMany();
  await db.kardTransaction.deleteMany();
  await db.auditEvent.deleteMany();
  applied = [];
  failApply = null;
});

describe("receiveWebhook: a verified, readable event", () => {
  it("is stored, applied once and audited as the system", async () => {
    const result = await receiveWebhook(delivery(body("evt-1")));

    expect(result.outcome).toBe("applied");
    const event = await db.webhookEvent.findUniqueOrThrow({ where: { provider_eventId: { provider: "kard", eventId: "evt-1" } } });
    expect(event).toMatchObject({ type: "earnedRewardApproved", signatureStatus: "VALID", status: "APPLIED", deliveries: 1, relatedUserId: "user-1", relatedRecord: "transaction:tx-1", error: null });
    expect(event.processedAt).toBeInstanceOf(Date);
    expect(applied).toEqual([{ id: event.id, provider: "kard", eventId: "evt-1", type: "earnedRewardApproved", relatedUserId: "user-1", relatedRecord: { type: "transaction", id: "tx-1" } }]);
    const audit = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.message)).toEqual(["stored", "applied"]);
    for (const row of audit) {
      expect(row).toMatchObject({ action: "kard.webhook.receive", provider: "kard", outcome: "SUCCEEDED", actorId: null, target: `webhook-event:${event.id}`, ip: "198.51.100.4", userAgent: "Kard-Webhooks/1.0" });
    }
    expect(JSON.parse(audit[1].responseSummary!)).toEqual({ touched: "evt-1" });
  });

  it("keeps the body byte for byte and the headers without cookies or credentials", async () => {
    const raw = `{ "id": "evt-ws",\n  "type": "clawback" }`;
    await receiveWebhook(delivery(raw, { "x-test-signature": `sig:${raw.length}`, cookie: "authjs.session-token=abc", authorization: "Bearer xyz", "x-api-key": "k", "user-agent": "Kard" }));

    const event = await db.webhookEvent.findFirstOrThrow();
    expect(event.rawBody).toBe(raw);
    expect(JSON.parse(event.headers)).toEqual({ "user-agent": "Kard", "x-test-signature": `sig:${raw.length}` });
  });
});

describe("receiveWebhook: duplicates", () => {
  it("stores a repeated delivery once: deliveries = 2, applied once", async () => {
    const first = await receiveWebhook(delivery(body("evt-dup")));
    const second = await receiveWebhook(delivery(body("evt-dup")));

    expect([first.outcome, second.outcome]).toEqual(["applied", "duplicate"]);
    expect(second.event.id).toBe(first.event.id);
    const events = await db.webhookEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ deliveries: 2, status: "APPLIED" });
    expect(applied).toHaveLength(1);
    const audit = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audit.map((a) => [a.outcome, a.message])).toEqual([
      ["SUCCEEDED", "stored"],
      ["SUCCEEDED", "applied"],
      ["SUCCEEDED", "delivery 2 of an event already stored, not applied again"],
    ]);
  });

  it("does not re-apply a repeat whose body differs, and says so in the audit", async () => {
    await receiveWebhook(delivery(body("evt-same-id", { type: "earnedRewardApproved" })));
    const repeat = await receiveWebhook(delivery(body("evt-same-id", { type: "earnedRewardSettled" })));

    expect(repeat.outcome).toBe("duplicate");
    expect(repeat.event.type).toBe("earnedRewardApproved");
    expect(applied.map((e) => e.type)).toEqual(["earnedRewardApproved"]);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last.message).toContain("its body differs from the stored one");
  });

  it("applies one of several concurrent deliveries of the same event", async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => receiveWebhook(delivery(body("evt-race")))));

    expect(results.filter((r) => r.outcome === "applied")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "duplicate")).toHaveLength(4);
    expect(await db.webhookEvent.findMany()).toEqual([expect.objectContaining({ deliveries: 5, status: "APPLIED" })]);
    expect(applied).toHaveLength(1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("makes one row when two database connections insert the same event at once", async () => {
    const other = createPrismaClient(testDb.url);
    try {
      const record = { provider: "kard", eventId: "evt-two-processes", type: "t", signatureStatus: "VALID" as const, status: "RECEIVED" as const, rawBody: "{}", headers: "{}" };
      const results = await Promise.all([storeDelivery(db, record), storeDelivery(other, record)]);

      expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
      expect(await db.webhookEvent.findMany()).toEqual([expect.objectContaining({ eventId: "evt-two-processes", deliveries: 2 })]);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("receiveWebhook: signatures that do not verify", () => {
  it.each([
    ["INVALID", { "x-test-signature": "sig:0" }, "SIGNATURE_INVALID"],
    ["MISSING", {}, "SIGNATURE_MISSING"],
  ] as const)("stores a %s signature as REJECTED and never applies it", async (signature, headers, code) => {
    const raw = body("evt-forged");
    const result = await receiveWebhook(delivery(raw, headers));

    expect(result).toMatchObject({ outcome: "rejected", signature });
    const event = await db.webhookEvent.findFirstOrThrow();
    const sha = createHash("sha256").update(raw).digest("hex");
    expect(event).toMatchObject({ eventId: `rejected:sha256:${sha}`, signatureStatus: signature, status: "REJECTED", type: "earnedRewardApproved", relatedUserId: null, relatedRecord: null, processedAt: null });
    expect(applied).toEqual([]);
    expect(await db.kardTransaction.count()).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ action: "kard.webhook.receive", outcome: "DENIED", errorCode: code });
  });

  it("counts repeats of a rejected body on one row", async () => {
    await receiveWebhook(delivery(body("evt-forged"), { "x-test-signature": "bad" }));
    await receiveWebhook(delivery(body("evt-forged"), { "x-test-signature": "bad" }));
    expect(await db.webhookEvent.findMany()).toEqual([expect.objectContaining({ status: "REJECTED", deliveries: 2 })]);
    expect(applied).toEqual([]);
  });

  it("does not let a forged delivery claim a genuine event's id", async () => {
    const raw = body("evt-target");
    await receiveWebhook(delivery(raw, { "x-test-signature": "forged" }));
    const genuine = await receiveWebhook(delivery(raw));

    expect(genuine.outcome).toBe("applied");
    expect(applied.map((e) => e.eventId)).toEqual(["evt-target"]);
    expect((await db.webhookEvent.findMany({ orderBy: { receivedAt: "asc" } })).map((e) => e.status).sort()).toEqual(["APPLIED", "REJECTED"]);
  });
});

describe("receiveWebhook: failures", () => {
  it("stores a signed but unreadable body as FAILED under the hash of the body", async () => {
    const raw = "not json at all";
    const result = await receiveWebhook(delivery(raw));

    expect(result).toMatchObject({ outcome: "unparseable", reason: "not JSON" });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ eventId: bodyEventId("unparseable", raw), type: "unknown", status: "FAILED", error: "not JSON" });
    expect(applied).toEqual([]);
    expect(await db.auditEvent.findFirstOrThrow()).toMatchObject({ outcome: "FAILED", errorCode: "UNPARSEABLE" });
  });

  it("marks the event FAILED with the error when apply throws, and rolls back apply's writes", async () => {
    failApply = new Error("local ledger unavailable");
    const result = await receiveWebhook(delivery(body("evt-fail")));

    expect(result).toMatchObject({ outcome: "failed", error: "local ledger unavailable" });
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ status: "FAILED", error: "local ledger unavailable", processedAt: null });
    expect(await db.kardTransaction.count()).toBe(0);
    expect(await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } })).toMatchObject({ action: "kard.webhook.receive", outcome: "FAILED", errorCode: "APPLY_FAILED", message: "local ledger unavailable" });
  });

  it("does not re-apply a failed event when it is delivered again (re-processing does that)", async () => {
    failApply = new Error("boom");
    await receiveWebhook(delivery(body("evt-fail-twice")));
    failApply = null;
    const again = await receiveWebhook(delivery(body("evt-fail-twice")));

    expect(again.outcome).toBe("duplicate");
    expect(applied).toEqual([]);
    expect(await db.webhookEvent.findFirstOrThrow()).toMatchObject({ status: "FAILED", deliveries: 2 });
  });
});

describe("webhookAuditAction", () => {
  it("names inbox steps <provider>.webhook.<verb> and refuses a provider that has not added its names", () => {
    expect(webhookAuditAction("kard", "receive")).toBe("kard.webhook.receive");
    expect(webhookAuditAction("kard", "reprocess")).toBe("kard.webhook.reprocess");
    expect(() => webhookAuditAction("ktn", "receive")).toThrow('Add "ktn.webhook.receive" to AUDIT_ACTIONS');
  });
});

describe("headers of a rejected delivery", () => {
  it("are kept for inspection (signature included), credentials dropped", async () => {
    await receiveWebhook(delivery(body("evt-h"), { "x-test-signature": "bad", "proxy-authorization": "Basic abc", "x-session-id": "s" }));
    expect(JSON.parse((await db.webhookEvent.findFirstOrThrow()).headers)).toEqual({ "x-test-signature": "bad" });
  });
});
