import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify";
import { ProviderError } from "@/lib/providers/provider-error";
import { addFault } from "@/lib/sandbox/faults";
import { createTestDatabase } from "@/lib/testing/db";
import { storedCode } from "./operation-record";
import { WITHDRAW_SETTLED_NOTE } from "./statuses";
import { resolveWithdrawal } from "./reconcile";
import { allAuditText, kvitkaHarness, resetKvitka, sandboxOperation } from "./test-fixture";
import { WITHDRAW_UNKNOWN_NOTE, withdrawConfirm, withdrawInit } from "./withdraw";

let testDb: ReturnType<typeof createTestDatabase>;
let db: PrismaClient;

beforeAll(() => {
  testDb = createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(() => resetKvitka(db));

const auditTrail = async () =>
  (await db.auditEvent.findMany({ orderBy: { seq: "asc" } })).map((e) => `${e.action} ${e.outcome}${e.errorCode ? ` ${e.errorCode}` : ""}`);

describe("withdraw: customer's points → KvitkaCoins", () => {
  it("initiates with KvitkaCard's conversion as the preview, holds nothing, and deducts nothing yet", async () => {
    const { who, sent } = kvitkaHarness();
    const op = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);

    // This business converts at 0.5 points per KvitkaCoin (the documentation's example pair).
    expect(op).toMatchObject({ direction: "WITHDRAW", status: "initiated", providerOperationId: 1, customerRef: "customer-42", pendingStep: null });
    expect(op.amountKc?.toFixed(2)).toBe("176.32");
    expect(op.pointsAmount?.toFixed(2)).toBe("88.16");
    expect(op.pointsSettledNote).toBeNull();
    expect(op.codeLast4).toBeNull();
    expect(sent).toEqual([{ path: "/withdraw/init.php", body: { api_token: "kvitka_sandbox_token", user_id: "customer-42", points_amount: 88.16 } }]);
    expect(await auditTrail()).toEqual(["kvitka.withdraw.init REQUESTED", "kvitka.withdraw.init SUCCEEDED"]);
    expect((await sandboxOperation(1))?.status).toBe("initiated");
  });

  it("confirms into holding: the code is returned once, stored sealed with only its last 4 in clear, never in an audit row", async () => {
    const { who } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);
    const { operation, transactionCode } = await withdrawConfirm(initiated.id, who);

    const atKvitka = await sandboxOperation(1);
    expect(atKvitka?.status).toBe("holding");
    expect(transactionCode).toBe(atKvitka?.transaction_code);
    const code = transactionCode!;
    expect(operation).toMatchObject({ status: "holding", codeLast4: code.slice(-4), pointsSettledNote: WITHDRAW_SETTLED_NOTE, pendingStep: null });
    expect(operation.settledAt).toBeInstanceOf(Date);
    expect(operation.codeRevealedAt).toBeInstanceOf(Date);
    expect(operation.codeCiphertext).not.toContain(code);
    expect(storedCode(operation)).toBe(code);

    const stored = await db.kvitkaOperation.findUniqueOrThrow({ where: { id: initiated.id } });
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(await allAuditText(db)).not.toContain(code);
    expect(await allAuditText(db)).toContain(code.slice(-4));
    expect(await auditTrail()).toEqual([
      "kvitka.withdraw.init REQUESTED",
      "kvitka.withdraw.init SUCCEEDED",
      "kvitka.withdraw.confirm REQUESTED",
      "kvitka.withdraw.confirm SUCCEEDED",
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, count: 4 });
  });

  it("stores a refused initiation as failed with KvitkaCard's reason", async () => {
    const { who } = kvitkaHarness();
    // 0.49 points is 0.98 KvitkaCoins: under the 1 KvitkaCoin minimum.
    const error = await withdrawInit({ customerRef: "customer-42", points: "0.49" }, who).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: "AMOUNT_OUT_OF_RANGE", outcome: "failed" });
    const [op] = await db.kvitkaOperation.findMany();
    expect(op).toMatchObject({ status: "failed", lastErrorCode: "AMOUNT_OUT_OF_RANGE", providerOperationId: null, pendingStep: null });
    expect(await auditTrail()).toEqual(["kvitka.withdraw.init REQUESTED", "kvitka.withdraw.init FAILED AMOUNT_OUT_OF_RANGE"]);
  });

  it("leaves a confirmation whose answer was lost UNKNOWN, says why, and never sends it again", async () => {
    const { who, count } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });

    const { operation, transactionCode } = await withdrawConfirm(initiated.id, who);

    expect(transactionCode).toBeNull();
    expect(operation).toMatchObject({ status: "unknown", lastErrorCode: "TIMEOUT", lastErrorMessage: WITHDRAW_UNKNOWN_NOTE, pendingStep: "withdraw_confirm" });
    expect(operation.pointsSettledNote).toBeNull();
    expect(operation.codeLast4).toBeNull();
    // KvitkaCard applied it: the points are held, yet the console must not say they may be deducted.
    expect((await sandboxOperation(1))?.status).toBe("holding");

    await expect(withdrawConfirm(initiated.id, who)).rejects.toMatchObject({ code: "NOT_CONFIRMABLE" });
    expect(count("/withdraw/confirm.php")).toBe(1);
    expect(await auditTrail()).toEqual([
      "kvitka.withdraw.init REQUESTED",
      "kvitka.withdraw.init SUCCEEDED",
      "kvitka.withdraw.confirm REQUESTED",
      "kvitka.withdraw.confirm UNKNOWN TIMEOUT",
    ]);
  });

  it("records KvitkaCard's word on an unknown withdrawal: holding → points may be deducted", async () => {
    const { who } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });
    await withdrawConfirm(initiated.id, who);

    const resolved = await resolveWithdrawal(initiated.id, "holding", "KvitkaCard support: operation 1 is holding", who);

    expect(resolved).toMatchObject({ status: "holding", pointsSettledNote: WITHDRAW_SETTLED_NOTE, pendingStep: null, lastErrorMessage: null });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.operation.reconcile" } });
    expect(row.outcome).toBe("SUCCEEDED");
    expect(JSON.parse(row.requestSummary!)).toMatchObject({ kvitkaSays: "holding", operation_id: 1 });
    await expect(resolveWithdrawal(initiated.id, "holding", "again", who)).rejects.toMatchObject({ code: "NOT_RESOLVABLE" });
  });

  it("sends one confirmation when two are asked for at once", async () => {
    const { who, count } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);

    const results = await Promise.allSettled([withdrawConfirm(initiated.id, who), withdrawConfirm(initiated.id, who)]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: expect.stringMatching(/STATE_CHANGED|NOT_CONFIRMABLE/) } });
    expect(count("/withdraw/confirm.php")).toBe(1);
  });
});
