import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { AuditEvent } from "@prisma/client";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import {
  AUDIT_CSV_COLUMNS,
  auditEventsToCsv,
  auditFilterSchema,
  queryAuditEvents,
  streamAuditCsv,
  streamAuditEvents,
  type AuditFilterInput,
} from "./query";
import { recordAudit, type AuditEntry } from "./record";

const op = { staff: { id: "u-op", email: "op@example.com", role: "OPERATOR" } };
const support = { staff: { id: "u-sup", email: "support@example.com", role: "SUPPORT" } };
const admin = { id: "u-adm", email: "admin@example.com", role: "ADMIN" };

const seed: [string, AuditEntry][] = [
  ["2024-05-01T08:00:00.000Z", { actor: op, action: "ktn.order.purchase", outcome: "SUCCEEDED", target: "order-1", durationMs: 120 }],
  ["2024-05-01T23:30:00.000Z", { actor: support, action: "kard.user.enroll", outcome: "FAILED", errorCode: "HTTP_400" }],
  ["2024-05-02T00:00:00.000Z", { actor: SYSTEM_ACTOR, action: "kard.webhook.receive", outcome: "SUCCEEDED" }],
  ["2024-05-03T12:00:00.000Z", { actor: op, action: "kvitka.withdraw.init", outcome: "DENIED", target: 'a,"b"', message: "=HYPERLINK(\"x\")" }],
  ["2024-05-04T09:00:00.000Z", { actor: { staff: admin, context: { ip: "10.0.0.9", userAgent: "Edge" } }, action: "staff.user.create", outcome: "SUCCEEDED" }],
];

let testDb: TestDatabase;
let stored: AuditEvent[];

beforeAll(async () => {
  testDb = await createTestDatabase();
  stored = [];
  vi.useFakeTimers({ toFake: ["Date"] });
  for (const [at, entry] of seed) {
    vi.setSystemTime(new Date(at));
    stored.push(await recordAudit(entry));
  }
  vi.useRealTimers();
});
afterAll(() => testDb.dispose());

/** Seed indexes (0-based, oldest first) of the events a query returned. */
const indexes = (events: AuditEvent[]) => events.map((e) => stored.findIndex((s) => s.id === e.id));
const find = async (filter: AuditFilterInput) => indexes((await queryAuditEvents({ limit: 50, ...filter })).events);

describe("queryAuditEvents", () => {
  it("pages newest first with a seq cursor", async () => {
    const first = await queryAuditEvents({ limit: 2 });
    expect(indexes(first.events)).toEqual([4, 3]);
    expect(first.nextCursor).toBe(stored[3].seq);
    const second = await queryAuditEvents({ limit: 2, cursor: first.nextCursor! });
    expect(indexes(second.events)).toEqual([2, 1]);
    const last = await queryAuditEvents({ limit: 2, cursor: second.nextCursor! });
    expect(indexes(last.events)).toEqual([0]);
    expect(last.nextCursor).toBeNull();
    expect((await queryAuditEvents({ limit: 5 })).nextCursor).toBeNull();
  });

  it("filters by actor email part or actor id, action, provider and outcome", async () => {
    expect(await find({ actor: "op@" })).toEqual([3, 0]);
    expect(await find({ actor: "u-sup" })).toEqual([1]);
    expect(await find({ action: "kard.user.enroll" })).toEqual([1]);
    expect(await find({ provider: "kard" })).toEqual([2, 1]);
    expect(await find({ outcome: "SUCCEEDED" })).toEqual([4, 2, 0]);
    expect(await find({ actor: "op@", outcome: "SUCCEEDED" })).toEqual([0]);
  });

  it("filters by an inclusive date range; a date-only `to` covers the whole UTC day", async () => {
    expect(await find({ to: "2024-05-01" })).toEqual([1, 0]);
    expect(await find({ from: "2024-05-02" })).toEqual([4, 3, 2]);
    expect(await find({ from: "2024-05-01T23:30:00.000Z", to: "2024-05-02T00:00:00.000Z" })).toEqual([2, 1]);
    expect(await find({ from: new Date("2024-05-03T00:00:00Z"), to: new Date("2024-05-03T23:59:59Z") })).toEqual([3]);
  });
});

describe("auditFilterSchema", () => {
  it("reads search params: empty fields mean no filter, numbers come as text", () => {
    expect(auditFilterSchema.parse({ actor: "", action: "", provider: "", outcome: "", from: "", to: "", cursor: "", limit: "20" })).toEqual({
      limit: 20,
    });
    expect(auditFilterSchema.parse({ cursor: "7" })).toEqual({ cursor: 7, limit: 50 });
  });

  it("refuses values outside the closed lists and the limit range", () => {
    for (const bad of [{ action: "ktn.order.delete" }, { provider: "paypal" }, { outcome: "OK" }, { limit: 0 }, { limit: 201 }, { from: "not a date" }, { cursor: "-1" }]) {
      expect(auditFilterSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("CSV export", () => {
  it("writes the documented columns, safely quoted and formula-escaped", async () => {
    const events = (await queryAuditEvents({ limit: 50 })).events;
    const parsed = Papa.parse<Record<string, string>>(auditEventsToCsv(events), { header: true });
    expect(parsed.meta.fields).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(5);
    const denied = parsed.data.find((row) => row.outcome === "DENIED")!;
    expect(denied).toMatchObject({
      seq: String(stored[3].seq),
      createdAt: "2024-05-03T12:00:00.000Z",
      actorEmail: "op@example.com",
      role: "OPERATOR",
      action: "kvitka.withdraw.init",
      provider: "kvitka",
      target: 'a,"b"',
      message: "'=HYPERLINK(\"x\")",
      hash: stored[3].hash,
    });
    expect(parsed.data.find((row) => row.action === "staff.user.create")).toMatchObject({ ip: "10.0.0.9", userAgent: "Edge", provider: "" });
  });

  it("streams every matching row in batches, ignoring the page cursor and limit", async () => {
    const batches: number[][] = [];
    for await (const batch of streamAuditEvents({ cursor: stored[1].seq, limit: 1 }, { batchSize: 2 })) batches.push(indexes(batch));
    expect(batches).toEqual([[4, 3], [2, 1], [0]]);

    const kard: number[][] = [];
    for await (const batch of streamAuditEvents({ provider: "kard" }, { batchSize: 2 })) kard.push(indexes(batch));
    expect(kard).toEqual([[2, 1]]);
  });

  it("streams the same CSV as one-shot export", async () => {
    let csv = "";
    for await (const chunk of streamAuditCsv({}, { batchSize: 2 })) csv += chunk;
    expect(csv).toBe(auditEventsToCsv((await queryAuditEvents({ limit: 50 })).events));

    let none = "";
    for await (const chunk of streamAuditCsv({ action: "kvitka.code.reveal" })) none += chunk;
    expect(none).toBe(AUDIT_CSV_COLUMNS.join(","));
  });
});
