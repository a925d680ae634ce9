import { describe, expect, it } from "vitest";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";
import { MODE_LABELS, modeDetail, modeOf, SHORT_NAMES } from "./provider-mode";

describe("provider modes in the header", () => {
  it("names a provider that is not integrated NOT CONNECTED, as the overview and settings pages do", () => {
    expect(MODE_LABELS[modeOf({ mode: "sandbox", available: false })]).toBe("NOT CONNECTED");
    expect(MODE_LABELS[modeOf({ mode: "live", available: false })]).toBe("NOT CONNECTED");
    expect(Object.values(MODE_LABELS)).not.toContain("OFF");
  });

  it("keeps LIVE and SANDBOX for integrated providers, and says what each means", () => {
    expect(MODE_LABELS[modeOf({ mode: "live", available: true })]).toBe("LIVE");
    expect(MODE_LABELS[modeOf({ mode: "sandbox", available: true })]).toBe("SANDBOX");
    expect(modeDetail("Kard", "live")).toMatch(/real money/);
    expect(modeDetail("Kard", "sandbox")).toMatch(/simulator/);
  });

  it("has a short name of at most 6 characters for every provider", () => {
    for (const slug of PROVIDER_SLUGS) expect(SHORT_NAMES[slug].length).toBeLessThanOrEqual(6);
  });
});
