import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { kardOpenApiDocument, kardSeedExamples } from "../testing/documentation";
import { parseKardWebhookEvent } from "../webhooks";
import { offerActionResponseSchema, createAttributionsRequestSchema } from "./attributions";
import { createAuditsRequestSchema } from "./audits";
import { tokenResponseSchema } from "./auth";
import { offerComponentsSchema, offersResponseSchema } from "./offers";
import { createSubscriptionsRequestSchema, updateSubscriptionRequestSchema } from "./subscriptions";
import {
  createBulkTransactionsUploadUrlRequestSchema,
  createFraudMarkersRequestSchema,
  createIncomingTransactionsRequestSchema,
} from "./transactions";
import { createUploadPartRequestSchema, createUploadRequestSchema, updateUploadRequestSchema } from "./uploads";
import { createUsersRequestSchema, updateUserRequestSchema } from "./users";
import { notificationPayloadSchema } from "./webhooks";

/**
 * Every JSON example of the Kard documentation against our schemas. The merged OpenAPI document
 * carries no `example(s)`, so the examples are (a) the ```json blocks of the guides and (b) the
 * request bodies of each endpoint page's "SDK Code Examples" (the JavaScript variant, whose
 * `body:` is the exact JSON every other language repeats), both read from the committed fixture
 * testing/fixtures/seed-examples.json (testing/fixture-sources.ts extracts them from the seed).
 * Where an example disagrees with the spec, the spec wins: the example is listed with the exact
 * places it breaks the spec, so the list cannot silently go stale.
 */
const { guideJsonBlocks, endpointRequestBodies } = kardSeedExamples();

/** The guides' examples are hand-written: several carry trailing commas, which we strip. */
const stripTrailingCommas = (text: string) => text.replace(/,(\s*[}\]])/g, "$1");
/** The attribution examples start with the HTTP request line. */
const dropRequestLine = (text: string) => text.replace(/^(GET|POST|PUT|PATCH|DELETE) \S+\n/, "");
/** The components fragments are a bare `"components": {…}` member. */
const wrapMember = (text: string) => `{${text}}`;

type Expectation =
  | { kind: "not-a-body"; why: string }
  | { kind: "unparseable"; why: string }
  | {
      kind: "request" | "response" | "webhook" | "fragment";
      schema: z.ZodType;
      prepare?: (text: string) => string;
      pick?: (json: Record<string, unknown>) => unknown;
      /** Issue paths where the example breaks the spec; absent = must parse. */
      breaksSpecAt?: string[];
    };

const legacyTransaction = (breaksSpecAt: string[]): Expectation => ({
  kind: "request",
  schema: createIncomingTransactionsRequestSchema,
  prepare: stripTrailingCommas,
  breaksSpecAt,
});
// The guide's older transaction examples use referringPartnerUserId / merchantId / isDeposit and
// omit paymentType and transactionId, which the 2024-10-01 spec requires.
const LEGACY_TX = ["data.0.attributes", "data.0.attributes.userId", "data.0.attributes.paymentType", "data.0.attributes.transactionId"];
const GUIDE_TX = ["data.0.attributes.paymentType", "data.0.attributes.transactionId"];

const GUIDE_EXPECTATIONS: Expectation[] = [
  { kind: "not-a-body", why: "WebView theme structure: pseudo-JSON with `|` alternatives (a query parameter)" },
  { kind: "not-a-body", why: "WebView postMessage REQUEST_LOCATION" },
  { kind: "not-a-body", why: "WebView postMessage LOCATION_RESPONSE" },
  { kind: "not-a-body", why: "WebView postMessage ERROR" },
  { kind: "request", schema: createUsersRequestSchema },
  { kind: "request", schema: updateUserRequestSchema },
  { kind: "request", schema: createUsersRequestSchema },
  legacyTransaction(GUIDE_TX),
  legacyTransaction(LEGACY_TX),
  legacyTransaction(LEGACY_TX),
  legacyTransaction(LEGACY_TX),
  legacyTransaction(LEGACY_TX),
  legacyTransaction(LEGACY_TX),
  legacyTransaction(LEGACY_TX),
  { kind: "unparseable", why: "Single Auth, Multiple Settlements (2 of 2): a comma is missing after authorizationDate" },
  { kind: "response", schema: offersResponseSchema },
  legacyTransaction(GUIDE_TX),
  // The guide's webhooks predate the `transaction` relationship: see webhooks.ts (parseKardWebhookEvent).
  { kind: "webhook", schema: notificationPayloadSchema, breaksSpecAt: ["data.relationships.transaction"] },
  legacyTransaction(GUIDE_TX),
  { kind: "webhook", schema: notificationPayloadSchema, breaksSpecAt: ["data.relationships.transaction"] },
  { kind: "response", schema: tokenResponseSchema },
  { kind: "response", schema: tokenResponseSchema },
  { kind: "response", schema: tokenResponseSchema },
  { kind: "unparseable", why: "Get Offers excerpt elided with `...`" },
  { kind: "request", schema: createAttributionsRequestSchema, prepare: dropRequestLine },
  { kind: "request", schema: createAttributionsRequestSchema, prepare: dropRequestLine },
  { kind: "request", schema: createAttributionsRequestSchema, prepare: dropRequestLine },
  { kind: "unparseable", why: "webhook attributionUrl excerpt elided with `...`" },
  { kind: "request", schema: createAttributionsRequestSchema, prepare: dropRequestLine },
  { kind: "response", schema: offersResponseSchema },
  { kind: "fragment", schema: offerComponentsSchema, prepare: wrapMember, pick: (json) => json.components },
  // The guide abbreviates the included offer to name, userReward and components.
  {
    kind: "response",
    schema: offerActionResponseSchema,
    breaksSpecAt: ["terms", "purchaseChannel", "assets", "startDate", "expirationDate", "isTargeted"].map(
      (field) => `included.0.attributes.${field}`,
    ),
  },
  { kind: "fragment", schema: offerComponentsSchema, prepare: wrapMember, pick: (json) => json.components },
];

