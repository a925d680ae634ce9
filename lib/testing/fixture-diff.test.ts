import { describe, expect, it } from "vitest";
import { describeChange } from "./fixture-diff";

describe("describeChange", () => {
  it("names a new, an unchanged and an updated fixture", () => {
    expect(describeChange(null, "a\nb")).toBe("created");
    expect(describeChange("a\nb", "a\nb")).toBe("unchanged");
    expect(describeChange("a\nb\nc", "a\nc\nd\ne")).toBe("updated (+2 −1 lines)");
  });

  it("counts a repeated line once per occurrence", () => {
    expect(describeChange("x\nx", "x")).toBe("updated (+0 −1 lines)");
  });
});
