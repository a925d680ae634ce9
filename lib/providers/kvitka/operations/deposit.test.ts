import type { PrismaClient } from "@prisma/client";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ProviderError } from "@/lib/providers/provider-error";
import { addFault } from "@/lib/sandbox/faults";
import { createTestDatabase } from "@/lib/testing/db";
import { DEPOSIT_UNKNOWN_NOTE, depositConfirm, depositInit, depositReject } from "./deposit";
import { checkDepositLimits } from "./deposit-limits";
import { storedCode } from "./operation-record";
import { DEPOSIT_SETTLED_NOTE } from "./statuses";
import { reconcileDeposit } from "./reconcile";
import { allAuditText, kvitkaHarness, mintPartnerCode, resetKvitka, sandboxOperation } from "./test-fixture";

let testDb: ReturnType<typeof createTestDatabase>;
let db: PrismaClient;

beforeAll(() => {
  testDb = createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(() => resetKvitka(db));
afterEach(() => {
  delete process.env.KVITKA_MAX_POINTS_PER_OPERATION;
  delete process.env.KVITKA_MAX_POINTS_PER_DAY;
});

describe("deposit: a partner's code → our points", () => {
  it("verifies a code into pending_deposit with KvitkaCard's points, then confirms it: points may be credited", async () => {
    const { who, sent } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode("176.32");

    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);
    // The documentation's example: 176.32 KvitkaCoins credit 88.16 points at the receiving business.
    expect(pending).toMatchObject({ direction: "DEPOSIT", status: "pending_deposit", providerOperationId: operation_id, codeLast4: transaction_code.slice(-4) });
    expect(pending.pointsAmount?.toFixed(2)).toBe("88.16");
    expect(pending.amountKc?.toFixed(2)).toBe("176.32");
    expect(pending.pointsSettledNote).toBeNull();
    expect(storedCode(pending)).toBe(transaction_code);
    expect((await checkDepositLimits("88.16", pending.id)).ok).toBe(true);

    const completed = await depositConfirm(pending.id, who);
    expect(completed).toMatchObject({ status: "completed", pointsSettledNote: DEPOSIT_SETTLED_NOTE, pendingStep: null });
    expect(completed.settledAt).toBeInstanceOf(Date);
    expect(sent.at(-1)).toEqual({
      path: "/deposit/confirm.php",
      body: { api_token: "kvitka_sandbox_token", operation_id, transaction_code },
    });
    expect((await sandboxOperation(operation_id))?.status).toBe("completed");
    expect(await allAuditText(db)).not.toContain(transaction_code);
  });

  it("refuses a second deposit of a spent code, and keeps the refused attempt as failed", async () => {
    const { who } = kvitkaHarness();
    const { transaction_code } = await mintPartnerCode();
    await depositConfirm((await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who)).id, who);

    const error = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "CODE_ALREADY_USED", outcome: "failed" });
    const statuses = (await db.kvitkaOperation.findMany({ orderBy: { createdAt: "asc" } })).map((o) => o.status);
    expect(statuses).toEqual(["completed", "failed"]);
    expect(await allAuditText(db)).not.toContain(transaction_code);
  });

  it("rejects with a reason: the code stays valid and can be deposited again", async () => {
    const { who } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);

    const rejected = await depositReject(pending.id, "Over our promotional cap", who);

    expect(rejected).toMatchObject({ status: "rejected", rejectReason: "Over our promotional cap", pointsSettledNote: null });
    expect(await sandboxOperation(operation_id)).toMatchObject({ status: "holding", depositor: null });
    const again = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);
    expect(again.status).toBe("pending_deposit");
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.deposit.reject", outcome: "REQUESTED" } });
    expect(JSON.parse(row.requestSummary!)).toEqual({ operation_id, codeLast4: transaction_code.slice(-4), reason: "Over our promotional cap" });
  });

  it("refuses a second open deposit of a code already pending here", async () => {
    const { who } = kvitkaHarness();
    const { transaction_code } = await mintPartnerCode();
    const first = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);

    await expect(depositInit({ transactionCode: transaction_code, customerRef: "customer-8" }, who)).rejects.toMatchObject({ code: "DUPLICATE_DEPOSIT" });
    expect((await db.kvitkaOperation.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("pending_deposit");
  });
});

