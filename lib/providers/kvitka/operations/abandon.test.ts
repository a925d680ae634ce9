import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/db";
import { abandonOperation } from "./abandon";
import { depositConfirm, depositInit } from "./deposit";
import { toOperationDto } from "./operation-dto";
import { stepStaleAfterMs } from "./operation-record";
import { limiterSnapshot } from "./queries";
import { kvitkaHarness, mintPartnerCode, resetKvitka, sandboxOperation } from "./test-fixture";
import { withdrawConfirm, withdrawInit } from "./withdraw";

let testDb: ReturnType<typeof createTestDatabase>;
let db: PrismaClient;

beforeAll(() => {
  testDb = createTestDatabase();
  db = testDb.db;
});
afterAll(() => testDb.dispose());
beforeEach(() => resetKvitka(db));

describe("abandon", () => {
  it("abandons an initiated withdrawal locally: nothing is sent, nothing was held", async () => {
    const { who, sent } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, who);

    const abandoned = await abandonOperation(initiated.id, "Customer walked away", who);

    expect(abandoned).toMatchObject({ status: "abandoned", rejectReason: "Customer walked away", pointsSettledNote: null });
    expect(sent).toHaveLength(1);
    expect((await sandboxOperation(1))?.status).toBe("initiated");
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.operation.abandon" } });
    expect(row).toMatchObject({ outcome: "SUCCEEDED", actorEmail: "op@example.com", target: `kvitka-operation:${initiated.id}` });
    await expect(withdrawConfirm(initiated.id, who)).rejects.toMatchObject({ code: "NOT_CONFIRMABLE" });
  });

  it("abandons a pending deposit by rejecting it at KvitkaCard, so the code stays usable", async () => {
    const { who } = kvitkaHarness();
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who);

    const abandoned = await abandonOperation(pending.id, "Left open overnight", who);

    expect(abandoned).toMatchObject({ status: "abandoned", rejectReason: "Left open overnight" });
    expect((await sandboxOperation(operation_id))?.status).toBe("holding");
    expect(await db.auditEvent.count({ where: { action: "kvitka.operation.abandon", outcome: "SUCCEEDED" } })).toBe(1);
    expect((await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, who)).status).toBe("pending_deposit");
  });

  it("refuses to abandon what is settled or has a step on its way", async () => {
    const { who } = kvitkaHarness();
    const { transaction_code } = await mintPartnerCode();
    const completed = await depositConfirm((await depositInit({ transactionCode: transaction_code, customerRef: "c" }, who)).id, who);
    await expect(abandonOperation(completed.id, "too late", who)).rejects.toMatchObject({ code: "NOT_ABANDONABLE" });

    const initiated = await withdrawInit({ customerRef: "customer-42", points: "10" }, who);
    await db.kvitkaOperation.update({ where: { id: initiated.id }, data: { pendingStep: "withdraw_confirm", pendingStepAt: new Date() } });
    await expect(abandonOperation(initiated.id, "mid-flight", who)).rejects.toMatchObject({ code: "NOT_ABANDONABLE" });
  });
});

describe("what the live view offers", () => {
  it("offers finish/abandon on open operations, highlights old ones, and treats an interrupted step as stuck", async () => {
    const { who } = kvitkaHarness();
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "10" }, who);
    const now = initiated.updatedAt.getTime();

    expect(toOperationDto(initiated, [], now)).toMatchObject({ stuck: false, can: { finish: true, abandon: true, reconcile: false, resolve: false } });
    expect(toOperationDto(initiated, [], now + 3 * 60_000).stuck).toBe(true);

    const interrupted = { ...initiated, pendingStep: "withdraw_confirm", pendingStepAt: new Date(now) };
    expect(toOperationDto(interrupted, [], now + 1000)).toMatchObject({ stuck: false, can: { finish: false, resolve: false } });
    expect(toOperationDto(interrupted, [], now + stepStaleAfterMs() + 1)).toMatchObject({ stuck: true, can: { finish: false, resolve: true } });
  });

  it("reports the limiter's state and counts requests per 10 s from the audit rows", async () => {
    const { who, client } = kvitkaHarness();
    await withdrawInit({ customerRef: "customer-42", points: "10" }, who);
    await withdrawInit({ customerRef: "customer-43", points: "20" }, who);

    const snapshot = await limiterSnapshot(client);

    expect(snapshot).toMatchObject({ mode: "memory", limit: 60, windowMs: 60_000, usedInWindow: 2, queueDepth: 0 });
    expect(snapshot.perBucket).toHaveLength(6);
    expect(snapshot.perBucket.reduce((a, b) => a + b, 0)).toBe(2);
    expect(snapshot.perBucket.at(-1)).toBe(2);
  });
});
