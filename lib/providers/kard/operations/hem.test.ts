import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateHem, normalizeEmailForHem } from "./hem";
import { userRequestAttributesSchema } from "../schemas/users";

const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

describe("HEM (guide: Getting Started › Hashed Email)", () => {
  it("hashes the guide's example to the same value as janedoe@gmail.com", () => {
    expect(normalizeEmailForHem("Jane.Doe+work@gmail.com")).toBe("janedoe@gmail.com");
    expect(generateHem("Jane.Doe+work@gmail.com")).toBe(sha256Hex("janedoe@gmail.com"));
    expect(generateHem("Jane.Doe+work@gmail.com")).toBe(generateHem("janedoe@gmail.com"));
  });

  it("trims surrounding whitespace and lowercases every address", () => {
    expect(normalizeEmailForHem("  TestUser@Test-TEST.com\n")).toBe("testuser@test-test.com");
  });

  it("removes dots and +suffix only for Gmail and Googlemail", () => {
    expect(normalizeEmailForHem("Jane.Doe+promo@GoogleMail.com")).toBe("janedoe@googlemail.com");
    expect(normalizeEmailForHem("jane.doe+work@example.com")).toBe("jane.doe+work@example.com");
    expect(generateHem("jane.doe+work@example.com")).not.toBe(generateHem("janedoe@example.com"));
  });

  it("produces a value the Create Users schema accepts as hashedEmail", () => {
    const hashedEmail = generateHem("Jane.Doe+work@gmail.com");
    expect(hashedEmail).toMatch(/^[0-9a-f]{64}$/);
    expect(userRequestAttributesSchema.safeParse({ enrolledRewards: ["CARDLINKED"], hashedEmail }).success).toBe(true);
  });
});
