import { describe, expect, it, vi } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { allAuditText, kvitkaRequests, mintPartnerCode, OPERATOR, received, sandboxOperation, setUpKvitkaOperations } from "../testing/operations-harness";
import { DEPOSIT_UNKNOWN_NOTE, depositConfirm, depositInit, depositReject } from "./deposit";
import { checkDepositLimits } from "./deposit-limits";
import { storedCode } from "./operation-record";
import { DEPOSIT_SETTLED_NOTE } from "./statuses";
import { reconcileDeposit } from "./reconcile";

const test = setUpKvitkaOperations();

describe("deposit: a partner's code → our points", () => {
  it("verifies a code into pending_deposit with KvitkaCard's points, then confirms it: points may be credited", async () => {
    const { operation_id, transaction_code } = await mintPartnerCode("176.32");

    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    // The documentation's example: 176.32 KvitkaCoins credit 88.16 points at the receiving business.
    expect(pending).toMatchObject({ direction: "DEPOSIT", status: "pending_deposit", providerOperationId: operation_id, codeLast4: transaction_code.slice(-4) });
    expect(pending.pointsAmount?.toFixed(2)).toBe("88.16");
    expect(pending.amountKc?.toFixed(2)).toBe("176.32");
    expect(pending.pointsSettledNote).toBeNull();
    expect(storedCode(pending)).toBe(transaction_code);
    expect((await checkDepositLimits("88.16", pending.id)).ok).toBe(true);

    const completed = await depositConfirm({ operationId: pending.id }, OPERATOR);
    expect(completed).toMatchObject({ status: "completed", pointsSettledNote: DEPOSIT_SETTLED_NOTE, pendingStep: null });
    expect(completed.settledAt).toBeInstanceOf(Date);
    expect((await kvitkaRequests()).at(-1)).toEqual({ path: "/deposit/confirm.php", business: "merchant", params: { operation_id, transaction_code } });
    expect((await sandboxOperation(operation_id))?.status).toBe("completed");
    expect(await allAuditText(test.db)).not.toContain(transaction_code);
  });

  it("refuses a second deposit of a spent code, and keeps the refused attempt as failed", async () => {
    const { transaction_code } = await mintPartnerCode();
    const first = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    await depositConfirm({ operationId: first.id }, OPERATOR);

    const error = await providerRejection(depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR));

    expect(error).toMatchObject({ code: "CODE_ALREADY_USED", outcome: "failed" });
    const statuses = (await test.db.kvitkaOperation.findMany({ orderBy: { createdAt: "asc" } })).map((o) => o.status);
    expect(statuses).toEqual(["completed", "failed"]);
    expect(await allAuditText(test.db)).not.toContain(transaction_code);
  });

  it("rejects with a reason: the code stays valid and can be deposited again", async () => {
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);

    const rejected = await depositReject({ operationId: pending.id, reason: "Over our promotional cap" }, OPERATOR);

    expect(rejected).toMatchObject({ status: "rejected", rejectReason: "Over our promotional cap", pointsSettledNote: null });
    expect(await sandboxOperation(operation_id)).toMatchObject({ status: "holding", depositor: null });
    const again = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    expect(again.status).toBe("pending_deposit");
    const row = await test.db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.deposit.reject", outcome: "REQUESTED" } });
    expect(JSON.parse(row.requestSummary!)).toEqual({ operation_id, codeLast4: transaction_code.slice(-4), reason: "Over our promotional cap" });
  });

  it("refuses a second open deposit of a code already pending here", async () => {
    const { transaction_code } = await mintPartnerCode();
    const first = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);

    expect(await rejection(depositInit({ transactionCode: transaction_code, customerRef: "customer-8" }, OPERATOR))).toMatchObject({ code: "DUPLICATE_DEPOSIT" });
    expect((await test.db.kvitkaOperation.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("pending_deposit");
  });
});

