import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { kardOpenApiDocument } from "../testing/documentation";
import { eventCodeSchema, offerMediumSchema } from "./attributions";
import { cardNetworkSchema, categoryOptionSchema, notificationTypeSchema, purchaseChannelSchema, stateSchema } from "./common";
import { fileTypeSchema } from "./files";
import { componentTypeSchema, locationSortSchema, offerSortSchema } from "./offers";
import { fileUploadTypeSchema, transactionStatusSchema } from "./transactions";

/**
 * The wire enums the client and the sandbox share (see sandbox/request-schemas.ts) are exactly
 * the enums of kard-openapi.yaml, in the document's order: one place to correct a value, checked
 * against the documentation rather than against each other.
 */
const components = kardOpenApiDocument<{ components: { schemas: Record<string, { enum?: unknown[] }> } }>().components.schemas;

const SHARED: [string, z.ZodEnum][] = [
  ["commons.NotificationType", notificationTypeSchema],
  ["commons.CategoryOption", categoryOptionSchema],
  ["commons.PurchaseChannel", purchaseChannelSchema],
  ["commons.State", stateSchema],
  ["transactions.States", stateSchema],
  ["commons.CardNetwork", cardNetworkSchema],
  ["transactions.TransactionStatus", transactionStatusSchema],
  ["transactions.FileUploadType", fileUploadTypeSchema],
  ["files.FileType", fileTypeSchema],
  ["users.rewards.ComponentType", componentTypeSchema],
  ["users.rewards.OfferSortOptions", offerSortSchema],
  ["users.rewards.LocationSortOptions", locationSortSchema],
  ["users.attributions.EventCode", eventCodeSchema],
  ["users.attributions.OfferMedium", offerMediumSchema],
];

describe("wire enums vs kard-openapi.yaml", () => {
  it.each(SHARED)("%s", (name, schema) => {
    expect(components[name]?.enum, `${name} is not an enum of the document`).toBeDefined();
    expect(schema.options).toEqual(components[name].enum);
  });

  it("has the 17 categories and 7 notification types the sandbox is seeded with", () => {
    expect([categoryOptionSchema.options.length, notificationTypeSchema.options.length]).toEqual([17, 7]);
  });
});
