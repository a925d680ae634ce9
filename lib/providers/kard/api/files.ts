import type { KardTransport } from "../transport";
import { type KardFilesMetadataQuery, filesMetadataQuerySchema, filesMetadataResponseSchema } from "../schemas/files";

/** Reconciliation files. Source: "Get Files"; guide "Transaction Reconciliation". */
export function filesApi(transport: KardTransport) {
  return {
    /**
     * Metadata of the issuer's reconciliation files: `GET …/files/metadata` with
     * `filter[fileType|dateFrom|dateTo]`, `page[size]` (≤ 100, default 10), `page[after|before]`,
     * `sort` (default `-sentDate`) → `{data:[{type, id, attributes:{fileName, sentAt,
     * lastModified, downloadUrl}}], links, meta:{pageSize, hasNextPage}}`. `downloadUrl` works for
     * 30 minutes. Scope files.read. Source: "Get Files".
     * @throws ProviderError INVALID_REQUEST for page[size] above 100; HTTP_<status> (403).
     */
    async getFilesMetadata(query?: KardFilesMetadataQuery) {
      return transport.call({
        endpoint: "getFilesMetadata",
        method: "GET",
        path: "/files/metadata",
        query: { schema: filesMetadataQuerySchema, value: query ?? {} },
        response: filesMetadataResponseSchema,
      });
    },
  };
}