const PLACEHOLDER_TX = ["data.0.attributes.currency", "data.0.attributes.cardBIN", "data.0.attributes.cardLastFour", "data.0.attributes.authorizationDate"];

const ENDPOINT_EXPECTATIONS: { page: string; schema: z.ZodType; breaksSpecAt?: string[] }[] = [
  { page: "Create Incoming Transactions", schema: createIncomingTransactionsRequestSchema },
  // Matched Transaction: cardBIN "12345" has 5 digits; the spec asks for the first 6.
  { page: "Create Incoming Transactions", schema: createIncomingTransactionsRequestSchema, breaksSpecAt: ["data.0.attributes.cardBIN"] },
  { page: "Create Incoming Transactions", schema: createIncomingTransactionsRequestSchema },
  { page: "Create Incoming Transactions", schema: createIncomingTransactionsRequestSchema },
  // Generated "Try it" placeholders ("string", 0) break the documented formats.
  { page: "Create Incoming Transactions", schema: createIncomingTransactionsRequestSchema, breaksSpecAt: PLACEHOLDER_TX },
  { page: "Flag Fraudulent Transactions", schema: createFraudMarkersRequestSchema },
  { page: "Flag Fraudulent Transactions", schema: createFraudMarkersRequestSchema, breaksSpecAt: ["data.0.type"] },
  { page: "Create Audits", schema: createAuditsRequestSchema },
  { page: "Create Audits", schema: createAuditsRequestSchema, breaksSpecAt: ["data.0.attributes.auditCode"] },
  { page: "Create Bulk Transactions Upload URL", schema: createBulkTransactionsUploadUrlRequestSchema },
  { page: "Create Users", schema: createUsersRequestSchema },
  { page: "Create Users", schema: createUsersRequestSchema },
  { page: "Update User", schema: updateUserRequestSchema },
  { page: "Create Subscription", schema: createSubscriptionsRequestSchema },
  { page: "Update Subscription", schema: updateSubscriptionRequestSchema },
  { page: "Create Attribution Events", schema: createAttributionsRequestSchema },
  { page: "Create Upload", schema: createUploadRequestSchema },
  { page: "Add Upload Part", schema: createUploadPartRequestSchema },
  { page: "Add Upload Part", schema: createUploadPartRequestSchema, breaksSpecAt: PLACEHOLDER_TX },
  { page: "Update Upload", schema: updateUploadRequestSchema },
];

function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

function expectConformance(schema: z.ZodType, value: unknown, breaksSpecAt: string[] | undefined) {
  const paths = issuePaths(schema, value);
  if (!breaksSpecAt) expect(paths).toEqual([]);
  else expect([...new Set(paths)].sort()).toEqual([...breaksSpecAt].sort());
}

describe("Kard documentation examples vs our schemas", () => {
  const blocks = guideJsonBlocks.map((block) => block.text);
  const bodies = endpointRequestBodies;

  it("finds every example: 33 guide blocks and 20 endpoint request bodies, none in the merged spec", () => {
    expect(blocks).toHaveLength(GUIDE_EXPECTATIONS.length);
    expect(bodies.map((body) => body.page)).toEqual(ENDPOINT_EXPECTATIONS.map((expected) => expected.page));
    const spec = JSON.stringify(kardOpenApiDocument());
    expect(spec).not.toMatch(/"examples?":/);
  });

  it("counts what was checked", () => {
    const checked = GUIDE_EXPECTATIONS.filter((e) => e.kind !== "not-a-body" && e.kind !== "unparseable").length;
    expect({ guideBodies: checked, endpointBodies: ENDPOINT_EXPECTATIONS.length }).toEqual({ guideBodies: 26, endpointBodies: 20 });
  });

  it.each(ENDPOINT_EXPECTATIONS.map((expected, index) => [index, expected.page] as const))(
    "endpoint example %i (%s) matches the request schema",
    (index) => {
      const expected = ENDPOINT_EXPECTATIONS[index];
      expectConformance(expected.schema, JSON.parse(bodies[index].json), expected.breaksSpecAt);
    },
  );

  it.each(GUIDE_EXPECTATIONS.map((expected, index) => [index, expected.kind] as const))("guide example %i (%s)", (index) => {
    const expected = GUIDE_EXPECTATIONS[index];
    const text = blocks[index];
    if (expected.kind === "not-a-body") return;
    if (expected.kind === "unparseable") {
      expect(() => JSON.parse(stripTrailingCommas(text))).toThrow();
      return;
    }
    const json = JSON.parse((expected.prepare ?? ((t: string) => t))(text));
    expectConformance(expected.schema, expected.pick ? expected.pick(json) : json, expected.breaksSpecAt);
  });

  it("still stores the guide's webhooks that lack the transaction relationship", () => {
    const webhooks = GUIDE_EXPECTATIONS.flatMap((expected, index) => (expected.kind === "webhook" ? [JSON.parse(blocks[index])] : []));
    expect(webhooks).toHaveLength(2);
    for (const body of webhooks) {
      const parsed = parseKardWebhookEvent(body);
      expect(parsed).toMatchObject({
        ok: true,
        event: { eventId: "d80a6f28-1b24-4d65-9e42-e1cf3379bc98", userId: "sandbox-{issuerName}-new-customer" },
      });
      expect(parsed.ok && parsed.event.notification).toBeUndefined();
    }
  });
});
