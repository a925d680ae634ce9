import { describe, expect, it } from "vitest";
import { NOTIFICATION_TYPES } from "./schemas/common";
import { parseKardWebhookEvent } from "./webhook-events";

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
