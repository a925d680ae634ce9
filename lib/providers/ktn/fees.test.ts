import { describe, expect, it } from "vitest";
import { ktnFeeTier, quoteKtnFee } from "./fees";

// The documented preference: a different value per tier, so a wrong tier cannot give the right fee.
const preference = {
  feeFor1To99: 0.6,
  feeFor100To250: 0.5,
  feeFor251To500: 0.4,
  feeFor501To750: 0.3,
  feeFor751To999: 0.2,
  feePercentageFor1000To5000: 2,
};

describe("quoteKtnFee", () => {
  it.each([
    ["1", "feeFor1To99", "0.6"],
    ["99", "feeFor1To99", "0.6"],
    ["99.99", "feeFor1To99", "0.6"],
    ["100", "feeFor100To250", "0.5"],
    ["250.50", "feeFor100To250", "0.5"],
    ["251", "feeFor251To500", "0.4"],
    ["500.99", "feeFor251To500", "0.4"],
    ["501", "feeFor501To750", "0.3"],
    ["751", "feeFor751To999", "0.2"],
    ["999.99", "feeFor751To999", "0.2"],
    ["1000", "feePercentageFor1000To5000", "20"],
    ["1234.56", "feePercentageFor1000To5000", "24.69"],
    ["1000.25", "feePercentageFor1000To5000", "20.01"],
    ["5000", "feePercentageFor1000To5000", "100"],
  ])("prices $%s in %s at $%s", (amount, field, fee) => {
    const quote = quoteKtnFee(amount, preference);
    expect(quote?.tier.field).toBe(field);
    expect(quote?.fee.toString()).toBe(fee);
  });

  it("rounds the percentage fee half-up to cents", () => {
    // 2 % of 1000.25 is 20.005 exactly.
    expect(quoteKtnFee("1000.25", preference)?.fee.toFixed(2)).toBe("20.01");
    expect(quoteKtnFee("1000.24", preference)?.fee.toFixed(2)).toBe("20.00");
  });

  it("reads the fee from the preference it is given", () => {
    expect(quoteKtnFee(50, { ...preference, feeFor1To99: 1.25 })?.fee.toString()).toBe("1.25");
    expect(quoteKtnFee(2000, { ...preference, feePercentageFor1000To5000: 1.5 })?.fee.toString()).toBe("30");
  });

  it("prices nothing outside $1 – $5,000", () => {
    for (const amount of ["0", "0.99", "5000.01", "10000", "-5"]) {
      expect(ktnFeeTier(amount)).toBeUndefined();
      expect(quoteKtnFee(amount, preference)).toBeUndefined();
    }
  });
});
