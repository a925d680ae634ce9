import { createHmac } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import Papa from "papaparse";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OperationError } from "@/lib/errors";
import { sandboxFor } from "@/lib/sandbox/mount";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { kardWebhooks } from "@/lib/providers/kard/webhooks";
import type { KardIncomingTransaction } from "../schemas/transactions";
import { resetKardSandbox } from "../testing/operations";
import { findFile, listFiles, openFileDownload, reconcileKardFile, type FileRow } from "./files";
import { providerClient } from "@/lib/providers/registry";

/**
 * Reconciliation files end to end: transactions submitted through the client to the in-process
 * sandbox, its signed notifications stored through the webhook inbox, the day's files generated
 * by the sandbox's control action, then listed, downloaded and compared.
 */
const who = { staff: { id: "support-1", email: "support@demo.test", role: "SUPPORT" }, context: { ip: "127.0.0.1", userAgent: "vitest" } };
const USER = "sandbox-sandbox-new-customer";
const WEBHOOK_KEY = "kard_sandbox_webhook_key";

let testDb: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());

async function control<T>(action: string, body: unknown = {}): Promise<T> {
  const response = await sandboxFor("kard")!.control!(action, body);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

function purchase(transactionId: string, status: "APPROVED" | "SETTLED", amount: number, merchant: string): KardIncomingTransaction {
  const at = new Date().toISOString();
  return {
    type: "transaction",
    id: `${transactionId}-${status}`,
    attributes: {
      userId: USER,
      amount,
      status,
      currency: "USD",
      description: merchant,
      cardBIN: "123456",
      cardLastFour: "4321",
      direction: "DEBIT",
      paymentType: "CARD",
      transactionId,
      mcc: "5942",
      authorizationDate: at,
      ...(status === "SETTLED" ? { settledDate: at } : {}),
    },
  };
}

/** Stores a notification through the inbox, exactly as POST /api/webhooks/kard would. */
async function deliver(rawBody: string, signature = createHmac("sha256", WEBHOOK_KEY).update(rawBody).digest("base64")) {
  const result = await receiveWebhook({ ...kardWebhooks, rawBody, headers: new Headers({ "notify-signature": signature }) });
  expect(result.outcome).toBe("applied");
}

interface SandboxNotification {
  id: string;
  type: string;
  body: string;
  payload: { data: { relationships: { transaction: { data: { id: string } } } } };
}

const transactionOf = (n: SandboxNotification) => n.payload.data.relationships.transaction.data.id;

/** The file of `type` for today (daily) or this month (monthly), which the sandbox generated. */
async function filesOfToday(type: FileRow["type"]): Promise<FileRow> {
  const { files } = await listFiles({ type });
  const yymmdd = new Date().toISOString().slice(2, 10).replace(/-/g, "");
  const period = type === "monthlyReconciliationFile" ? `-${yymmdd.slice(0, 4)}.` : `-${yymmdd}-`;
  const file = files.find((f) => f.fileName.includes(period));
  expect(file, `no ${type} file for today`).toBeDefined();
  return file!;
}

describe("reconciliation files against the sandbox", () => {
  let notifications: SandboxNotification[];

  beforeAll(async () => {
    await resetKardSandbox();
    await db.webhookEvent.deleteMany();
    const client = providerClient("kard");
    const baas = (status: "APPROVED" | "SETTLED") => purchase("purchase-a", status, 10000, "BaaS Pro Shops");
    const books = (status: "APPROVED" | "SETTLED") => purchase("purchase-b", status, 5000, "Brightline Books");
    await client.createIncomingTransactions([baas("APPROVED"), books("APPROVED")]);
    await client.createIncomingTransactions([baas("SETTLED"), books("SETTLED")]);
    ({ data: notifications } = await control<{ data: SandboxNotification[] }>("notifications"));
    expect(notifications.map((n) => [n.type, transactionOf(n)])).toEqual([
      ["earnedRewardApproved", "purchase-a"],
      ["earnedRewardApproved", "purchase-b"],
      ["earnedRewardSettled", "purchase-a"],
      ["earnedRewardSettled", "purchase-b"],
    ]);

    // The console received: both approvals but purchase-b's, purchase-a's settlement as sent, a
    // settlement of purchase-b with another amount (under another id), and one settlement the
    // sandbox never sent.
    const [approvedA, , settledA, settledB] = notifications;
    await deliver(approvedA.body);
    await deliver(settledA.body);
    const altered = JSON.parse(settledB.body);
    altered.data.id = "altered-settlement-b";
    altered.data.attributes.commissionEarned.value -= 1;
    await deliver(JSON.stringify(altered));
    const ghost = JSON.parse(settledA.body);
    ghost.data.id = "ghost-settlement";
    ghost.data.relationships.transaction.data.id = "purchase-ghost";
    await deliver(JSON.stringify(ghost));
    // A forged delivery (bad signature) is stored REJECTED and is no evidence of a reward.
    const forged = JSON.parse(settledB.body);
    forged.data.id = "forged";
    await receiveWebhook({ ...kardWebhooks, rawBody: JSON.stringify(forged), headers: new Headers({ "notify-signature": "bm9wZQ==" }) });

    const month = new Date().toISOString().slice(0, 7);
    await control("generate-files", { date: new Date().toISOString().slice(0, 10), month });
  });

  beforeEach(async () => {
    await db.auditEvent.deleteMany();
  });

  it("lists the files by type, newest first, without their signed links", async () => {
    const { files } = await listFiles({});
    expect(new Set(files.map((f) => f.type))).toEqual(
      new Set(["earnedRewardApprovedDailyReconciliationFile", "earnedRewardSettledDailyReconciliationFile", "validatedTransactionDailyReconciliationFile", "monthlyReconciliationFile"]),
    );
    expect(JSON.stringify(files)).not.toContain("signature=");
    const sent = files.map((f) => f.sentAt);
    expect([...sent].sort().reverse()).toEqual(sent);
    const monthly = await listFiles({ type: "monthlyReconciliationFile" });
    expect(monthly.files.length).toBeGreaterThan(0);
    expect(monthly.files.every((f) => f.type === "monthlyReconciliationFile" && f.typeLabel === "Monthly (EOM)")).toBe(true);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect((await listFiles({ from: day(1), to: day(2) })).files).toEqual([]);
    expect((await listFiles({ from: day(0), to: day(0) })).files.length).toBeGreaterThanOrEqual(4);
  });

  it("pages through the files with Kard's cursors", async () => {
    const first = await listFiles({ size: 2 });
    expect(first.files).toHaveLength(2);
    expect(first.next).toBeDefined();
    const second = await listFiles({ size: 2, after: first.next });
    expect(second.files.map((f) => f.id)).not.toContain(first.files[0].id);
    expect(second.prev).toBeDefined();
  });

  it("compares the settled file: matched, an amount mismatch, and a settlement only in the webhooks", async () => {
    const file = await filesOfToday("earnedRewardSettledDailyReconciliationFile");
    const { reconciliation } = await reconcileKardFile({ id: file.id, type: file.type, sent: file.sentAt }, who);
    expect(reconciliation.format).toBe("json");
    expect(reconciliation.period.source).toBe("fileName");
    expect(reconciliation.counts).toEqual({ matched: 1, amountMismatch: 1, fileOnly: 0, webhookOnly: 1 });
    const byStatus = Object.fromEntries(reconciliation.lines.map((l) => [l.status, l]));
    expect(byStatus.matched.transactionId).toBe("purchase-a");
    expect(byStatus.amountMismatch.transactionId).toBe("purchase-b");
    expect(byStatus.amountMismatch.file!.rewardCents!.minus(byStatus.amountMismatch.webhook!.rewardCents!).toNumber()).toBe(1);
    expect(byStatus.webhookOnly.transactionId).toBe("purchase-ghost");

    const audit = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audit.map((r) => [r.action, r.outcome, r.target])).toEqual([
      ["kard.file.download", "REQUESTED", `kard-file:${file.id}`],
      ["kard.file.download", "SUCCEEDED", `kard-file:${file.id}`],
    ]);
    expect(JSON.parse(audit[0].requestSummary!)).toEqual({ fileId: file.id, fileName: file.fileName, fileType: file.type, purpose: "reconciliation" });
    expect(audit.map((r) => `${r.requestSummary}${r.responseSummary}`).join("")).not.toContain("signature=");
  });

  it("compares the approved file: the approval the console never received is in the file only", async () => {
    const file = await filesOfToday("earnedRewardApprovedDailyReconciliationFile");
    const { reconciliation } = await reconcileKardFile({ id: file.id, type: file.type, sent: file.sentAt }, who);
    expect(reconciliation.counts).toEqual({ matched: 1, amountMismatch: 0, fileOnly: 1, webhookOnly: 0 });
    expect(reconciliation.lines.find((l) => l.status === "fileOnly")?.transactionId).toBe("purchase-b");
  });

  it("compares the monthly CSV with the month's settlements", async () => {
    const file = await filesOfToday("monthlyReconciliationFile");
    expect(file.fileName).toMatch(/^cardlinked-reconciliation-\d{4}\.csv$/);
    const { reconciliation } = await reconcileKardFile({ id: file.id, type: file.type, sent: file.sentAt }, who);
    expect(reconciliation.format).toBe("csv");
    expect(reconciliation.fileRows).toBe(2);
    expect(reconciliation.counts).toEqual({ matched: 1, amountMismatch: 1, fileOnly: 0, webhookOnly: 1 });
  });

  it("streams a download of the file as Kard stores it, audited", async () => {
    const file = await filesOfToday("monthlyReconciliationFile");
    const { response, file: row } = await openFileDownload({ id: file.id }, who);
    expect(row.fileName).toBe(file.fileName);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const rows = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.transactionId).sort()).toEqual(["purchase-a", "purchase-b"]);
    const audit = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(audit.map((r) => [r.action, r.outcome])).toEqual([
      ["kard.file.download", "REQUESTED"],
      ["kard.file.download", "SUCCEEDED"],
    ]);
    expect(JSON.parse(audit[0].requestSummary!).purpose).toBe("download");
  });

  it("refuses a file id Kard does not list", async () => {
    await expect(findFile({ id: "000000000000000000000000", type: "monthlyReconciliationFile" })).rejects.toBeInstanceOf(OperationError);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
