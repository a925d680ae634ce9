import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { addFault } from "@/lib/sandbox/faults";
import { providerRejection, rejection } from "@/lib/testing/rejection";
import { allAuditText, kvitkaRequests, OPERATOR, received, sandboxOperation, setUpKvitkaOperations } from "../testing/operations-harness";
import { storedCode } from "./operation-record";
import { WITHDRAW_SETTLED_NOTE } from "./statuses";
import { resolveWithdrawal } from "./reconcile";
import { WITHDRAW_UNKNOWN_NOTE, withdrawConfirm, withdrawInit } from "./withdraw";

const test = setUpKvitkaOperations();

const auditTrail = async () =>
  (await test.db.auditEvent.findMany({ orderBy: { seq: "asc" } })).map((e) => `${e.action} ${e.outcome}${e.errorCode ? ` ${e.errorCode}` : ""}`);

describe("withdraw: customer's points → KvitkaCoins", () => {
  it("initiates with KvitkaCard's conversion as the preview, holds nothing, and deducts nothing yet", async () => {
    const op = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);

    // This business converts at 0.5 points per KvitkaCoin (the documentation's example pair).
    expect(op).toMatchObject({ direction: "WITHDRAW", status: "initiated", providerOperationId: expect.any(Number), customerRef: "customer-42", pendingStep: null });
    expect(op.amountKc?.toFixed(2)).toBe("176.32");
    expect(op.pointsAmount?.toFixed(2)).toBe("88.16");
    expect(op.pointsSettledNote).toBeNull();
    expect(op.codeLast4).toBeNull();
    expect(await kvitkaRequests()).toEqual([{ path: "/withdraw/init.php", business: "merchant", params: { user_id: "customer-42", points_amount: 88.16 } }]);
    expect(await auditTrail()).toEqual(["kvitka.withdraw.init REQUESTED", "kvitka.withdraw.init SUCCEEDED"]);
    expect((await sandboxOperation(op.providerOperationId!))?.status).toBe("initiated");
  });

  it("confirms into holding: the code is returned once, stored sealed with only its last 4 in clear, never in an audit row", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);
    const { operation, transactionCode } = await withdrawConfirm({ operationId: initiated.id }, OPERATOR);

    const atKvitka = await sandboxOperation(initiated.providerOperationId!);
    expect(atKvitka?.status).toBe("holding");
    expect(transactionCode).toBe(atKvitka?.transaction_code);
    const code = transactionCode!;
    expect(operation).toMatchObject({ status: "holding", codeLast4: code.slice(-4), pointsSettledNote: WITHDRAW_SETTLED_NOTE, pendingStep: null });
    expect(operation.settledAt).toBeInstanceOf(Date);
    expect(operation.codeRevealedAt).toBeInstanceOf(Date);
    expect(operation.codeCiphertext).not.toContain(code);
    expect(storedCode(operation)).toBe(code);

    const stored = await test.db.kvitkaOperation.findUniqueOrThrow({ where: { id: initiated.id } });
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(await allAuditText(test.db)).not.toContain(code);
    expect(await allAuditText(test.db)).toContain(code.slice(-4));
    expect(await auditTrail()).toEqual([
      "kvitka.withdraw.init REQUESTED",
      "kvitka.withdraw.init SUCCEEDED",
      "kvitka.withdraw.confirm REQUESTED",
      "kvitka.withdraw.confirm SUCCEEDED",
    ]);
    expect(await verifyAuditChain(test.db)).toMatchObject({ ok: true, count: 4 });
  });

  it("stores a refused initiation as failed with KvitkaCard's reason", async () => {
    // 0.49 points is 0.98 KvitkaCoins: under the 1 KvitkaCoin minimum.
    const error = await providerRejection(withdrawInit({ customerRef: "customer-42", points: "0.49" }, OPERATOR));
    expect(error).toMatchObject({ code: "AMOUNT_OUT_OF_RANGE", outcome: "failed" });
    const [op] = await test.db.kvitkaOperation.findMany();
    expect(op).toMatchObject({ status: "failed", lastErrorCode: "AMOUNT_OUT_OF_RANGE", providerOperationId: null, pendingStep: null });
    expect(await auditTrail()).toEqual(["kvitka.withdraw.init REQUESTED", "kvitka.withdraw.init FAILED AMOUNT_OUT_OF_RANGE"]);
  });

  it("leaves a confirmation whose answer was lost UNKNOWN, says why, and never sends it again", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });

    const { operation, transactionCode } = await withdrawConfirm({ operationId: initiated.id }, OPERATOR);

    expect(transactionCode).toBeNull();
    expect(operation).toMatchObject({ status: "unknown", lastErrorCode: "TIMEOUT", lastErrorMessage: WITHDRAW_UNKNOWN_NOTE, pendingStep: "withdraw_confirm" });
    expect(operation.pointsSettledNote).toBeNull();
    expect(operation.codeLast4).toBeNull();
    // KvitkaCard applied it: the points are held, yet the console must not say they may be deducted.
    expect((await sandboxOperation(initiated.providerOperationId!))?.status).toBe("holding");

    expect(await rejection(withdrawConfirm({ operationId: initiated.id }, OPERATOR))).toMatchObject({ code: "NOT_CONFIRMABLE" });
    expect(await received("/withdraw/confirm.php")).toBe(1);
    expect(await auditTrail()).toEqual([
      "kvitka.withdraw.init REQUESTED",
      "kvitka.withdraw.init SUCCEEDED",
      "kvitka.withdraw.confirm REQUESTED",
      "kvitka.withdraw.confirm UNKNOWN TIMEOUT",
    ]);
  });

  it("records KvitkaCard's word on an unknown withdrawal: holding → points may be deducted", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });
    await withdrawConfirm({ operationId: initiated.id }, OPERATOR);

    const resolved = await resolveWithdrawal({ operationId: initiated.id, kvitkaSays: "holding", note: "KvitkaCard support: operation 1 is holding" }, OPERATOR);

    expect(resolved).toMatchObject({ status: "holding", pointsSettledNote: WITHDRAW_SETTLED_NOTE, pendingStep: null, lastErrorMessage: null });
    const row = await test.db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.operation.reconcile" } });
    expect(row.outcome).toBe("SUCCEEDED");
    expect(JSON.parse(row.requestSummary!)).toMatchObject({ kvitkaSays: "holding", operation_id: initiated.providerOperationId });
    expect(await rejection(resolveWithdrawal({ operationId: initiated.id, kvitkaSays: "holding", note: "again" }, OPERATOR))).toMatchObject({
      code: "NOT_RESOLVABLE",
    });
  });

  it("sends one confirmation when two are asked for at once", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);

    const results = await Promise.allSettled([withdrawConfirm({ operationId: initiated.id }, OPERATOR), withdrawConfirm({ operationId: initiated.id }, OPERATOR)]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: expect.stringMatching(/STATE_CHANGED|NOT_CONFIRMABLE/) } });
    expect(await received("/withdraw/confirm.php")).toBe(1);
  });
});
