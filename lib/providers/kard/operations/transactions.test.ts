import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OperationError } from "@/lib/errors";
import { clearFaults, addFault } from "@/lib/sandbox/faults";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { rejection } from "@/lib/testing/rejection";
import { requestTransactionAudit } from "./audit-request";
import { earnedRewards } from "./earned-rewards";
import { flagFraudulentTransaction } from "./fraud-flag";
import { pressOfferCta } from "./offer-actions";
import { reconcileSubmission } from "./reconcile-submission";
import { submitTransactionSequence, submitTransactions } from "./submit-transactions";
import type { TransactionEventInput } from "./transaction-events";
import { buildPresetSequence } from "./transaction-presets";
import { OPERATOR, kardSandboxState, resetKardSandbox } from "@/lib/providers/kard/testing/operations";
import { BAAS_PRO_SHOPS, NEW_CUSTOMER, SUNRISE_COFFEE } from "@/lib/providers/kard/testing/personas";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(async () => {
  await resetKardSandbox();
  await db.auditEvent.deleteMany();
  await db.kardTransaction.deleteMany();
});
afterEach(() => {
  clearFaults("kard");
  delete process.env.PROVIDER_TIMEOUT_MS;
});

const NOW = Date.now();
function event(overrides: Partial<TransactionEventInput> = {}): TransactionEventInput {
  return {
    userId: NEW_CUSTOMER,
    transactionId: "purchase-1",
    status: "APPROVED",
    amountCents: 2500,
    currency: "USD",
    description: SUNRISE_COFFEE.name,
    direction: "DEBIT",
    cardBIN: "411111",
    cardLastFour: "4321",
    eventAt: new Date(NOW - 3_600_000),
    ...overrides,
  };
}

type Notification = { type: string; payload: { data: { relationships?: { transaction?: { data: { id: string } } } } } };
const notificationsOf = async (transactionId: string) =>
  (await kardSandboxState<{ notifications: Notification[] }>()).notifications.filter((n) => n.payload.data.relationships?.transaction?.data.id === transactionId).map((n) => n.type);

