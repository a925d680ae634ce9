import { createHmac } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import type { WebhookToApply } from "@/lib/webhooks/types";
import { NOTIFICATION_TYPES } from "./schemas/common";
import { clearKardEnv, configureKardWebhookKey, hmacBase64, KARD_USER, kardNotification, seedKardTransaction } from "./testing/webhooks";
import { KARD_SIGNATURE_HEADER, kardWebhooks, parseKardWebhookEvent, verifyKardSignature } from "./webhooks";

// The guide's "Ingest Earned Reward Approved Notification Webhook" example, verbatim: it has no
// `transaction` relationship (the spec requires one) and shares its id with the Settled example.
const GUIDE_APPROVED = `{
"data": {
"type": "earnedRewardApproved",
"attributes": {
"attributionUrl": "www.attribution.com/token",
"message": "Congrats! You have earned a pending reward on your purchase at BaaS Pro Shops!",
"name": "BaaS Pro Shops",
"surveyUrl": "www.survey.com"
},
"id": "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
"relationships": {
"user": {
"data": {
"type": "user",
"id": "sandbox-{issuerName}-new-customer"
}
}
}
}
}`;

describe("kardWebhooks.verify", () => {
  afterEach(clearKardEnv);

  it("checks notify-signature against the sandbox key, whatever the header's case", () => {
    const body = kardNotification("clawback", "n-1", { transactionId: "t-1" });
    expect(kardWebhooks.verify(body, new Headers({ "Notify-Signature": hmacBase64(body) }))).toBe("VALID");
    expect(kardWebhooks.verify(body, new Headers({ "notify-signature": hmacBase64(body, "another-key") }))).toBe("INVALID");
    expect(kardWebhooks.verify(body, new Headers())).toBe("MISSING");
  });

  it("uses the webhook key configured for live Kard", () => {
    configureKardWebhookKey("live-webhook-key");
    const body = kardNotification("clawback", "n-1");
    expect(kardWebhooks.verify(body, new Headers({ "notify-signature": hmacBase64(body, "live-webhook-key") }))).toBe("VALID");
    expect(kardWebhooks.verify(body, new Headers({ "notify-signature": hmacBase64(body) }))).toBe("INVALID");
  });
});

describe("kardWebhooks.parse", () => {
  it("reads a spec-shaped notification: id, type, user and transaction", () => {
    expect(kardWebhooks.parse(kardNotification("earnedRewardSettled", "n-2", { transactionId: "console-tx-1" }))).toEqual({
      ok: true,
      event: { eventId: "n-2", type: "earnedRewardSettled", relatedUserId: KARD_USER, relatedRecord: { type: "transaction", id: "console-tx-1" } },
    });
  });

  it("keeps the guide's example that lacks the transaction relationship", () => {
    expect(kardWebhooks.parse(GUIDE_APPROVED)).toEqual({
      ok: true,
      event: { eventId: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98", type: "earnedRewardApproved", relatedUserId: "sandbox-{issuerName}-new-customer", relatedRecord: undefined },
    });
  });

  it.each([
    ["not JSON", "{data:", "The body is not JSON."],
    ["no data.id", JSON.stringify({ data: { type: "clawback" } }), "data.id and data.type are required"],
  ])("refuses a body that is %s", (_, raw, reason) => {
    const parsed = kardWebhooks.parse(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });
});

describe("kardWebhooks.apply", () => {
  let testDb: TestDatabase;
  let db: PrismaClient;
  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
  });
  afterAll(() => testDb.dispose());
  beforeEach(() => db.kardTransaction.deleteMany());

  const event = (type: string, transactionId: string | undefined, userId: string | undefined = KARD_USER): WebhookToApply => ({
    id: "row-1",
    provider: "kard",
    eventId: `n-${type}`,
    type,
    relatedUserId: userId,
    relatedRecord: transactionId ? { type: "transaction", id: transactionId } : undefined,
  });
  const apply = (e: WebhookToApply) => db.$transaction((tx) => kardWebhooks.apply(e, tx));
  const statusOf = async (transactionId: string, userId = KARD_USER) =>
    (await db.kardTransaction.findFirstOrThrow({ where: { transactionId, userId } })).status;

  it.each([
    ["earnedRewardApproved", "REWARD_APPROVED"],
    ["earnedRewardSettled", "REWARD_SETTLED"],
    ["validTransaction", "VALIDATED"],
    ["failedTransaction", "VALIDATION_FAILED"],
    ["clawback", "CLAWED_BACK"],
  ])("%s sets the local transaction's status to %s", async (type, status) => {
    await seedKardTransaction(db, "tx-1");
    expect(await apply(event(type, "tx-1"))).toEqual({ localChange: "kardTransaction.status", transactionId: "tx-1", status, rowsUpdated: 1 });
    expect(await statusOf("tx-1")).toBe(status);
  });

  it("is idempotent and never moves a transaction back to an earlier stage", async () => {
    await seedKardTransaction(db, "tx-2");
    await apply(event("earnedRewardSettled", "tx-2"));
    await apply(event("earnedRewardSettled", "tx-2"));
    expect(await statusOf("tx-2")).toBe("REWARD_SETTLED");

    expect(await apply(event("earnedRewardApproved", "tx-2"))).toMatchObject({ rowsUpdated: 0 });
    expect(await statusOf("tx-2")).toBe("REWARD_SETTLED");

    await apply(event("clawback", "tx-2"));
    await apply(event("validTransaction", "tx-2"));
    expect(await statusOf("tx-2")).toBe("CLAWED_BACK");
  });

  it("touches only the named user's transaction with that id", async () => {
    await seedKardTransaction(db, "tx-3");
    await seedKardTransaction(db, "tx-3", { userId: "someone-else" });
    await apply(event("earnedRewardSettled", "tx-3"));
    expect(await statusOf("tx-3")).toBe("REWARD_SETTLED");
    expect(await statusOf("tx-3", "someone-else")).toBe("APPROVED");
  });

  it("changes nothing for notifications without a transaction, or of other types", async () => {
    await seedKardTransaction(db, "tx-4");
    expect(await apply(event("earnedRewardApproved", undefined))).toEqual({ localChange: "none" });
    expect(await apply({ ...event("auditUpdate", undefined), relatedRecord: { type: "audit", id: "a-1" } })).toEqual({ localChange: "none" });
    expect(await apply(event("offerExpired", "tx-4"))).toEqual({ localChange: "none" });
    expect(await statusOf("tx-4")).toBe("APPROVED");
  });

  it("reports zero rows when the console has no such transaction", async () => {
    expect(await apply(event("earnedRewardSettled", "not-ours"))).toMatchObject({ rowsUpdated: 0 });
  });
});

