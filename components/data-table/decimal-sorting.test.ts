import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { compareDecimals } from "@/components/data-table/decimal-sorting";

describe("compareDecimals", () => {
  it("orders decimal strings by value, not by characters", () => {
    const amounts = ["12.50", "100", "-3.10", "9.999", "0.1", "100.00"];
    expect([...amounts].sort(compareDecimals)).toEqual(["-3.10", "0.1", "9.999", "12.50", "100", "100.00"]);
  });

  it("treats equal values in different notations as equal", () => {
    expect(compareDecimals("100", "100.00")).toBe(0);
    expect(compareDecimals(new Decimal("1e2"), "100")).toBe(0);
  });

  it("compares beyond float precision", () => {
    expect(compareDecimals("9007199254740993.01", "9007199254740993.02")).toBe(-1);
  });

  it("puts missing and non-decimal values below numbers", () => {
    expect(compareDecimals(null, "-1000")).toBe(-1);
    expect(compareDecimals("n/a", "0")).toBe(-1);
    expect(compareDecimals("5", undefined)).toBe(1);
    expect(compareDecimals(null, "")).toBe(0);
  });
});