describe("submitTransactions", () => {
  it("stores one row per event, marks them ACCEPTED, and an activated offer's purchase earns a reward", async () => {
    await pressOfferCta({ userId: NEW_CUSTOMER, offerId: SUNRISE_COFFEE.id, action: "activate" }, OPERATOR);

    const approved = await submitTransactions({ events: [event()], origin: "FORM" }, OPERATOR);
    const settled = await submitTransactions({ events: [event({ status: "SETTLED", eventAt: new Date(NOW - 60_000), authorizedAt: new Date(NOW - 3_600_000) })], origin: "FORM" }, OPERATOR);

    expect(approved).toMatchObject({ accepted: 1, rejected: [], unknown: 0 });
    expect(settled).toMatchObject({ accepted: 1, rejected: [], unknown: 0 });
    const rows = await db.kardTransaction.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.eventId, r.transactionId, r.submittedStatus, r.submission, r.accepted, r.amountCents, r.origin])).toEqual([
      [approved.eventIds[0], "purchase-1", "APPROVED", "ACCEPTED", true, 2500, "FORM"],
      [settled.eventIds[0], "purchase-1", "SETTLED", "ACCEPTED", true, 2500, "FORM"],
    ]);
    expect(await notificationsOf("purchase-1")).toEqual(["earnedRewardApproved", "earnedRewardSettled"]);
    const { rewards } = await earnedRewards({ userId: NEW_CUSTOMER });
    expect(rewards).toEqual([
      expect.objectContaining({ transactionId: "purchase-1", merchantName: SUNRISE_COFFEE.name, transactionAmountCents: 2500, userCommissionCents: 250, issuerCommissionCents: 313, status: "SETTLED", purchaseChannel: ["INSTORE"] }),
    ]);
    const audits = await db.auditEvent.findMany({ where: { action: "kard.transaction.submit" }, orderBy: { seq: "asc" } });
    expect(audits.map((a) => a.outcome)).toEqual(["REQUESTED", "SUCCEEDED", "REQUESTED", "SUCCEEDED"]);
  });

  it("marks only the refused event REJECTED with Kard's words when the answer is 207", async () => {
    const result = await submitTransactions({ events: [event({ transactionId: "ok-1" }), event({ transactionId: "bad-1", userId: "not-enrolled" })], origin: "CSV" }, OPERATOR);

    expect(result.accepted).toBe(1);
    expect(result.rejected).toEqual([{ eventId: result.eventIds[1], transactionId: "bad-1", status: "APPROVED", message: expect.stringContaining("not-enrolled") }]);
    const rows = await db.kardTransaction.findMany({ orderBy: { transactionId: "asc" } });
    expect(rows.map((r) => [r.transactionId, r.submission, r.accepted, r.errorCode])).toEqual([
      ["bad-1", "REJECTED", false, "HTTP_400"],
      ["ok-1", "ACCEPTED", true, null],
    ]);
  });

  it("keeps every row REJECTED with its own error when Kard refuses the whole request", async () => {
    await expect(submitTransactions({ events: [event({ userId: "ghost-1" }), event({ userId: "ghost-2" })], origin: "CSV" }, OPERATOR)).rejects.toMatchObject({ code: "HTTP_400" });
    const rows = await db.kardTransaction.findMany({ orderBy: { userId: "asc" } });
    expect(rows.map((r) => [r.submission, r.error?.includes(r.userId)])).toEqual([
      ["REJECTED", true],
      ["REJECTED", true],
    ]);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ action: "kard.transaction.submit", outcome: "FAILED" });
  });

  it("records UNKNOWN when Kard applied the events but the answer was lost", async () => {
    process.env.PROVIDER_TIMEOUT_MS = "300";
    addFault("kard", { fault: { kind: "lost-response" }, method: "POST", pathIncludes: "/transactions", count: 1 });

    const result = await submitTransactions({ events: [event({ transactionId: "lost-1" })], origin: "FORM" }, OPERATOR);

    expect(result).toMatchObject({ accepted: 0, unknown: 1 });
    expect(await db.kardTransaction.findFirstOrThrow()).toMatchObject({ submission: "UNKNOWN", accepted: false, errorCode: "TIMEOUT" });
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ outcome: "UNKNOWN" });
    const { events } = await kardSandboxState<{ events: { transactionId: string }[] }>();
    expect(events.map((e) => e.transactionId)).toEqual(["lost-1"]);
  });

  it("refuses invalid events and batches over 500 before storing or sending anything", async () => {
    const bad = await rejection(submitTransactions({ events: [event(), event({ cardBIN: "12345" })], origin: "CSV" }, OPERATOR));
    expect(bad).toBeInstanceOf(OperationError);
    expect(bad).toMatchObject({ code: "INVALID_TRANSACTION", fieldErrors: { "events.1": [expect.stringContaining("cardBIN")] } });

    const many = Array.from({ length: 501 }, (_, i) => event({ transactionId: `bulk-${i}` }));
    await expect(submitTransactions({ events: many, origin: "CSV" }, OPERATOR)).rejects.toMatchObject({ code: "BATCH_LIMIT_EXCEEDED" });
    await expect(submitTransactions({ events: [], origin: "CSV" }, OPERATOR)).rejects.toMatchObject({ code: "EMPTY_BATCH" });

    expect(await db.kardTransaction.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
    expect((await kardSandboxState<{ events: unknown[] }>()).events).toEqual([]);
  });

  it("sends exactly 500 events in one call", async () => {
    const many = Array.from({ length: 500 }, (_, i) => event({ transactionId: `bulk-${i}`, description: "Unknown Merchant" }));
    const result = await submitTransactions({ events: many, origin: "CSV" }, OPERATOR);
    expect(result.accepted).toBe(500);
    expect(await db.kardTransaction.count({ where: { submission: "ACCEPTED" } })).toBe(500);
  });
});