const signatureKey = "kard_sandbox_webhook_key";
// Compact JSON, as Kard's recipe signs JSON.stringify of the body.
const signedBody = JSON.stringify({
  data: {
    type: "earnedRewardApproved",
    id: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98",
    attributes: { message: "Congrats!", name: "BaaS Pro Shops", attributionUrl: "www.attribution.com/token" },
    relationships: {
      user: { data: { type: "user", id: "438103" } },
      transaction: { data: { type: "transaction", id: "sandbox-web-313" } },
    },
  },
});
// Computed independently of the module under test, exactly as the guide's recipe does.
const validSignature = createHmac("sha256", signatureKey).update(signedBody).digest("base64");

describe("verifyKardSignature (guide: Notifications › Webhook Authentication)", () => {
  it("uses the documented header name", () => {
    expect(KARD_SIGNATURE_HEADER).toBe("notify-signature");
  });

  it("accepts the HMAC-SHA256 base64 of the raw body", () => {
    expect(verifyKardSignature(signedBody, validSignature, signatureKey)).toBe("VALID");
  });

  it("refuses a tampered body", () => {
    const tampered = signedBody.replace("BaaS Pro Shops", "BaaS Pro Shop$");
    expect(verifyKardSignature(tampered, validSignature, signatureKey)).toBe("INVALID");
  });

  it("refuses a signature made with another key", () => {
    const forged = createHmac("sha256", "another-key").update(signedBody).digest("base64");
    expect(verifyKardSignature(signedBody, forged, signatureKey)).toBe("INVALID");
  });

  it("refuses a hex digest and a truncated signature (different lengths)", () => {
    expect(verifyKardSignature(signedBody, createHmac("sha256", signatureKey).update(signedBody).digest("hex"), signatureKey)).toBe("INVALID");
    expect(verifyKardSignature(signedBody, validSignature.slice(0, -2), signatureKey)).toBe("INVALID");
  });

  it("verifies the raw bytes, not a re-serialisation", () => {
    const pretty = JSON.stringify(JSON.parse(signedBody), null, 2);
    expect(verifyKardSignature(pretty, validSignature, signatureKey)).toBe("INVALID");
  });

  it("reports a missing or empty header as MISSING", () => {
    expect(verifyKardSignature(signedBody, null, signatureKey)).toBe("MISSING");
    expect(verifyKardSignature(signedBody, "", signatureKey)).toBe("MISSING");
  });
});

