import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/db";
import { clearKardEnv, configureKardWebhookKey, hmacBase64, KARD_USER, kardNotification, seedKardTransaction } from "../test-fixtures";
import type { WebhookToApply } from "../types";
import { applyKardWebhook, parseKardWebhook, verifyKardWebhook } from "./kard";

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

describe("verifyKardWebhook", () => {
  afterEach(clearKardEnv);

  it("checks notify-signature against the sandbox key, whatever the header's case", () => {
    const body = kardNotification("clawback", "n-1", { transactionId: "t-1" });
    expect(verifyKardWebhook(body, new Headers({ "Notify-Signature": hmacBase64(body) }))).toBe("VALID");
    expect(verifyKardWebhook(body, new Headers({ "notify-signature": hmacBase64(body, "another-key") }))).toBe("INVALID");
    expect(verifyKardWebhook(body, new Headers())).toBe("MISSING");
  });

  it("uses the webhook key configured for live Kard", () => {
    configureKardWebhookKey("live-webhook-key");
    const body = kardNotification("clawback", "n-1");
    expect(verifyKardWebhook(body, new Headers({ "notify-signature": hmacBase64(body, "live-webhook-key") }))).toBe("VALID");
    expect(verifyKardWebhook(body, new Headers({ "notify-signature": hmacBase64(body) }))).toBe("INVALID");
  });
});

describe("parseKardWebhook", () => {
  it("reads a spec-shaped notification: id, type, user and transaction", () => {
    expect(parseKardWebhook(kardNotification("earnedRewardSettled", "n-2", { transactionId: "console-tx-1" }))).toEqual({
      ok: true,
      event: { eventId: "n-2", type: "earnedRewardSettled", relatedUserId: KARD_USER, relatedRecord: { type: "transaction", id: "console-tx-1" } },
    });
  });

  it("keeps the guide's example that lacks the transaction relationship", () => {
    expect(parseKardWebhook(GUIDE_APPROVED)).toEqual({
      ok: true,
      event: { eventId: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98", type: "earnedRewardApproved", relatedUserId: "sandbox-{issuerName}-new-customer", relatedRecord: undefined },
    });
  });

  it.each([
    ["not JSON", "{data:", "The body is not JSON."],
    ["no data.id", JSON.stringify({ data: { type: "clawback" } }), "data.id and data.type are required"],
  ])("refuses a body that is %s", (_, raw, reason) => {
    const parsed = parseKardWebhook(raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });
});

describe("applyKardWebhook", () => {
  let testDb: ReturnType<typeof createTestDatabase>;
  let db: PrismaClient;
  beforeAll(() => {
    testDb = createTestDatabase();
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
  const apply = (e: WebhookToApply) => db.$transaction((tx) => applyKardWebhook(e, tx));
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
