import { describe, expect, it } from "vitest";
import { unpairedOutcomes } from "./audit-outcomes";

const row = (seq: number, outcome: string, action = "ktn.order.refund", target = "gift-card-order:1") => ({ seq, action, target, outcome });

describe("unpairedOutcomes", () => {
  it("accepts one outcome per attempt, and a local change without a request", () => {
    expect(unpairedOutcomes([row(1, "REQUESTED"), row(2, "UNKNOWN"), row(3, "SUCCEEDED", "ktn.order.reconcile"), row(4, "REQUESTED"), row(5, "FAILED")])).toEqual([]);
  });

  it("names an attempt without an outcome and one with two", () => {
    expect(unpairedOutcomes([row(1, "REQUESTED"), row(2, "REQUESTED"), row(3, "SUCCEEDED"), row(4, "SUCCEEDED")])).toEqual([
      "ktn.order.refund gift-card-order:1: REQUESTED #1 has 0 outcomes",
      "ktn.order.refund gift-card-order:1: REQUESTED #2 has 2 outcomes",
    ]);
  });
});
