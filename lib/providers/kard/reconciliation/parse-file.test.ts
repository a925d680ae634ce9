import { describe, expect, it } from "vitest";
import { filePeriod } from "./file-period";
import { parseReconciliationFile, ReconciliationFileError } from "./parse-file";

const plain = (rows: ReturnType<typeof parseReconciliationFile>["rows"]) =>
  rows.map((r) => ({ ...r, rewardCents: r.rewardCents?.toString(), transactionAmountCents: r.transactionAmountCents?.toString() }));

describe("parseReconciliationFile", () => {
  it("reads a daily JSON file whose rows sit under `records`, each row's eventType deciding its kind", () => {
    const content = JSON.stringify({
      fileName: "cardlinked-reconciliation-260310-settled.json",
      records: [
        {
          notificationId: "n-1",
          eventType: "earnedRewardSettled",
          transactionId: "tx-1",
          userId: "u-1",
          merchantName: "BaaS Pro Shops",
          transactionAmountInCents: 10000,
          commissionEarned: { issuer: { type: "cents", value: 2500 }, user: { type: "cents", value: 2000 } },
          timestamp: "2026-03-10T15:00:00.000Z",
        },
        { eventType: "clawback", transactionId: "tx-2", commissionEarned: { type: "cents", value: 300 } },
        { eventType: "somethingElse", transactionId: "tx-3" },
        { eventType: "earnedRewardSettled" },
      ],
    });
    const parsed = parseReconciliationFile(content, { fileName: "cardlinked-reconciliation-260310-settled.json", fileType: "earnedRewardSettledDailyReconciliationFile" });
    expect(parsed.format).toBe("json");
    expect(parsed.skippedRows).toEqual([4]);
    expect(plain(parsed.rows)).toEqual([
      {
        ref: "row 1",
        kind: "earnedRewardSettled",
        transactionId: "tx-1",
        notificationId: "n-1",
        userId: "u-1",
        merchantName: "BaaS Pro Shops",
        rewardCents: "2000",
        transactionAmountCents: "10000",
        at: "2026-03-10T15:00:00.000Z",
      },
      expect.objectContaining({ ref: "row 2", kind: "clawback", transactionId: "tx-2", rewardCents: "300" }),
      // A kind the settled file does not cover falls back to the file's default kind.
      expect.objectContaining({ ref: "row 3", kind: "earnedRewardSettled", transactionId: "tx-3", rewardCents: undefined }),
    ]);
  });

  it("reads a bare JSON array and gives rows without an event type the file type's kind", () => {
    const parsed = parseReconciliationFile(JSON.stringify([{ transaction_id: "tx-1" }]), {
      fileName: "cardlinked-reconciliation-260310",
      fileType: "earnedRewardApprovedDailyReconciliationFile",
      contentType: "application/json",
    });
    expect(parsed.rows).toEqual([expect.objectContaining({ kind: "earnedRewardApproved", transactionId: "tx-1" })]);
  });

  it("reads a monthly CSV with papaparse: header names in any case, quoted fields, a byte-order mark", () => {
    const csv = [
      "\uFEFFtransactionId,userId,merchantName,transactionAmountInCents,issuerCommissionInCents,User_Commission_In_Cents,transactionTimestamp,paymentStatus",
      'tx-1,u-1,"Hilltop BBQ, Atlanta",10000,2500,2000,2026-02-03T10:00:00.000Z,PENDING',
      "tx-2,u-2,Cinema,4000,400,not-a-number,2026-02-04T10:00:00.000Z,PAID_IN_FULL",
      "",
    ].join("\r\n");
    const parsed = parseReconciliationFile(csv, { fileName: "cardlinked-reconciliation-2602.csv", fileType: "monthlyReconciliationFile" });
    expect(parsed.format).toBe("csv");
    expect(plain(parsed.rows)).toEqual([
      expect.objectContaining({ kind: "earnedRewardSettled", transactionId: "tx-1", merchantName: "Hilltop BBQ, Atlanta", rewardCents: "2000", transactionAmountCents: "10000" }),
      expect.objectContaining({ transactionId: "tx-2", rewardCents: undefined }),
    ]);
  });

  it("refuses content that is not readable as its format", () => {
    const file = { fileName: "cardlinked-reconciliation-260310.json", fileType: "earnedRewardApprovedDailyReconciliationFile" } as const;
    expect(() => parseReconciliationFile("{not json", file)).toThrow(ReconciliationFileError);
    expect(() => parseReconciliationFile(JSON.stringify({ total: 3 }), file)).toThrow(/no list of rows/);
  });
});

describe("filePeriod", () => {
  const sentAt = new Date("2026-03-11T09:30:00Z");

  it("reads the day of a daily file and the month of a monthly file from the documented name", () => {
    expect(filePeriod("cardlinked-reconciliation-260310-settled.json", "earnedRewardSettledDailyReconciliationFile", sentAt)).toEqual({
      start: new Date("2026-03-10T00:00:00Z"),
      end: new Date("2026-03-11T00:00:00Z"),
      source: "fileName",
    });
    expect(filePeriod("cardlinked-reconciliation-2512.csv", "monthlyReconciliationFile", sentAt)).toEqual({
      start: new Date("2025-12-01T00:00:00Z"),
      end: new Date("2026-01-01T00:00:00Z"),
      source: "fileName",
    });
  });

  it("falls back to the send date when the name does not follow the convention or names no real date", () => {
    expect(filePeriod("rewards.json", "earnedRewardApprovedDailyReconciliationFile", sentAt)).toEqual({
      start: new Date("2026-03-10T00:00:00Z"),
      end: new Date("2026-03-11T00:00:00Z"),
      source: "sentAt",
    });
    expect(filePeriod("cardlinked-reconciliation-261340.json", "earnedRewardApprovedDailyReconciliationFile", sentAt).source).toBe("sentAt");
    expect(filePeriod("cardlinked-reconciliation-260310.csv", "monthlyReconciliationFile", new Date("2026-03-16T09:30:00Z"))).toEqual({
      start: new Date("2026-02-01T00:00:00Z"),
      end: new Date("2026-03-01T00:00:00Z"),
      source: "sentAt",
    });
  });
});
