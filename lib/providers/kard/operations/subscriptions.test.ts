import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { OperationError } from "@/lib/errors";
import { resetSandbox, sandboxFor } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { NOTIFICATION_TYPES } from "../schemas/common";
import { consoleWebhookUrl, createSubscription, listSubscriptions, pointAllAtConsole, updateSubscription } from "./subscriptions";
import { providerClient } from "@/lib/providers/registry";
import { providerRejection, rejection } from "@/lib/testing/rejection";

/**
 * Subscription operations against the in-process Kard sandbox (the same one the console mounts)
 * with a real SQLite database for the audit trail.
 */
const who = { staff: { id: "admin-1", email: "admin@demo.test", role: "ADMIN" }, context: { ip: "127.0.0.1", userAgent: "vitest" } };
const CONSOLE_ORIGIN = "http://localhost:4555";
const ELSEWHERE = "https://old-issuer.example/kard";

let testDb: TestDatabase;
let db: PrismaClient;
const savedAppUrl = process.env.APP_URL;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  process.env.APP_URL = CONSOLE_ORIGIN;
  resetSandbox("kard");
  await db.auditEvent.deleteMany();
});

/** As a new issuer at Kard: no subscription (the console's sandbox starts subscribed to itself). */
const withoutSubscriptions = () => sandboxFor("kard")!.control!("clear-subscriptions", {});
afterEach(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

const auditRows = () => db.auditEvent.findMany({ orderBy: { seq: "asc" } });
const atKard = async () => (await providerClient("kard").getSubscriptions()).data;


describe("the console's sandbox as it starts", () => {
  it("is subscribed to this console's receiver for every event type, so pointing all at it changes nothing", async () => {
    const listed = await listSubscriptions();
    expect(listed.map((s) => s.eventName)).toEqual([...NOTIFICATION_TYPES]);
    expect(listed.every((s) => s.webhookUrl === `${CONSOLE_ORIGIN}/api/webhooks/kard` && s.enabled && s.pointsAtConsole)).toBe(true);

    const result = await pointAllAtConsole({}, who);
    expect(result.changes.map((c) => c.change)).toEqual(NOTIFICATION_TYPES.map(() => "unchanged"));
    expect(await auditRows()).toEqual([]);
  });
});

describe("createSubscription", () => {
  beforeEach(withoutSubscriptions);

  it("subscribes a URL to one event type, audited with the console's change shown on the list", async () => {
    const created = await createSubscription({ eventName: "clawback", webhookUrl: "https://issuer.example/hooks", enabled: true }, who);
    expect(created.attributes).toEqual({ eventName: "clawback", webhookUrl: "https://issuer.example/hooks", enabled: true });
    expect(await atKard()).toEqual([created]);

    const rows = await auditRows();
    expect(rows.map((r) => [r.action, r.outcome, r.target, r.actorEmail])).toEqual([
      ["kard.subscription.create", "REQUESTED", "kard-subscription:clawback", "admin@demo.test"],
      ["kard.subscription.create", "SUCCEEDED", "kard-subscription:clawback", "admin@demo.test"],
    ]);
    const [view] = await listSubscriptions();
    expect(view).toMatchObject({ id: created.id, eventName: "clawback", pointsAtConsole: false, updated: null });
    expect(view.created).toEqual({ at: rows[1].createdAt.toISOString(), by: "admin@demo.test" });
  });

  it("accepts http only for localhost, and sends nothing for another URL", async () => {
    await createSubscription({ eventName: "auditUpdate", webhookUrl: "http://localhost:3000/api/webhooks/kard", enabled: false }, who);
    for (const webhookUrl of ["http://issuer.example/hooks", "ftp://issuer.example/hooks", "not a url"]) {
      const error = await rejection(createSubscription({ eventName: "clawback", webhookUrl, enabled: true }, who));
      expect(error).toBeInstanceOf(OperationError);
      expect((error as OperationError).code).toBe("INVALID_WEBHOOK_URL");
    }
    expect((await atKard()).map((s) => s.attributes.eventName)).toEqual(["auditUpdate"]);
  });

  it("records Kard's 409 for a second subscription of the same event type as FAILED", async () => {
    await createSubscription({ eventName: "clawback", webhookUrl: "https://a.example/hooks", enabled: true }, who);
    const error = await providerRejection(createSubscription({ eventName: "clawback", webhookUrl: "https://b.example/hooks", enabled: true }, who));
    expect(error.httpStatus).toBe(409);
    const last = (await auditRows()).at(-1)!;
    expect([last.action, last.outcome, last.errorCode]).toEqual(["kard.subscription.create", "FAILED", "HTTP_409"]);
  });
});

describe("updateSubscription", () => {
  beforeEach(withoutSubscriptions);

  it("switches a subscription off and changes its URL, auditing the values before and after", async () => {
    const { id } = await createSubscription({ eventName: "earnedRewardSettled", webhookUrl: "https://a.example/hooks", enabled: true }, who);
    const off = await updateSubscription({ subscriptionId: id, enabled: false }, who);
    expect(off.attributes).toEqual({ eventName: "earnedRewardSettled", webhookUrl: "https://a.example/hooks", enabled: false });
    const moved = await updateSubscription({ subscriptionId: id, webhookUrl: "https://b.example/hooks" }, who);
    expect(moved.attributes.webhookUrl).toBe("https://b.example/hooks");
    expect(await atKard()).toEqual([moved]);

    const rows = (await auditRows()).filter((r) => r.action === "kard.subscription.update");
    expect(rows.map((r) => r.outcome)).toEqual(["REQUESTED", "SUCCEEDED", "REQUESTED", "SUCCEEDED"]);
    expect(rows.filter((r) => r.outcome === "REQUESTED").map((r) => JSON.parse(r.requestSummary!))).toEqual([
      { subscriptionId: id, eventName: "earnedRewardSettled", before: { webhookUrl: "https://a.example/hooks", enabled: true }, changes: { enabled: false } },
      { subscriptionId: id, eventName: "earnedRewardSettled", before: { webhookUrl: "https://a.example/hooks", enabled: false }, changes: { webhookUrl: "https://b.example/hooks" } },
    ]);
    expect((await listSubscriptions())[0].updated?.at).toBe(rows[3].createdAt.toISOString());
  });

  it("sends nothing when the change is what Kard already has", async () => {
    const { id } = await createSubscription({ eventName: "clawback", webhookUrl: "https://a.example/hooks", enabled: true }, who);
    const before = (await auditRows()).length;
    await updateSubscription({ subscriptionId: id, enabled: true, webhookUrl: "https://a.example/hooks" }, who);
    expect(await auditRows()).toHaveLength(before);
  });

  it("refuses an unknown subscription and an invalid URL before any write", async () => {
    const unknown = await rejection(updateSubscription({ subscriptionId: "no-such-id", enabled: false }, who));
    expect((unknown as OperationError).code).toBe("NOT_FOUND");
    const { id } = await createSubscription({ eventName: "clawback", webhookUrl: "https://a.example/hooks", enabled: true }, who);
    const invalid = await rejection(updateSubscription({ subscriptionId: id, webhookUrl: "http://a.example/hooks" }, who));
    expect((invalid as OperationError).code).toBe("INVALID_WEBHOOK_URL");
    expect((await auditRows()).filter((r) => r.action === "kard.subscription.update")).toEqual([]);
  });
});

describe("pointAllAtConsole", () => {
  beforeEach(withoutSubscriptions);

  it("creates the missing subscriptions and repoints the others, then changes nothing on a second run", async () => {
    expect(consoleWebhookUrl()).toBe(`${CONSOLE_ORIGIN}/api/webhooks/kard`);
    const stale = await createSubscription({ eventName: "earnedRewardApproved", webhookUrl: ELSEWHERE, enabled: false }, who);
    const current = await createSubscription({ eventName: "clawback", webhookUrl: consoleWebhookUrl(), enabled: true }, who);
    const auditBefore = (await auditRows()).length;

    const first = await pointAllAtConsole({}, who);
    expect(first.webhookUrl).toBe(`${CONSOLE_ORIGIN}/api/webhooks/kard`);
    expect(first.changes.map((c) => [c.eventName, c.change])).toEqual(
      NOTIFICATION_TYPES.map((eventName) => [eventName, eventName === "earnedRewardApproved" ? "updated" : eventName === "clawback" ? "unchanged" : "created"]),
    );
    expect(first.changes.find((c) => c.eventName === "earnedRewardApproved")).toEqual({
      eventName: "earnedRewardApproved",
      change: "updated",
      subscriptionId: stale.id,
      before: { webhookUrl: ELSEWHERE, enabled: false },
    });

    const subscriptions = await atKard();
    expect(subscriptions).toHaveLength(NOTIFICATION_TYPES.length);
    expect(subscriptions.every((s) => s.attributes.webhookUrl === consoleWebhookUrl() && s.attributes.enabled)).toBe(true);
    expect(subscriptions.find((s) => s.attributes.eventName === "clawback")?.id).toBe(current.id);
    // 5 creates + 1 update, each REQUESTED + SUCCEEDED.
    expect((await auditRows()).length - auditBefore).toBe(12);

    const auditAfterFirst = (await auditRows()).length;
    const second = await pointAllAtConsole({}, who);
    expect(second.changes.every((c) => c.change === "unchanged")).toBe(true);
    expect(await atKard()).toEqual(subscriptions);
    expect(await auditRows()).toHaveLength(auditAfterFirst);
    expect((await listSubscriptions()).every((s) => s.pointsAtConsole)).toBe(true);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("refuses when this console's own origin is not https or localhost", async () => {
    process.env.APP_URL = "http://console.internal:3000";
    const error = await rejection(pointAllAtConsole({}, who));
    expect((error as OperationError).code).toBe("INVALID_WEBHOOK_URL");
    expect(await atKard()).toEqual([]);
  });
});
