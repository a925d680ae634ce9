import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ktnAccountDetailsResponseSchema,
  ktnAckResponseSchema,
  ktnAnyResponseSchema,
  ktnCredentialsResponseSchema,
  ktnErrorSchema,
  ktnFeePreferenceResponseSchema,
  ktnGiftCardListResponseSchema,
  ktnOrderListResponseSchema,
  ktnOrderResponseSchema,
  ktnPurchaseRequestSchema,
} from "./schemas";
import { ktnExamples, type KtnExampleSection } from "./testing/examples";

/** Which schema each documentation section's examples must satisfy. */
const SCHEMA_BY_SECTION: Record<KtnExampleSection, z.ZodType> = {
  "Quick Start Guide": ktnGiftCardListResponseSchema,
  "Get Account Details": ktnAccountDetailsResponseSchema,
  "Get Active Fee Preference": ktnFeePreferenceResponseSchema,
  "Purchase Gift Card": ktnOrderResponseSchema,
  "List All Orders": ktnOrderListResponseSchema,
  "Get Order By ID": ktnOrderResponseSchema,
  "Get Gift Card Credentials": ktnCredentialsResponseSchema,
  "Refresh Order": ktnAckResponseSchema,
  "Refund Order Payment": ktnAckResponseSchema,
  "Void Order Payment": ktnAckResponseSchema,
  "Response Object": ktnAnyResponseSchema,
  "Error Response Format": ktnErrorSchema,
};

const { json: examples, curlBodies } = ktnExamples();

describe("KTN schemas against every JSON example of the documentation", () => {
  it("finds the documented examples (13 when written; more if the documentation grows)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(13);
    expect(new Set(examples.map((e) => e.section))).toEqual(new Set(Object.keys(SCHEMA_BY_SECTION)));
  });

  it.each(examples.map((e) => [`${e.section} (documentation line ${e.line})`, e] as const))("parses %s", (_name, example) => {
    const schema = SCHEMA_BY_SECTION[example.section];
    expect(schema, `no schema for the example at line ${example.line}`).toBeDefined();
    const result = schema!.safeParse(example.value);
    expect(result.error?.issues ?? []).toEqual([]);
    // zod drops keys a schema does not name: equality proves every documented field is modelled.
    expect(result.data).toEqual(example.value);
  });

  it("parses the documented purchase request body (curl -d)", () => {
    expect(curlBodies.length).toBeGreaterThanOrEqual(1);
    for (const body of curlBodies) expect(ktnPurchaseRequestSchema.parse(body)).toEqual(body);
  });

  it("rejects what the documentation rules out", () => {
    expect(ktnPurchaseRequestSchema.safeParse({ productId: 1234, unitPrice: 50 }).success).toBe(false);
    expect(ktnPurchaseRequestSchema.safeParse({ productId: 1.5, unitPrice: 50, senderName: "a" }).success).toBe(false);
    const [quickStart] = examples.filter((e) => e.section === "Quick Start Guide");
    const card = (quickStart.value as { data: Record<string, unknown>[] }).data[0];
    expect(ktnGiftCardListResponseSchema.safeParse({ ...(quickStart.value as object), data: [{ ...card, denominationType: "OPEN" }] }).success).toBe(false);
    expect(ktnErrorSchema.safeParse({ status: 200, data: null }).success).toBe(false);
  });
});