const rel = (type: string, id: string) => ({ data: { type, id } });
const meta = { issuerId: "org_sandbox", issuerName: "sandbox" };
const earned = { message: "Congrats!", name: "BaaS Pro Shops", attributionUrl: "https://attribution.getkard.com/p.png?token=t" };
const failed = { message: "Sorry", reason: "Transaction amount below minimum", name: "Hilltop BBQ" };
const cents = (value: number) => ({ type: "cents", value });

/** One spec-conformant body per NotificationType (Notification Webhook `NotificationDataUnion`). */
const BODIES = {
  earnedRewardApproved: { attributes: earned, relationships: { user: rel("user", "u-1"), transaction: rel("transaction", "t-1") } },
  earnedRewardSettled: {
    attributes: { ...earned, commissionEarned: cents(2000) },
    relationships: { user: rel("user", "u-1"), transaction: rel("transaction", "t-1") },
  },
  validTransaction: {
    attributes: { ...earned, commissionEarned: { issuer: cents(300), user: cents(2000) } },
    relationships: { user: rel("user", "u-1"), offer: rel("offer", "o-1"), transaction: rel("transaction", "t-1") },
  },
  failedTransaction: { attributes: failed, relationships: { user: rel("user", "u-1"), offer: rel("offer", "o-1"), transaction: rel("transaction", "t-1") } },
  clawback: { attributes: failed, relationships: { user: rel("user", "u-1"), offer: rel("offer", "o-1"), transaction: rel("transaction", "t-1") } },
  auditUpdate: {
    attributes: { status: "CLOSED", auditCode: 3006, merchantName: "Hilltop BBQ", auditDescription: "missing", transactionId: "t-1", resolutionCode: 5009 },
    relationships: { user: rel("user", "u-1"), audit: rel("audit", "a-1") },
  },
  fileProcessingResult: {
    attributes: { fileName: "cardlinked-reconciliation-260430.json", sentAt: "2026-05-01T04:30:00Z", lastModified: "2026-05-01T04:30:00Z", downloadUrl: "https://x/y" },
  },
} as const;

const EXPECTED_RELATED: Record<keyof typeof BODIES, { type: string; id: string }> = {
  earnedRewardApproved: { type: "transaction", id: "t-1" },
  earnedRewardSettled: { type: "transaction", id: "t-1" },
  validTransaction: { type: "transaction", id: "t-1" },
  failedTransaction: { type: "transaction", id: "t-1" },
  clawback: { type: "transaction", id: "t-1" },
  auditUpdate: { type: "audit", id: "a-1" },
  fileProcessingResult: { type: "file", id: "cardlinked-reconciliation-260430.json" },
};

describe("parseKardWebhookEvent", () => {
  it("covers every notification type of the spec", () => {
    expect(Object.keys(BODIES).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });

  it.each(Object.keys(BODIES) as (keyof typeof BODIES)[])("reads %s: event id, user and related record", (type) => {
    const body = { data: { type, id: `n-${type}`, ...BODIES[type] }, meta };
    const parsed = parseKardWebhookEvent(body);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.event).toMatchObject({
      eventId: `n-${type}`,
      type,
      userId: type === "fileProcessingResult" ? undefined : "u-1",
      relatedRecord: EXPECTED_RELATED[type],
    });
    expect(parsed.event.notification?.data.type).toBe(type);
  });

  it("keeps a delivery that deviates from the spec, without the strict parse", () => {
    const body = { data: { type: "earnedRewardApproved", id: "n-1", attributes: { message: "Congrats!" }, relationships: { user: rel("user", "u-1") } } };
    const parsed = parseKardWebhookEvent(body);
    expect(parsed).toEqual({ ok: true, event: { eventId: "n-1", type: "earnedRewardApproved", userId: "u-1", relatedRecord: undefined, notification: undefined } });
  });

  it("keeps a notification type newer than the spec", () => {
    const parsed = parseKardWebhookEvent({ data: { type: "offerExpired", id: "n-2", relationships: { user: rel("user", "u-9"), transaction: rel("transaction", "t-9") } } });
    expect(parsed).toMatchObject({ ok: true, event: { eventId: "n-2", type: "offerExpired", userId: "u-9", relatedRecord: { type: "transaction", id: "t-9" } } });
  });

  it.each([
    ["no data", {}],
    ["no id", { data: { type: "clawback" } }],
    ["empty type", { data: { type: "", id: "n-3" } }],
    ["not an object", "earnedRewardApproved"],
  ])("refuses a body with %s", (_, body) => {
    expect(parseKardWebhookEvent(body)).toMatchObject({ ok: false });
  });
});
