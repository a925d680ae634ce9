import { z } from "zod";
import { isoDateTime, linksSchema, pageQuerySchema } from "./common";

/** Source: `files.FileType`. */
export const fileTypeSchema = z.enum([
  "earnedRewardApprovedDailyReconciliationFile",
  "earnedRewardSettledDailyReconciliationFile",
  "validatedTransactionDailyReconciliationFile",
  "monthlyReconciliationFile",
]);
export type KardFileType = z.infer<typeof fileTypeSchema>;

/** "format ISO8601": a calendar date or a timestamp with zone. */
const isoDateOrDateTime = z.union([z.iso.date(), isoDateTime]);

/** Documented page bounds of Get Files: default 10, at most 100. */
export const MAX_FILES_PAGE_SIZE = 100;

/**
 * A reconciliation file's metadata; `downloadUrl` works for 30 minutes. Also the attributes of
 * the `fileProcessingResult` webhook. Source: `files.FileMetadataAttribute`.
 */
export const fileMetadataAttributesSchema = z.object({
  fileName: z.string(),
  sentAt: z.string(),
  lastModified: z.string(),
  downloadUrl: z.string(),
});

/** Source: "Get Files" 200 `files.GetFilesMetadataResponse`. */
export const filesMetadataResponseSchema = z.object({
  data: z.array(z.object({ type: fileTypeSchema, id: z.string(), attributes: fileMetadataAttributesSchema })),
  links: linksSchema,
  meta: z.object({ pageSize: z.number().int(), hasNextPage: z.boolean() }),
});
export type KardFilesMetadataPage = z.infer<typeof filesMetadataResponseSchema>;

/**
 * Get Files query: dates ISO 8601 (default: the last month up to now), `page[size]` 1–100
 * (default 10), sort by `sentDate` (default `-sentDate`). Source: "Get Files" parameters.
 */
export const filesMetadataQuerySchema = z.strictObject({
  filter: z
    .strictObject({
      fileType: fileTypeSchema.optional(),
      dateFrom: isoDateOrDateTime.optional(),
      dateTo: isoDateOrDateTime.optional(),
    })
    .optional(),
  page: pageQuerySchema.extend({ size: z.number().int().min(1).max(MAX_FILES_PAGE_SIZE).optional() }).optional(),
  sort: z.enum(["sentDate", "-sentDate"]).optional(),
});
export type KardFilesMetadataQuery = z.input<typeof filesMetadataQuerySchema>;