describe("reconcileSubmission: an UNKNOWN event is resent under its own id, never received twice", () => {
  const eventsAtKard = async (transactionId: string) =>
    (await kardSandboxState<{ events: { transactionId: string }[] }>()).events.filter((e) => e.transactionId === transactionId).length;
  const lostSubmission = async (kind: "lost-response" | "timeout", transactionId: string) => {
    process.env.PROVIDER_TIMEOUT_MS = "300";
    addFault("kard", { fault: { kind }, method: "POST", pathIncludes: "/transactions", count: 1 });
    await submitTransactions({ events: [event({ transactionId })], origin: "FORM" }, OPERATOR);
    return db.kardTransaction.findFirstOrThrow({ where: { transactionId } });
  };

  it("marks it ACCEPTED from Kard's 409 when only the answer was lost", async () => {
    const row = await lostSubmission("lost-response", "lost-2");

    expect(await reconcileSubmission({ id: row.id }, OPERATOR)).toMatchObject({ submission: "ACCEPTED", accepted: true, errorCode: null });
    expect(await eventsAtKard("lost-2")).toBe(1);
    const rows = await db.auditEvent.findMany({ where: { action: "kard.transaction.reconcile" }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => `${r.outcome}${r.errorCode ? ` ${r.errorCode}` : ""}`)).toEqual(["REQUESTED", "FAILED HTTP_409"]);
  });

  it("sends it once when Kard never received it, and refuses a settled row", async () => {
    const row = await lostSubmission("timeout", "never-1");
    expect(await eventsAtKard("never-1")).toBe(0);

    expect(await reconcileSubmission({ id: row.id }, OPERATOR)).toMatchObject({ submission: "ACCEPTED", accepted: true });
    expect(await eventsAtKard("never-1")).toBe(1);
    expect(await rejection(reconcileSubmission({ id: row.id }, OPERATOR))).toMatchObject({ code: "NOT_RECONCILABLE" });
  });

  it("keeps it UNKNOWN while Kard cannot be asked (429), and REJECTED when Kard refuses the event", async () => {
    const row = await lostSubmission("timeout", "ghost-2");
    addFault("kard", { fault: { kind: "status", status: 429, retryAfterSeconds: 0 }, method: "POST", pathIncludes: "/transactions", count: 1 });
    await expect(reconcileSubmission({ id: row.id }, OPERATOR)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await db.kardTransaction.findUniqueOrThrow({ where: { id: row.id } })).submission).toBe("UNKNOWN");

    await db.kardTransaction.update({ where: { id: row.id }, data: { wireItem: row.wireItem!.replace(NEW_CUSTOMER, "not-enrolled") } });
    expect(await reconcileSubmission({ id: row.id }, OPERATOR)).toMatchObject({ submission: "REJECTED", accepted: false, errorCode: expect.any(String) });
  });
});

