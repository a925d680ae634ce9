import { z } from "zod";
import { fileTypeSchema } from "@/lib/providers/kard/schemas/files";

export const FILE_PAGE_SIZES = [10, 25, 50, 100] as const;

/** The files list's query string; anything malformed is dropped rather than refused. */
export const fileListSearchSchema = z.object({
  type: fileTypeSchema.optional().catch(undefined),
  from: z.iso.date().max(10).optional().catch(undefined),
  to: z.iso.date().max(10).optional().catch(undefined),
  after: z.string().min(1).max(512).optional().catch(undefined),
  before: z.string().min(1).max(512).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((size) => (FILE_PAGE_SIZES as readonly number[]).includes(size))
    .optional()
    .catch(undefined),
});
export type FileListSearch = z.infer<typeof fileListSearchSchema>;

/** What the list passes to a file's pages so the file is found again quickly (see findFile). */
export const fileHintSchema = z.object({
  type: fileTypeSchema.optional().catch(undefined),
  sent: z.iso.datetime({ offset: true }).max(40).optional().catch(undefined),
});

export const fileIdSchema = z.string().trim().min(1).max(128);

/** Query string of a file's comparison page and download route. */
export function fileHintQuery(file: { type: string; sentAt: string }): string {
  return new URLSearchParams({ type: file.type, sent: file.sentAt }).toString();
}
