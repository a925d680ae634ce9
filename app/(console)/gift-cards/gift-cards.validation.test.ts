import { describe, expect, it } from "vitest";
import { denominationProblem, purchaseSchema } from "./gift-cards.validation";

const fixed = { type: "FIXED" as const, values: [10, 25, 50] };
const range = { type: "RANGE" as const, min: 5, max: 100 };

describe("denominationProblem (the purchase form's check in the browser)", () => {
  it("accepts a FIXED value however it is written, and names the choices otherwise", () => {
    expect(denominationProblem(fixed, "25")).toBeNull();
    expect(denominationProblem(fixed, "25.00")).toBeNull();
    expect(denominationProblem(fixed, "30")).toBe("Choose one of 10, 25, 50.");
  });

  it("accepts a RANGE amount inclusively and names the bounds otherwise", () => {
    expect(denominationProblem(range, "5")).toBeNull();
    expect(denominationProblem(range, "100.00")).toBeNull();
    expect(denominationProblem(range, "100.01")).toBe("Enter an amount between 5 and 100.");
    expect(denominationProblem(range, "4.99")).toBe("Enter an amount between 5 and 100.");
  });

  it("leaves a malformed amount to the schema's own message, and refuses a card without denominations", () => {
    expect(denominationProblem(range, "12,50")).toBeNull();
    expect(purchaseSchema.shape.unitPrice.safeParse("12,50").error?.issues[0].message).toBe("Enter an amount like 25 or 25.50.");
    expect(denominationProblem(null, "25")).toBe("This card cannot be bought.");
  });
});
