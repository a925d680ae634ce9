import { describe, expect, it } from "vitest";
import { addFault } from "@/lib/sandbox/faults";
import { mintPartnerCode, OPERATOR, setUpKvitkaOperations } from "../testing/operations-harness";
import { depositConfirm, depositInit } from "./deposit";
import { flowOperation, operationDetail, operationFigures } from "./queries";
import { withdrawConfirm, withdrawInit } from "./withdraw";

setUpKvitkaOperations();

describe("KvitkaCard page queries", () => {
  it("counts the operations for the overview: awaiting an operator, unknown, settled", async () => {
    expect(await operationFigures()).toEqual({ total: 0, awaitingOperator: 0, unknown: 0, settled: 0 });

    await withdrawInit({ customerRef: "c-1", points: "10" }, OPERATOR);
    const held = await withdrawInit({ customerRef: "c-2", points: "10" }, OPERATOR);
    await withdrawConfirm({ operationId: held.id }, OPERATOR);
    const pending = await depositInit({ transactionCode: (await mintPartnerCode()).transaction_code, customerRef: "c-3" }, OPERATOR);
    const completed = await depositInit({ transactionCode: (await mintPartnerCode()).transaction_code, customerRef: "c-4" }, OPERATOR);
    await depositConfirm({ operationId: completed.id }, OPERATOR);
    const lost = await withdrawInit({ customerRef: "c-5", points: "10" }, OPERATOR);
    addFault("kvitka", { fault: { kind: "lost-response" }, pathIncludes: "/withdraw/confirm.php", count: 1 });
    await withdrawConfirm({ operationId: lost.id }, OPERATOR);

    expect(pending.status).toBe("pending_deposit");
    // initiated + pending_deposit await the operator; holding + completed settled; one unknown.
    expect(await operationFigures()).toEqual({ total: 5, awaitingOperator: 2, unknown: 1, settled: 2 });
  });

  it("finds an operation for its detail page and its flow, and nothing for another id or direction", async () => {
    const initiated = await withdrawInit({ customerRef: "c-1", points: "10" }, OPERATOR);

    expect(await operationDetail(initiated.id)).toMatchObject({
      id: initiated.id,
      status: "initiated",
      steps: [{ action: "kvitka.withdraw.init", outcome: "REQUESTED" }, { action: "kvitka.withdraw.init", outcome: "SUCCEEDED" }],
    });
    expect(await operationDetail("no-such-operation")).toBeNull();
    expect(await flowOperation(initiated.id, "WITHDRAW")).toMatchObject({ operation: { id: initiated.id }, limits: null });
    expect(await flowOperation(initiated.id, "DEPOSIT")).toBeNull();
  });

  it("carries the limit check of a pending deposit in its flow view", async () => {
    const pending = await depositInit({ transactionCode: (await mintPartnerCode("176.32")).transaction_code, customerRef: "c-1" }, OPERATOR);

    expect(await flowOperation(pending.id, "DEPOSIT")).toMatchObject({
      operation: { id: pending.id, status: "pending_deposit", pointsAmount: "88.16" },
      limits: { points: "88.16", perOperationMax: "1000.00", ok: true },
    });
  });
});
