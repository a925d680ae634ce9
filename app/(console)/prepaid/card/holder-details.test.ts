import { describe, expect, it } from "vitest";
import { holderDetails } from "./holder-details";

describe("holderDetails", () => {
  it("labels the wire fields and decodes their codes", () => {
    expect(holderDetails({ customerType: "1", firstName: "Alex", country: "US", emailPref: "I", email: "a@example.com", birthday: "19900131" })).toEqual([
      { label: "Holder type", value: "Primary account holder" },
      { label: "First name", value: "Alex" },
      { label: "Country", value: "US" },
      { label: "Email (preference)", value: "Opted in" },
      { label: "Email", value: "a@example.com" },
      { label: "Birthday", value: "1990-01-31" },
    ]);
  });

  it("keeps an unknown field under its wire name and drops empty ones", () => {
    expect(holderDetails({ loyaltyTier: "gold", lastName: "" } as never)).toEqual([{ label: "loyaltyTier", value: "gold" }]);
  });
});
