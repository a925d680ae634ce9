import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { recoveredExampleFixtures, seedEndpointFixtures } from "../testing/examples";
import {
  cardDataSchema,
  giftActivateBodySchema,
  giftInquiryBodySchema,
  giftIssuanceBodySchema,
  giftTipBodySchema,
  giftTransactionBodySchema,
  giftVoidBodySchema,
  loyaltyPointsBodySchema,
  transactionDataSchema,
  voidDataSchema,
} from "./index";

/* Every documented request (the seed's field lists with their examples) and every recovered JSON example, through our schemas. */

const BODY_SCHEMAS: Record<string, z.ZodObject> = {
  giftActivate: giftActivateBodySchema,
  giftInquiry: giftInquiryBodySchema,
  giftIssuance: giftIssuanceBodySchema,
  giftTransaction: giftTransactionBodySchema,
  giftVoid: giftVoidBodySchema,
  loyaltyIssuance: loyaltyPointsBodySchema,
  loyaltyRedemption: loyaltyPointsBodySchema,
  giftTip: giftTipBodySchema,
};

const examples = recoveredExampleFixtures();

/** Values for the fields the seed gives no example of: the recovered spec's Pay and Add Tip examples. */
const FILLERS: Record<string, unknown> = {
  clientId: examples.payRequest.clientId,
  tranOrderNo: examples.payRequest.tranOrderNo,
  loyaltyChannel: examples.payRequest.loyaltyChannel,
  accountId: examples.payRequest.accountId,
  oriOrderNo: examples.tipRequest.oriOrderNo,
  nsfAllowed: true,
};

/** What we send beyond the seed's list, each recorded in docs/providers/open-loyalty.md. */
const ADDED_BY_US: Record<string, Record<string, unknown>> = {
  giftActivate: { customerInfo: { customerType: "1", firstName: "Alex" } },
  giftIssuance: { amount: "10.50", tranCurrency: "USD" },
};

/** Points endpoints document `amount` as a count of points, with no example. */
const POINTS_ENDPOINTS = new Set(["loyaltyIssuance", "loyaltyRedemption"]);

function documentedBody(endpoint: string, fields: { name: string; example?: string; type: string }[]) {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.name === "amount" && POINTS_ENDPOINTS.has(endpoint)) body.amount = "1";
    else if (field.name === "amount") body.amount = field.example ?? examples.tipRequest.amount;
    else body[field.name] = field.example ?? FILLERS[field.name] ?? (field.name === "tranCurrency" ? "USD" : undefined);
  }
  return { ...body, ...ADDED_BY_US[endpoint] };
}

const without = (body: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

describe("the seed's eight requests", () => {
  const endpoints = seedEndpointFixtures();

  it("documents eight endpoints, one per call of the client", () => {
    expect(endpoints.map((e) => e.path.split("/").at(-1)).sort()).toEqual(Object.keys(BODY_SCHEMAS).sort());
  });

  it("prints every path under /ovstrade/openLoyaltyPay/ except the redemption one (the documentation error we correct)", () => {
    const unprefixed = endpoints.filter((e) => !e.path.startsWith("/ovstrade/openLoyaltyPay/")).map((e) => e.path);
    expect(unprefixed).toEqual(["/openLoyaltyPay/loyaltyRedemption"]);
  });

  for (const endpoint of seedEndpointFixtures()) {
    const name = endpoint.path.split("/").at(-1)!;
    it(`${endpoint.title} (${name}): the documented body parses, and each required field is required`, () => {
      const schema = BODY_SCHEMAS[name];
      const body = documentedBody(name, endpoint.fields);
      const parsed = schema.safeParse(body);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      for (const field of endpoint.fields.filter((f) => f.required)) {
        expect(schema.safeParse(without(body, field.name)).success, `${name} without ${field.name}`).toBe(false);
      }
      for (const field of endpoint.fields.filter((f) => !f.required)) {
        expect(schema.safeParse(without(body, field.name)).success, `${name} without optional ${field.name}`).toBe(true);
      }
    });
  }

  it("keeps tranOrderNo to the documented 60 characters", () => {
    const pay = endpoints.find((e) => e.title === "Pay")!;
    expect(pay.fields.find((f) => f.name === "tranOrderNo")?.maxLength).toBe(60);
    const body = { ...examples.payRequest, tranOrderNo: "x".repeat(60) };
    expect(giftTransactionBodySchema.safeParse(body).success).toBe(true);
    expect(giftTransactionBodySchema.safeParse({ ...body, tranOrderNo: "x".repeat(61) }).success).toBe(false);
  });

  it("refuses an entryType outside B/K/M/P", () => {
    for (const entryType of ["B", "K", "M", "P"]) expect(giftInquiryBodySchema.safeParse({ ...FILLERS, entryType }).success).toBe(true);
    expect(giftInquiryBodySchema.safeParse({ ...FILLERS, entryType: "X" }).success).toBe(false);
  });
});

describe("the recovered spec's examples", () => {
  it("parses the Pay request example as sent", () => {
    expect(giftTransactionBodySchema.parse(examples.payRequest)).toEqual(examples.payRequest);
  });

  it("parses the Add Tip request example once its elided ids are filled in", () => {
    const tip = { ...examples.tipRequest, clientId: FILLERS.clientId, tranOrderNo: "20250401123534802", accountId: FILLERS.accountId };
    expect(giftTipBodySchema.parse(tip)).toMatchObject({ amount: "2.00", oriOrderNo: "927994263952818176", entryType: "K" });
  });

  it("reads the Pay answer's data with its ids as strings", () => {
    const data = transactionDataSchema.parse(examples.payResponseData);
    expect(data).toMatchObject({ checkoutId: "933392815902294016", transIndexCode: "100200000807293844967", result: 0 });
    expect(data.amount?.toString()).toBe("10000");
  });

  it("reads the Query answer's balances as exact decimals (USD 1534.10, 53 Points)", () => {
    const data = cardDataSchema.parse(examples.inquiryData);
    expect(data.accountId).toBe("914639258868515");
    expect(data.balances.map((b) => [b.valueCode, b.amount.toFixed(2)])).toEqual([
      ["USD", "1534.10"],
      ["Points", "53.00"],
    ]);
  });

  it("requires oriCheckoutId in a void's data", () => {
    expect(voidDataSchema.safeParse(examples.payResponseData).success).toBe(false);
    expect(voidDataSchema.safeParse({ ...examples.payResponseData, oriCheckoutId: "933392815902294016" }).success).toBe(true);
  });
});
