import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, MAX_CSV_ROWS, TRANSACTIONS_CSV_TEMPLATE, parseTransactionsCsv } from "./transaction-csv";
import { dollarsToCents } from "./transaction-events";
import { buildPresetSequence } from "./transaction-presets";

const HEADER = CSV_COLUMNS.join(",");
const row = (over: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}) => {
  const values: Record<string, string> = {
    userId: "user-1",
    transactionId: "t-1",
    status: "APPROVED",
    amount: "12.50",
    currency: "USD",
    description: "Hilltop BBQ",
    cardBIN: "123456",
    cardLastFour: "4321",
    direction: "DEBIT",
    eventAt: "2026-01-15T17:48:06Z",
    authorizedAt: "",
    merchantId: "542814140150267",
    mcc: "5812",
    ...over,
  };
  return CSV_COLUMNS.map((c) => (values[c].includes(",") ? `"${values[c]}"` : values[c])).join(",");
};

describe("parseTransactionsCsv", () => {
  it("reads the template: a dual-message purchase in cents with the dates each status needs", () => {
    const { events, errors, rowCount } = parseTransactionsCsv(TRANSACTIONS_CSV_TEMPLATE);
    expect(errors).toEqual([]);
    expect(rowCount).toBe(2);
    expect(events.map((e) => [e.line, e.status, e.amountCents, e.eventAt.toISOString(), e.authorizedAt?.toISOString()])).toEqual([
      [2, "APPROVED", 10_000, "2026-01-15T17:48:06.000Z", undefined],
      [3, "SETTLED", 10_000, "2026-01-16T17:48:06.000Z", "2026-01-15T17:48:06.000Z"],
    ]);
  });

  it("accepts quoted commas, a BOM, blank lines and omitted optional columns", () => {
    const csv = `\uFEFFuserId,transactionId,status,amount,description,cardBIN,cardLastFour,eventAt\n\nu-1,t-9,RETURNED,5,"Pixel & Page, Inc",123456,4321,2026-01-15T17:48:06+02:00\n`;
    const { events, errors } = parseTransactionsCsv(csv);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({ description: "Pixel & Page, Inc", amountCents: 500, currency: "USD", direction: "DEBIT", eventAt: new Date("2026-01-15T15:48:06Z") });
  });

  it("reports each bad row with its line and keeps the good ones", () => {
    const csv = [
      HEADER,
      row(),
      row({ status: "PENDING" }),
      row({ amount: "12.345" }),
      row({ cardBIN: "12345" }),
      row({ eventAt: "2026-01-15 17:48" }),
      row({ currency: "usd" }),
      "user-1,t-2,APPROVED",
    ].join("\n");
    const { events, errors } = parseTransactionsCsv(csv);

    expect(events.map((e) => e.line)).toEqual([2]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(errors[0].message).toMatch(/^status must be one of APPROVED/);
    expect(errors[1].message).toMatch(/^amount "12.345" is not an amount/);
    expect(errors[2].message).toMatch(/cardBIN/);
    expect(errors[3].message).toMatch(/^eventAt must be an ISO 8601 date/);
    expect(errors[4].message).toMatch(/currency/);
    expect(errors[5].message).toMatch(/Too few fields/);
  });

  it("refuses files without the required columns or with unknown ones", () => {
    expect(parseTransactionsCsv("userId,amount\nu,1").errors).toEqual([{ line: 0, message: expect.stringMatching(/^Missing columns: transactionId, status, description/) }]);
    expect(parseTransactionsCsv(`${HEADER},tip\n${row()},1`).errors).toEqual([{ line: 0, message: "Unknown column: tip." }]);
    expect(parseTransactionsCsv(HEADER).errors).toEqual([{ line: 0, message: "The file has no transaction rows." }]);
  });

  it("holds at most 500 rows, one Create Incoming Transactions call", () => {
    const lines = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => row({ transactionId: `t-${i}` }))].join("\n");
    expect(parseTransactionsCsv(lines(MAX_CSV_ROWS)).events).toHaveLength(500);
    const over = parseTransactionsCsv(lines(MAX_CSV_ROWS + 1));
    expect(over.events).toEqual([]);
    expect(over.errors).toEqual([{ line: 0, message: "A file holds at most 500 transactions (got 501); split it." }]);
  });
});

describe("dollarsToCents", () => {
  it("converts dollar amounts to integer cents without binary floats", () => {
    expect(dollarsToCents("0.29")).toBe(29);
    expect(dollarsToCents("0.1")).toBe(10);
    expect(dollarsToCents("19.99")).toBe(1999);
    expect(dollarsToCents(" 100 ")).toBe(10_000);
    expect(() => dollarsToCents("1.999")).toThrow(RangeError);
    expect(() => dollarsToCents("-5")).toThrow(RangeError);
    expect(() => dollarsToCents("1e3")).toThrow(RangeError);
  });
});

describe("buildPresetSequence", () => {
  const base = { userId: "u", transactionId: "t", amountCents: 9_999, currency: "USD", description: "Hilltop BBQ", direction: "DEBIT" as const, cardBIN: "123456", cardLastFour: "4321" };
  const at = new Date("2026-03-01T12:00:00Z");
  const shape = (preset: Parameters<typeof buildPresetSequence>[0]) =>
    buildPresetSequence(preset, base, at).map((e) => [e.status, e.amountCents, e.direction, e.eventAt.toISOString(), e.authorizedAt?.toISOString()]);

  it("builds the documented UAT sequences of one purchase, the last event at the base time", () => {
    expect(shape("dual-settled")).toEqual([
      ["APPROVED", 9_999, "DEBIT", "2026-03-01T11:00:00.000Z", undefined],
      ["SETTLED", 9_999, "DEBIT", "2026-03-01T12:00:00.000Z", "2026-03-01T11:00:00.000Z"],
    ]);
    expect(shape("dual-declined").map((s) => s[0])).toEqual(["APPROVED", "DECLINED"]);
    expect(shape("dual-reversed").map((s) => s[0])).toEqual(["APPROVED", "REVERSED"]);
    expect(shape("pin-debit")).toEqual([["SETTLED", 9_999, "DEBIT", "2026-03-01T12:00:00.000Z", "2026-03-01T12:00:00.000Z"]]);
    expect(shape("refund")).toEqual([["RETURNED", 9_999, "CREDIT", "2026-03-01T12:00:00.000Z", undefined]]);
  });

  it("splits the multiple settlements 75 % / remainder so they add up to the authorization", () => {
    expect(shape("multiple-settlements")).toEqual([
      ["APPROVED", 9_999, "DEBIT", "2026-03-01T10:00:00.000Z", undefined],
      ["SETTLED", 7_499, "DEBIT", "2026-03-01T11:00:00.000Z", "2026-03-01T10:00:00.000Z"],
      ["SETTLED", 2_500, "DEBIT", "2026-03-01T12:00:00.000Z", "2026-03-01T10:00:00.000Z"],
    ]);
    expect(buildPresetSequence("dual-settled", base, at).every((e) => e.transactionId === "t")).toBe(true);
  });
});
