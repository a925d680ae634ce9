import { describe, expect, it } from "vitest";
import { directionName, stateName, typeName } from "./codes";

describe("card code tables (seed 004)", () => {
  it("decodes every transaction state 1–7", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(stateName)).toEqual(["Successful", "Failed", "In process", "Posted", "Not posted", "Payment failed", "Cancelled"]);
  });

  it("decodes every type 1–10", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(typeName)).toEqual([
      "Recharge / Mortgage",
      "Consumption",
      "Refund",
      "Cash withdrawal",
      "Redemption",
      "Management fee",
      "Other",
      "Replacement",
      "Deactivate",
      "Refund reversal",
    ]);
  });

  it("decodes both directions and names codes the documentation does not list", () => {
    expect([1, 2].map(directionName)).toEqual(["Income", "Expense"]);
    expect(stateName(8)).toBe("Unknown (8)");
    expect(typeName(0)).toBe("Unknown (0)");
    expect(directionName(3)).toBe("Unknown (3)");
  });
});
