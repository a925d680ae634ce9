import { assertBatchSize } from "../batch";
import { type KardTransport, segment } from "../transport";
import { MAX_TRANSACTIONS_PER_REQUEST } from "../schemas/transactions";
import {
  type KardHistoricalTransaction,
  createUploadPartRequestSchema,
  createUploadPartResponseSchema,
  createUploadRequestSchema,
  createUploadResponseSchema,
  updateUploadRequestSchema,
  updateUploadResponseSchema,
} from "../schemas/uploads";

/**
 * Historical-transaction uploads in three steps: createUpload → createUploadPart (repeat,
 * ≤ 500 each) → updateUpload (complete). Scope transaction:write.
 * Source: "Create Upload", "Add Upload Part", "Update Upload".
 */
export function uploadsApi(transport: KardTransport) {
  return {
    /**
     * Opens an upload session for a user: `POST …/users/{userId}/uploads`
     * `{data:{type:"historicalTransactionStart", attributes:{}}}` → 200 `{data:{id}}` — `id` is the
     * upload ID. Source: "Create Upload". @throws ProviderError.
     */
    async createUpload(userId: string) {
      return transport.call({
        endpoint: "createUpload",
        method: "POST",
        path: `/users/${segment(userId)}/uploads`,
        body: { schema: createUploadRequestSchema, value: { data: { type: "historicalTransactionStart", attributes: {} } } },
        response: createUploadResponseSchema,
      });
    },

    /**
     * Adds up to 500 historical transactions (incoming-transaction attributes, cents) to the
     * session: `PUT …/users/{userId}/uploads/{uploadId}/parts` → 200 `{data}` or 207
     * `{errors, data?}`. Source: "Add Upload Part".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST; HTTP_<status>.
     */
    async createUploadPart(userId: string, uploadId: string, transactions: KardHistoricalTransaction[]) {
      assertBatchSize("createUploadPart", transactions.length, MAX_TRANSACTIONS_PER_REQUEST, "transactions");
      return transport.call({
        endpoint: "createUploadPart",
        method: "PUT",
        path: `/users/${segment(userId)}/uploads/${segment(uploadId)}/parts`,
        body: { schema: createUploadPartRequestSchema, value: { data: transactions } },
        response: createUploadPartResponseSchema,
      });
    },

    /**
     * Completes the session: `PUT …/users/{userId}/uploads/{uploadId}`
     * `{data:{type:"historicalTransactionComplete", id:uploadId, attributes:{}}}` → 200.
     * Source: "Update Upload". @throws ProviderError (409 when the session cannot complete).
     */
    async updateUpload(userId: string, uploadId: string) {
      return transport.call({
        endpoint: "updateUpload",
        method: "PUT",
        path: `/users/${segment(userId)}/uploads/${segment(uploadId)}`,
        body: {
          schema: updateUploadRequestSchema,
          value: { data: { type: "historicalTransactionComplete", id: uploadId, attributes: {} } },
        },
        response: updateUploadResponseSchema,
      });
    },
  };
}
