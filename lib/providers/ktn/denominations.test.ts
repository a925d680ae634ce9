import { describe, expect, it } from "vitest";
import { isKtnUnitPriceAllowed, ktnChargedAmount, ktnDenominations } from "./denominations";
import type { KtnGiftCard } from "./schemas";

const base = {
  productName: "Card",
  brand: { brandId: 1, brandName: "Brand" },
  redeemInstruction: { concise: "c", verbose: "v" },
};

const fixedEur: KtnGiftCard = {
  ...base,
  productId: 1,
  denominationType: "FIXED",
  fixedRecipientDenominations: [15, 25, 50],
  fixedSenderDenominations: [16.2, 27, 54],
  recipientCurrencyCode: "EUR",
};

const rangeJpy: KtnGiftCard = {
  ...base,
  productId: 2,
  denominationType: "RANGE",
  minRecipientDenomination: 1000,
  maxRecipientDenomination: 50000,
  minSenderDenomination: 6.7,
  maxSenderDenomination: 335,
  recipientCurrencyCode: "JPY",
};

// The Quick Start example: sender fields only.
const senderOnly: KtnGiftCard = {
  ...base,
  productId: 18808,
  denominationType: "RANGE",
  minSenderDenomination: 5,
  maxSenderDenomination: 100,
  fixedSenderDenominations: null,
};

describe("ktnDenominations", () => {
  it("reads the recipient fields, falling back to the sender ones", () => {
    expect(ktnDenominations(fixedEur)).toEqual({ type: "FIXED", values: [15, 25, 50] });
    expect(ktnDenominations(rangeJpy)).toEqual({ type: "RANGE", min: 1000, max: 50000 });
    expect(ktnDenominations(senderOnly)).toEqual({ type: "RANGE", min: 5, max: 100 });
    expect(ktnDenominations({ ...base, productId: 3, denominationType: "FIXED" })).toBeUndefined();
  });
});

describe("isKtnUnitPriceAllowed", () => {
  it("needs an exact FIXED value and a RANGE value within the bounds", () => {
    expect(isKtnUnitPriceAllowed(fixedEur, "50.00")).toBe(true);
    expect(isKtnUnitPriceAllowed(fixedEur, 49.99)).toBe(false);
    expect(isKtnUnitPriceAllowed(rangeJpy, 1000)).toBe(true);
    expect(isKtnUnitPriceAllowed(rangeJpy, 50000)).toBe(true);
    expect(isKtnUnitPriceAllowed(rangeJpy, 999)).toBe(false);
    expect(isKtnUnitPriceAllowed(senderOnly, 100.01)).toBe(false);
  });
});

describe("ktnChargedAmount", () => {
  it("converts with the paired sender denomination or the RANGE ratio", () => {
    expect(ktnChargedAmount(fixedEur, 25)?.toString()).toBe("27");
    expect(ktnChargedAmount(rangeJpy, 2500)?.toString()).toBe("16.75");
    expect(ktnChargedAmount(senderOnly, 40)?.toString()).toBe("40");
    expect(ktnChargedAmount(fixedEur, 30)).toBeUndefined();
  });
});