describe("deposit limits (ours: per operation and per UTC day)", () => {
  it("refuses to confirm beyond the per-operation maximum, sending nothing; reject stays possible", async () => {
    vi.stubEnv("KVITKA_MAX_POINTS_PER_OPERATION", "50");
    const { operation_id, transaction_code } = await mintPartnerCode("176.32");
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);

    expect(await checkDepositLimits("88.16", pending.id)).toMatchObject({ withinPerOperation: false, perOperationMax: "50.00", ok: false });
    expect(await rejection(depositConfirm({ operationId: pending.id }, OPERATOR))).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(await received("/deposit/confirm.php")).toBe(0);
    expect((await sandboxOperation(operation_id))?.status).toBe("pending_deposit");
    expect((await depositReject({ operationId: pending.id, reason: "Above 50 points per deposit" }, OPERATOR)).status).toBe("rejected");
  });

  it("counts today's completed deposits against the daily maximum, not yesterday's", async () => {
    vi.stubEnv("KVITKA_MAX_POINTS_PER_DAY", "150");
    const first = await depositInit({ transactionCode: (await mintPartnerCode("176.32")).transaction_code, customerRef: "c1" }, OPERATOR);
    await depositConfirm({ operationId: first.id }, OPERATOR);
    const second = await depositInit({ transactionCode: (await mintPartnerCode("176.32")).transaction_code, customerRef: "c2" }, OPERATOR);

    expect(await checkDepositLimits("88.16", second.id)).toMatchObject({ creditedToday: "88.16", remainingToday: "61.84", withinPerDay: false, ok: false });
    expect(await rejection(depositConfirm({ operationId: second.id }, OPERATOR))).toMatchObject({ code: "LIMIT_EXCEEDED" });

    const yesterday = new Date(Date.now() - 86_400_000);
    await test.db.kvitkaOperation.update({ where: { id: first.id }, data: { settledAt: yesterday } });
    expect(await checkDepositLimits("88.16", second.id)).toMatchObject({ creditedToday: "0.00", ok: true });
    expect((await depositConfirm({ operationId: second.id }, OPERATOR)).status).toBe("completed");
  });

  it("refuses a malformed limit instead of guessing", async () => {
    vi.stubEnv("KVITKA_MAX_POINTS_PER_DAY", "lots");
    expect(await rejection(checkDepositLimits("1"))).toMatchObject({ code: "LIMITS_MISCONFIGURED" });
  });
});

describe("deposit: a lost confirmation is learned, never repeated blindly", () => {
  it("applied at KvitkaCard: UNKNOWN, no second confirm, then reconciliation finds the code spent → completed", async () => {
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/confirm.php", count: 1 });

    const unknown = await depositConfirm({ operationId: pending.id }, OPERATOR);
    expect(unknown).toMatchObject({ status: "unknown", pendingStep: "deposit_confirm", lastErrorMessage: DEPOSIT_UNKNOWN_NOTE, pointsSettledNote: null });
    expect((await sandboxOperation(operation_id))?.status).toBe("completed");
    expect(await rejection(depositConfirm({ operationId: pending.id }, OPERATOR))).toMatchObject({ code: "NOT_PENDING" });
    expect(await received("/deposit/confirm.php")).toBe(1);

    const reconciled = await reconcileDeposit({ operationId: pending.id }, OPERATOR);
    expect(reconciled).toMatchObject({ status: "completed", pointsSettledNote: DEPOSIT_SETTLED_NOTE, pendingStep: null, lastErrorCode: null });
    expect(await received("/deposit/confirm.php")).toBe(1);
    expect(await test.db.auditEvent.count({ where: { action: "kvitka.operation.reconcile", outcome: "FAILED", errorCode: "CODE_ALREADY_USED" } })).toBe(1);
  });

  it("not applied at KvitkaCard: reconciliation finds it still pending, and only then may it be confirmed again", async () => {
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "timeout" }, pathIncludes: "/deposit/confirm.php", count: 1 });

    expect((await depositConfirm({ operationId: pending.id }, OPERATOR)).status).toBe("unknown");
    expect((await sandboxOperation(operation_id))?.status).toBe("pending_deposit");

    const reconciled = await reconcileDeposit({ operationId: pending.id }, OPERATOR);
    expect(reconciled).toMatchObject({ status: "pending_deposit", pendingStep: null, pointsSettledNote: null });
    expect((await depositConfirm({ operationId: pending.id }, OPERATOR)).status).toBe("completed");
    // Two confirmations sent; the first never arrived (the injected timeout), so KvitkaCard received one.
    expect(await test.db.auditEvent.count({ where: { action: "kvitka.deposit.confirm", outcome: "REQUESTED" } })).toBe(2);
    expect(await received("/deposit/confirm.php")).toBe(1);
  });

  it("a lost verification is reconciled with the stored code into pending_deposit", async () => {
    const { transaction_code } = await mintPartnerCode();
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/deposit/init.php", count: 1 });

    const unknown = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);
    expect(unknown).toMatchObject({ status: "unknown", pendingStep: "deposit_init", providerOperationId: null });

    const reconciled = await reconcileDeposit({ operationId: unknown.id }, OPERATOR);
    expect(reconciled.status).toBe("pending_deposit");
    expect(reconciled.pointsAmount?.toFixed(2)).toBe("88.16");
  });
});