describe("deposit limits (ours: per operation and per UTC day)", () => {
  it("refuses to confirm beyond the per-operation maximum, sending nothing; reject stays possible", async () => {
    process.env.KVITKA_MAX_POINTS_PER_OPERATION = "50";
    const { who, count } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode("176.32");
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);

    expect(await checkDepositLimits("88.16", pending.id)).toMatchObject({ withinPerOperation: false, perOperationMax: "50.00", ok: false });
    await expect(depositConfirm(pending.id, who)).rejects.toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(count("/deposit/confirm.php")).toBe(0);
    expect((await sandboxOperation(operation_id))?.status).toBe("pending_deposit");
    expect((await depositReject(pending.id, "Above 50 points per deposit", who)).status).toBe("rejected");
  });

  it("counts today's completed deposits against the daily maximum, not yesterday's", async () => {
    process.env.KVITKA_MAX_POINTS_PER_DAY = "150";
    const { who } = kvitkaHarness();
    const first = await depositInit({ transactionCode: (await mintPartnerCode("176.32")).transaction_code, customerRef: "c1" }, who);
    await depositConfirm(first.id, who);
    const second = await depositInit({ transactionCode: (await mintPartnerCode("176.32")).transaction_code, customerRef: "c2" }, who);

    expect(await checkDepositLimits("88.16", second.id)).toMatchObject({ creditedToday: "88.16", remainingToday: "61.84", withinPerDay: false, ok: false });
    await expect(depositConfirm(second.id, who)).rejects.toMatchObject({ code: "LIMIT_EXCEEDED" });

    const yesterday = new Date(Date.now() - 86_400_000);
    await db.kvitkaOperation.update({ where: { id: first.id }, data: { settledAt: yesterday } });
    expect(await checkDepositLimits("88.16", second.id)).toMatchObject({ creditedToday: "0.00", ok: true });
    expect((await depositConfirm(second.id, who)).status).toBe("completed");
  });

  it("refuses a malformed limit instead of guessing", async () => {
    process.env.KVITKA_MAX_POINTS_PER_DAY = "lots";
    await expect(checkDepositLimits("1")).rejects.toMatchObject({ code: "LIMITS_MISCONFIGURED" });
  });
});

describe("deposit: a lost confirmation is learned, never repeated blindly", () => {
  it("applied at KvitkaCard: UNKNOWN, no second confirm, then reconciliation finds the code spent → completed", async () => {
    const { who, count } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/confirm.php", count: 1 });

    const unknown = await depositConfirm(pending.id, who);
    expect(unknown).toMatchObject({ status: "unknown", pendingStep: "deposit_confirm", lastErrorMessage: DEPOSIT_UNKNOWN_NOTE, pointsSettledNote: null });
    expect((await sandboxOperation(operation_id))?.status).toBe("completed");
    await expect(depositConfirm(pending.id, who)).rejects.toMatchObject({ code: "NOT_PENDING" });
    expect(count("/deposit/confirm.php")).toBe(1);

    const reconciled = await reconcileDeposit(pending.id, who);
    expect(reconciled).toMatchObject({ status: "completed", pointsSettledNote: DEPOSIT_SETTLED_NOTE, pendingStep: null, lastErrorCode: null });
    expect(count("/deposit/confirm.php")).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "kvitka.operation.reconcile", outcome: "FAILED", errorCode: "CODE_ALREADY_USED" } })).toBe(1);
  });

  it("not applied at KvitkaCard: reconciliation finds it still pending, and only then may it be confirmed again", async () => {
    const { who, count } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);
    addFault("kvitka", { fault: { kind: "timeout" }, pathIncludes: "/deposit/confirm.php", count: 1 });

    expect((await depositConfirm(pending.id, who)).status).toBe("unknown");
    expect((await sandboxOperation(operation_id))?.status).toBe("pending_deposit");

    const reconciled = await reconcileDeposit(pending.id, who);
    expect(reconciled).toMatchObject({ status: "pending_deposit", pendingStep: null, pointsSettledNote: null });
    expect((await depositConfirm(pending.id, who)).status).toBe("completed");
    expect(count("/deposit/confirm.php")).toBe(2);
  });

  it("a lost verification is reconciled with the stored code into pending_deposit", async () => {
    const { who } = kvitkaHarness();
    const { transaction_code } = await mintPartnerCode();
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/init.php", count: 1 });

    const unknown = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);
    expect(unknown).toMatchObject({ status: "unknown", pendingStep: "deposit_init", providerOperationId: null });

    const reconciled = await reconcileDeposit(unknown.id, who);
    expect(reconciled.status).toBe("pending_deposit");
    expect(reconciled.pointsAmount?.toFixed(2)).toBe("88.16");
  });
});
