import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { formatMoney } from "@/components/ui/format-money";

describe("formatMoney", () => {
  it("formats an ISO currency with its usual fraction digits", () => {
    expect(formatMoney("1234.5", "USD")).toBe("$1,234.50");
    expect(formatMoney("1000", "JPY")).toBe("¥1,000");
    expect(formatMoney("-12.3", "EUR")).toBe("-€12.30");
  });

  it("keeps digits that a binary float would lose", () => {
    expect(formatMoney("0.1", "USD")).toBe("$0.10");
    expect(formatMoney("12345678901234567.89", "USD")).toBe("$12,345,678,901,234,567.89");
  });

  it("shows sub-minor-unit digits instead of rounding them away", () => {
    expect(formatMoney("1.005", "USD")).toBe("$1.005");
  });

  it("shifts minor units by the currency's fraction digits", () => {
    expect(formatMoney("1999", "USD", { minorUnits: true })).toBe("$19.99");
    expect(formatMoney("1999", "JPY", { minorUnits: true })).toBe("¥1,999");
    expect(formatMoney("123456789012345678901234", "USD", { minorUnits: true })).toBe(
      "$1,234,567,890,123,456,789,012.34",
    );
  });

  it("formats non-ISO units as a number followed by the unit", () => {
    expect(formatMoney("1500", "points")).toBe("1,500 points");
    expect(formatMoney("2.5", "KvitkaCoins")).toBe("2.5 KvitkaCoins");
  });

  it("accepts decimal objects and applies the sign option", () => {
    expect(formatMoney(new Decimal("42.1"), "USD", { signDisplay: "always" })).toBe("+$42.10");
    expect(formatMoney("-0", "USD")).toBe("$0.00");
  });

  it("honours the locale", () => {
    expect(formatMoney("1234.5", "EUR", { locale: "de-DE" })).toBe("1.234,50\u00a0€");
  });

  it("rejects values that are not finite decimals", () => {
    expect(() => formatMoney("12,50", "USD")).toThrow(RangeError);
    expect(() => formatMoney("abc", "USD")).toThrow(RangeError);
    expect(() => formatMoney("Infinity", "USD")).toThrow(RangeError);
  });
});
