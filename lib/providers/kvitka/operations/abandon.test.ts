import { describe, expect, it } from "vitest";
import { providerClient } from "@/lib/providers/registry";
import { rejection } from "@/lib/testing/rejection";
import { kvitkaRequests, mintPartnerCode, OPERATOR, sandboxOperation, setUpKvitkaOperations } from "../testing/operations-harness";
import { abandonOperation } from "./abandon";
import { depositConfirm, depositInit } from "./deposit";
import { toOperationDto } from "./operation-dto";
import { stepStaleAfterMs } from "./operation-record";
import { limiterSnapshot } from "./queries";
import { withdrawConfirm, withdrawInit } from "./withdraw";

const test = setUpKvitkaOperations();

describe("abandon", () => {
  it("abandons an initiated withdrawal locally: nothing is sent, nothing was held", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "88.16" }, OPERATOR);

    const abandoned = await abandonOperation({ operationId: initiated.id, reason: "Customer walked away" }, OPERATOR);

    expect(abandoned).toMatchObject({ status: "abandoned", rejectReason: "Customer walked away", pointsSettledNote: null });
    expect((await kvitkaRequests()).map((r) => r.path)).toEqual(["/withdraw/init.php"]);
    expect((await sandboxOperation(initiated.providerOperationId!))?.status).toBe("initiated");
    const row = await test.db.auditEvent.findFirstOrThrow({ where: { action: "kvitka.operation.abandon" } });
    expect(row).toMatchObject({ outcome: "SUCCEEDED", actorEmail: "op@example.com", target: `kvitka-operation:${initiated.id}` });
    expect(await rejection(withdrawConfirm({ operationId: initiated.id }, OPERATOR))).toMatchObject({ code: "NOT_CONFIRMABLE" });
  });

  it("abandons a pending deposit by rejecting it at KvitkaCard, so the code stays usable", async () => {
    const { operation_id, transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR);

    const abandoned = await abandonOperation({ operationId: pending.id, reason: "Left open overnight" }, OPERATOR);

    expect(abandoned).toMatchObject({ status: "abandoned", rejectReason: "Left open overnight" });
    expect((await sandboxOperation(operation_id))?.status).toBe("holding");
    expect(await test.db.auditEvent.count({ where: { action: "kvitka.operation.abandon", outcome: "SUCCEEDED" } })).toBe(1);
    expect((await depositInit({ transactionCode: transaction_code, customerRef: "customer-7" }, OPERATOR)).status).toBe("pending_deposit");
  });

  it("refuses to abandon what is settled or has a step on its way", async () => {
    const { transaction_code } = await mintPartnerCode();
    const pending = await depositInit({ transactionCode: transaction_code, customerRef: "c" }, OPERATOR);
    const completed = await depositConfirm({ operationId: pending.id }, OPERATOR);
    expect(await rejection(abandonOperation({ operationId: completed.id, reason: "too late" }, OPERATOR))).toMatchObject({ code: "NOT_ABANDONABLE" });

    const initiated = await withdrawInit({ customerRef: "customer-42", points: "10" }, OPERATOR);
    await test.db.kvitkaOperation.update({ where: { id: initiated.id }, data: { pendingStep: "withdraw_confirm", pendingStepAt: new Date() } });
    expect(await rejection(abandonOperation({ operationId: initiated.id, reason: "mid-flight" }, OPERATOR))).toMatchObject({ code: "NOT_ABANDONABLE" });
  });
});

describe("what the live view offers", () => {
  it("offers finish/abandon on open operations, highlights old ones, and treats an interrupted step as stuck", async () => {
    const initiated = await withdrawInit({ customerRef: "customer-42", points: "10" }, OPERATOR);
    const now = initiated.updatedAt.getTime();

    expect(toOperationDto(initiated, [], now)).toMatchObject({ stuck: false, can: { finish: true, abandon: true, reconcile: false, resolve: false } });
    expect(toOperationDto(initiated, [], now + 3 * 60_000).stuck).toBe(true);

    const interrupted = { ...initiated, pendingStep: "withdraw_confirm", pendingStepAt: new Date(now) };
    expect(toOperationDto(interrupted, [], now + 1000)).toMatchObject({ stuck: false, can: { finish: false, resolve: false } });
    expect(toOperationDto(interrupted, [], now + stepStaleAfterMs() + 1)).toMatchObject({ stuck: true, can: { finish: false, resolve: true } });
  });

  it("reports the limiter's state and counts requests per 10 s from the audit rows", async () => {
    // The process-wide limiter of the sandbox token: earlier tests of this file hold slots in it too.
    const before = await providerClient("kvitka").limiter.state();
    await withdrawInit({ customerRef: "customer-42", points: "10" }, OPERATOR);
    await withdrawInit({ customerRef: "customer-43", points: "20" }, OPERATOR);

    const snapshot = await limiterSnapshot();

    expect(snapshot).toMatchObject({ mode: "memory", limit: 60, windowMs: 60_000, usedInWindow: before.usedInWindow + 2, queueDepth: 0 });
    expect(snapshot.perBucket).toHaveLength(6);
    expect(snapshot.perBucket.reduce((a, b) => a + b, 0)).toBe(2);
    expect(snapshot.perBucket.at(-1)).toBe(2);
  });
});