describe("submitTransactionSequence", () => {
  const base = { userId: NEW_CUSTOMER, amountCents: 10_000, currency: "USD", description: BAAS_PRO_SHOPS.name, direction: "DEBIT" as const, cardBIN: "123456", cardLastFour: "4321" };

  it("plays the single-auth, multiple-settlements case: one approval, then 75 % and 25 % settlements", async () => {
    const events = buildPresetSequence("multiple-settlements", { ...base, transactionId: "multi-1" }, new Date(NOW));
    const result = await submitTransactionSequence({ events: events, origin: "PRESET:multiple-settlements" }, OPERATOR);

    expect(result).toMatchObject({ accepted: 3, rejected: [], unknown: 0 });
    const rows = await db.kardTransaction.findMany({ orderBy: { eventAt: "asc" } });
    expect(rows.map((r) => [r.submittedStatus, r.amountCents, r.origin])).toEqual([
      ["APPROVED", 10_000, "PRESET:multiple-settlements"],
      ["SETTLED", 7_500, "PRESET:multiple-settlements"],
      ["SETTLED", 2_500, "PRESET:multiple-settlements"],
    ]);
    // BaaS Pro Shops pays a FLAT $20 once per purchase, whatever the number of settlements.
    expect(await notificationsOf("multi-1")).toEqual(["earnedRewardApproved", "earnedRewardSettled"]);
  });

  it("plays approve → decline, which claws back the approved reward", async () => {
    const events = buildPresetSequence("dual-declined", { ...base, transactionId: "declined-1" }, new Date(NOW));
    await submitTransactionSequence({ events: events, origin: "PRESET:dual-declined" }, OPERATOR);
    expect(await notificationsOf("declined-1")).toEqual(["earnedRewardApproved", "clawback"]);
  });

  it("stops at the first event Kard refuses", async () => {
    const events = buildPresetSequence("dual-settled", { ...base, userId: "ghost", transactionId: "ghost-1" }, new Date(NOW));
    const result = await submitTransactionSequence({ events: events, origin: "PRESET:dual-settled" }, OPERATOR);

    expect(result.accepted).toBe(0);
    expect(result.rejected).toEqual([{ eventId: null, transactionId: "ghost-1", status: "APPROVED", message: expect.stringContaining("ghost") }]);
    expect(await db.kardTransaction.count()).toBe(1);
  });
});

describe("fraud flag and audit request", () => {
  it("flags a rewarded transaction (Kard claws it back) and marks the console's rows", async () => {
    await submitTransactionSequence({ events: buildPresetSequence("pin-debit", { ...event(), description: BAAS_PRO_SHOPS.name, transactionId: "fraud-1" }, new Date(NOW)), origin: "PRESET:pin-debit" }, OPERATOR);

    expect(await flagFraudulentTransaction({ userId: NEW_CUSTOMER, transactionId: "fraud-1" }, OPERATOR)).toBe(1);

    expect((await db.kardTransaction.findFirstOrThrow({ where: { transactionId: "fraud-1" } })).fraudFlaggedAt).toBeInstanceOf(Date);
    expect(await notificationsOf("fraud-1")).toEqual(["earnedRewardSettled", "clawback"]);
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ action: "kard.transaction.fraud-flag", outcome: "SUCCEEDED", target: "kard-transaction:fraud-1" });
  });

  it("refuses to flag a transaction Kard never received", async () => {
    await expect(flagFraudulentTransaction({ userId: NEW_CUSTOMER, transactionId: "never-sent" }, OPERATOR)).rejects.toMatchObject({ code: "HTTP_400" });
  });

  it("requests an audit and keeps its id on the transaction's rows", async () => {
    await submitTransactions({ events: [event({ transactionId: "audit-1", description: BAAS_PRO_SHOPS.name })], origin: "FORM" }, OPERATOR);

    const auditId = await requestTransactionAudit(
      { userId: NEW_CUSTOMER, transactionId: "audit-1", auditCode: 3006, merchantName: BAAS_PRO_SHOPS.name, auditDescription: "Cashback missing after purchase" },
      OPERATOR,
    );

    expect(auditId).toMatch(/^[0-9a-f]{24}$/);
    expect((await db.kardTransaction.findFirstOrThrow({ where: { transactionId: "audit-1" } })).auditId).toBe(auditId);
    const { audits } = await kardSandboxState<{ audits: { id: string; auditCode: number; status: string }[] }>();
    expect(audits).toEqual([expect.objectContaining({ id: auditId, auditCode: 3006, status: "NEW" })]);
    await expect(
      requestTransactionAudit({ userId: NEW_CUSTOMER, transactionId: "audit-1", auditCode: 8001, merchantName: "X", auditDescription: "again" }, OPERATOR),
    ).rejects.toMatchObject({ code: "HTTP_409" });
  });
});
