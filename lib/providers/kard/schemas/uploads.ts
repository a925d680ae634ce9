import { z } from "zod";
import { emptyRequestObject, emptyResponseObject, withMultiStatus } from "./common";
import { MAX_TRANSACTIONS_PER_REQUEST, transactionAttributesSchema } from "./transactions";

/** Source: "Create Upload" request `users.uploads.CreateUploadRequestObject`. */
export const createUploadRequestSchema = z.strictObject({
  data: z.strictObject({ type: z.literal("historicalTransactionStart"), attributes: emptyRequestObject }),
});

/** 200: `id` is the upload ID for the parts and the completion. Source: "Create Upload" 200. */
export const createUploadResponseSchema = z.object({
  data: z.object({ type: z.literal("historicalTransactionStart"), id: z.string(), attributes: emptyResponseObject }),
});

/** One historical transaction (the attributes of an incoming `transaction`). Source: `CreateUploadPartDataUnion`. */
const historicalTransactionSchema = z.strictObject({
  type: z.literal("historicalTransaction"),
  id: z.string().min(1),
  attributes: transactionAttributesSchema,
});
export type KardHistoricalTransaction = z.input<typeof historicalTransactionSchema>;

/** Source: "Add Upload Part" request, at most 500 transactions. */
export const createUploadPartRequestSchema = z.strictObject({
  data: z.array(historicalTransactionSchema).min(1).max(MAX_TRANSACTIONS_PER_REQUEST),
});

const uploadPartItemSchema = z.object({ type: z.literal("historicalTransaction"), id: z.string(), attributes: emptyResponseObject });

/** 200 `{data:[…]}` or 207 `{errors, data?}`. Source: "Add Upload Part" responses. */
export const createUploadPartResponseSchema = withMultiStatus(
  z.array(uploadPartItemSchema),
  z.array(uploadPartItemSchema).optional(),
);

/** Marks the upload complete; `id` is the upload ID. Source: "Update Upload" request. */
export const updateUploadRequestSchema = z.strictObject({
  data: z.strictObject({ type: z.literal("historicalTransactionComplete"), id: z.string().min(1), attributes: emptyRequestObject }),
});

/** Source: "Update Upload" 200 `users.uploads.UpdateUploadResponseObject`. */
export const updateUploadResponseSchema = z.object({
  data: z.object({ type: z.literal("historicalTransactionComplete"), id: z.string(), attributes: emptyResponseObject }),
});
