import { assertBatchSize } from "../batch";
import { type KardTransport, segment } from "../transport";
import { type KardAuditRequest, createAuditsRequestSchema, createAuditsResponseSchema } from "../schemas/audits";
import { type KardEarnedRewardsQuery, earnedRewardsQuerySchema, earnedRewardsResponseSchema } from "../schemas/earned-rewards";
import {
  type KardFileUploadRequest,
  type KardFraudMarker,
  type KardIncomingTransaction,
  MAX_TRANSACTIONS_PER_REQUEST,
  MAX_UPLOAD_URLS_PER_REQUEST,
  createBulkTransactionsUploadUrlRequestSchema,
  createBulkTransactionsUploadUrlResponseSchema,
  createFraudMarkersRequestSchema,
  createFraudMarkersResponseSchema,
  createIncomingTransactionsRequestSchema,
  createIncomingTransactionsResponseSchema,
} from "../schemas/transactions";

/** Transactions sent to Kard, fraud flags, audits, earned rewards and bulk file uploads. */
export function transactionsApi(transport: KardTransport) {
  return {
    /**
     * Sends up to 500 transaction events (`transaction`, `matchedTransaction` or
     * `coreTransaction`): `POST …/transactions`. Amounts are integer cents. Answers 202
     * `{data:{type, id, attributes:{status:"queued", message}}}` or 207 with `errors` (each
     * error's `id` is the failed event) — partial failures are returned, not thrown.
     * Scope transaction:write. Source: "Create Incoming Transactions"; guide "Transaction CLO Matching".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST (e.g. APPROVED without
     * authorizationDate); 400/401/409/500 as HTTP_<status> (5xx: outcome "unknown").
     */
    async createIncomingTransactions(transactions: KardIncomingTransaction[]) {
      assertBatchSize("createIncomingTransactions", transactions.length, MAX_TRANSACTIONS_PER_REQUEST, "transactions");
      return transport.call({
        endpoint: "createIncomingTransactions",
        method: "POST",
        path: "/transactions",
        body: { schema: createIncomingTransactionsRequestSchema, value: { data: transactions } },
        response: createIncomingTransactionsResponseSchema,
      });
    },

    /**
     * Flags up to 500 submitted transactions as fraudulent so they are not rewarded:
     * `POST …/fraud` `{data:[{id:transactionId, type:"fraudulentTransaction",
     * attributes:{userId}}]}` → 200 `{data}` or 207 `{errors, data}`.
     * Scope transaction:write. Source: "Flag Fraudulent Transactions".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 500; INVALID_REQUEST; HTTP_<status>.
     */
    async createFraudMarkers(markers: KardFraudMarker[]) {
      assertBatchSize("createFraudMarkers", markers.length, MAX_TRANSACTIONS_PER_REQUEST, "fraud markers");
      return transport.call({
        endpoint: "createFraudMarkers",
        method: "POST",
        path: "/fraud",
        body: { schema: createFraudMarkersRequestSchema, value: { data: markers } },
        response: createFraudMarkersResponseSchema,
      });
    },

    /**
     * Asks Kard to audit a user's transactions (auditCode 3005 incorrect cashback, 3006 missing
     * cashback, 8001 other): `POST …/users/{userId}/audits` → 201 `{data:[{type:"audit", id,
     * attributes:{transactionId}}]}` or 207. The result arrives as an `auditUpdate` webhook.
     * Scope audit:write. Source: "Create Audits". @throws ProviderError (404 unknown user, 409).
     */
    async createAudits(userId: string, audits: KardAuditRequest[]) {
      return transport.call({
        endpoint: "createAudits",
        method: "POST",
        path: `/users/${segment(userId)}/audits`,
        body: { schema: createAuditsRequestSchema, value: { data: audits } },
        response: createAuditsResponseSchema,
      });
    },

    /**
     * The user's rewarded (SETTLED) transactions of the last 12 months:
     * `GET …/users/{userId}/earned-rewards` with `page[…]` and `include=merchant,offer`.
     * `transactionAmountInCents` and `commissionEarned.{issuer,user}.value` are integer cents.
     * Scope transaction:read. Source: "Get Earned Rewards". @throws ProviderError.
     */
    async getEarnedRewards(userId: string, query?: KardEarnedRewardsQuery) {
      return transport.call({
        endpoint: "getEarnedRewards",
        method: "GET",
        path: `/users/${segment(userId)}/earned-rewards`,
        query: { schema: earnedRewardsQuerySchema, value: query ?? {} },
        response: earnedRewardsResponseSchema,
      });
    },

    /**
     * Gets 1–10 presigned PUT URLs (valid `expiresIn` = 900 s) for JSONL or gzip files of
     * `coreTransaction` lines, up to 5 GB each: `POST …/transactions/uploads`
     * `{data:[{type:"incomingTransactionsFile"|"historicalTransactionsFile",
     * attributes:{filename}}]}`. Scope transaction:write.
     * Source: "Create Bulk Transactions Upload URL".
     * @throws ProviderError BATCH_LIMIT_EXCEEDED above 10; INVALID_REQUEST; HTTP_<status> (403).
     */
    async createBulkTransactionsUploadUrl(files: KardFileUploadRequest[]) {
      assertBatchSize("createBulkTransactionsUploadUrl", files.length, MAX_UPLOAD_URLS_PER_REQUEST, "files");
      return transport.call({
        endpoint: "createBulkTransactionsUploadUrl",
        method: "POST",
        path: "/transactions/uploads",
        body: { schema: createBulkTransactionsUploadUrlRequestSchema, value: { data: files } },
        response: createBulkTransactionsUploadUrlResponseSchema,
      });
    },
  };
}
