import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { OperationError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { receiveWebhook } from "./inbox";
import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import { reprocessWebhookEvent } from "./reprocess";
import { clearKardEnv, configureKardWebhookKey, hmacBase64, kardNotification, seedKardTransaction } from "@/lib/providers/kard/testing/webhooks";
import { rejection } from "@/lib/testing/rejection";

const actor = { staff: { id: "staff-1", email: "operator@example.com", role: "OPERATOR" }, context: { ip: "203.0.113.9", userAgent: "vitest" } };

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
});
afterEach(() => {
  clearKardEnv();
  vi.restoreAllMocks();
});

function deliver(body: string, signature: string | null = hmacBase64(body)) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("notify-signature", signature);
  return receiveWebhook({ ...kardWebhooks, rawBody: body, headers });
}


const lastAudit = () => db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
const statusOf = async (transactionId: string) => (await db.kardTransaction.findFirstOrThrow({ where: { transactionId } })).status;

describe("reprocessWebhookEvent: rejected events", () => {
  // Kard signed with the key it holds; the console was configured with another one.
  const kardsKey = "kard-issued-key";
  const body = kardNotification("earnedRewardSettled", "n-rekey", { transactionId: "tx-r" });

  beforeEach(() => seedKardTransaction(db, "tx-r"));

  it("refuses while the signature still does not verify, audited under the operator", async () => {
    const { event } = await deliver(body, hmacBase64(body, kardsKey));

    const error = (await rejection(reprocessWebhookEvent(event.id, actor))) as OperationError;

    expect(error.code).toBe("SIGNATURE_INVALID");
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "REJECTED", signatureStatus: "INVALID" });
    expect(await statusOf("tx-r")).toBe("APPROVED");
    expect(await lastAudit()).toMatchObject({ action: "kard.webhook.reprocess", outcome: "FAILED", errorCode: "SIGNATURE_INVALID", actorEmail: actor.staff.email, target: `webhook-event:${event.id}`, ip: actor.context.ip });
  });

  it("refuses an unsigned event (MISSING) for good", async () => {
    const { event } = await deliver(body, null);
    expect(await rejection(reprocessWebhookEvent(event.id, actor))).toMatchObject({ code: "SIGNATURE_MISSING" });
  });

  it("applies it once the configured key is corrected, re-keyed to Kard's event id", async () => {
    const { event } = await deliver(body, hmacBase64(body, kardsKey));
    configureKardWebhookKey(kardsKey);

    const done = await reprocessWebhookEvent(event.id, actor);

    expect(done).toMatchObject({ id: event.id, eventId: "n-rekey", signatureStatus: "VALID", status: "APPLIED", relatedRecord: "transaction:tx-r", error: null });
    expect(await statusOf("tx-r")).toBe("REWARD_SETTLED");
    expect(await lastAudit()).toMatchObject({ action: "kard.webhook.reprocess", outcome: "SUCCEEDED", actorEmail: actor.staff.email });
    // Kard's own retry, now verified, is a duplicate of the re-processed event.
    expect((await deliver(body, hmacBase64(body, kardsKey))).outcome).toBe("duplicate");
  });

  it("refuses when the provider has since delivered the same event validly", async () => {
    const { event: rejected } = await deliver(body, hmacBase64(body, kardsKey));
    configureKardWebhookKey(kardsKey);
    const { event: genuine } = await deliver(body, hmacBase64(body, kardsKey));

    const error = (await rejection(reprocessWebhookEvent(rejected.id, actor))) as OperationError;

    expect(error.code).toBe("ALREADY_RECEIVED");
    expect(error.message).toContain(genuine.id);
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: rejected.id } })).toMatchObject({ status: "REJECTED" });
  });
});

describe("reprocessWebhookEvent: verified events", () => {
  it("applies a FAILED event again once the failure is gone", async () => {
    await seedKardTransaction(db, "tx-f");
    const body = kardNotification("clawback", "n-failed", { transactionId: "tx-f" });
    vi.spyOn(kardWebhooks, "apply").mockRejectedValueOnce(new Error("database was locked"));
    const { event } = await deliver(body);
    expect(event).toMatchObject({ status: "FAILED", error: "database was locked" });

    const done = await reprocessWebhookEvent(event.id, actor);

    expect(done).toMatchObject({ status: "APPLIED", error: null });
    expect(await statusOf("tx-f")).toBe("CLAWED_BACK");
  });

  it("marks the event FAILED and reports APPLY_FAILED when applying fails again", async () => {
    const { event } = await deliver(kardNotification("clawback", "n-fails-again", { transactionId: "tx-x" }));
    vi.spyOn(kardWebhooks, "apply").mockRejectedValueOnce(new Error("still broken"));

    expect(await rejection(reprocessWebhookEvent(event.id, actor))).toMatchObject({ code: "APPLY_FAILED" });
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "FAILED", error: "still broken" });
    expect(await lastAudit()).toMatchObject({ action: "kard.webhook.reprocess", outcome: "FAILED", errorCode: "APPLY_FAILED" });
  });

  it("re-applies an APPLIED event idempotently", async () => {
    await seedKardTransaction(db, "tx-a");
    const { event } = await deliver(kardNotification("earnedRewardSettled", "n-applied", { transactionId: "tx-a" }));

    await reprocessWebhookEvent(event.id, actor);

    expect(await statusOf("tx-a")).toBe("REWARD_SETTLED");
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "APPLIED", deliveries: 1 });
  });

  it("goes ahead after a key rotation for an event verified when received, and says so", async () => {
    const { event } = await deliver(kardNotification("auditUpdate", "n-rotated"));
    configureKardWebhookKey("rotated-key");

    const done = await reprocessWebhookEvent(event.id, actor);

    expect(done).toMatchObject({ status: "APPLIED", signatureStatus: "VALID" });
    expect((await lastAudit()).message).toContain("no longer verifies with the current key");
  });

  it("reports an unknown event as NOT_FOUND", async () => {
    expect(await rejection(reprocessWebhookEvent("no-such-id", actor))).toMatchObject({ code: "NOT_FOUND" });
  });
});
