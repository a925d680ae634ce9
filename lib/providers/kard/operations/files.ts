import type { Actor } from "@/lib/audit/actor";
import { OperationError } from "@/lib/errors";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { defaultTimeoutMs } from "@/lib/providers/http";
import { ProviderError } from "@/lib/providers/provider-error";
import { providerConfig, providerFetch, providerClient } from "@/lib/providers/registry";
import { pageCursors } from "../query";
import { FILE_TYPE_RULES } from "../reconciliation/file-period";
import { ReconciliationFileError } from "../reconciliation/parse-file";
import { reconcileFile, type FileReconciliation } from "../reconciliation/reconcile";
import { MAX_FILES_PAGE_SIZE, type KardFileType, type KardFilesMetadataPage } from "../schemas/files";


type KardFileMetadata = KardFilesMetadataPage["data"][number];

/** A reconciliation file as the browser sees it: never its signed `downloadUrl`. */
export interface FileRow {
  id: string;
  type: KardFileType;
  typeLabel: string;
  fileName: string;
  /** ISO 8601. */
  sentAt: string;
  lastModified: string;
}

function toRow(file: KardFileMetadata): FileRow {
  const { fileName, sentAt, lastModified } = file.attributes;
  return { id: file.id, type: file.type, typeLabel: FILE_TYPE_RULES[file.type].label, fileName, sentAt, lastModified };
}

export interface FileListFilter {
  type?: KardFileType;
  /** Calendar dates (YYYY-MM-DD), read as whole UTC days on `sentAt`. */
  from?: string;
  to?: string;
  after?: string;
  before?: string;
  size?: number;
}

/**
 * One page of reconciliation files (Get Files), newest first. Without dates Kard returns the
 * last month. Cursors come from the response's links.
 * @throws ProviderError. Source: "Get Files".
 */
export async function listFiles(filter: FileListFilter): Promise<{ files: FileRow[]; next?: string; prev?: string }> {
  const page = await providerClient("kard").getFilesMetadata({
    filter: {
      fileType: filter.type,
      dateFrom: filter.from ? `${filter.from}T00:00:00Z` : undefined,
      dateTo: filter.to ? `${filter.to}T23:59:59Z` : undefined,
    },
    page: { size: filter.size, after: filter.after, before: filter.before },
    sort: "-sentDate",
  });
  const cursors = pageCursors(page.links);
  return { files: page.data.map(toRow), next: page.meta.hasNextPage ? cursors.after : undefined, prev: cursors.before };
}

/**
 * A file by its id, with what the list knew about it (`type`, `sent` = its `sentAt`, ISO 8601),
 * passed along so it can be found again without a scan.
 */
export interface FileRef {
  id: string;
  type?: KardFileType;
  sent?: string;
}

/** Pages looked through to find one file by id (Get Files has no lookup by id). */
const MAX_SCAN_PAGES = 10;
const DAY_MS = 86_400_000;

/**
 * A file's current metadata, with a fresh `downloadUrl` (valid 30 minutes). Get Files cannot
 * fetch one id, so the files sent within a day of `sent` (of `type`) are scanned; with
 * no hint, those of the last month (Kard's default range).
 * @throws OperationError NOT_FOUND; ProviderError. Source: "Get Files".
 */
export async function findFile({ id, type, sent: sentAt }: FileRef): Promise<KardFileMetadata> {
  const sent = sentAt ? Date.parse(sentAt) : Number.NaN;
  const dates = Number.isNaN(sent)
    ? {}
    : { dateFrom: new Date(sent - DAY_MS).toISOString(), dateTo: new Date(sent + DAY_MS).toISOString() };
  let after: string | undefined;
  for (let scanned = 0; scanned < MAX_SCAN_PAGES; scanned += 1) {
    const page = await providerClient("kard").getFilesMetadata({
      filter: { fileType: type, ...dates },
      page: { size: MAX_FILES_PAGE_SIZE, after },
    });
    const found = page.data.find((file) => file.id === id);
    if (found) return found;
    after = page.meta.hasNextPage ? pageCursors(page.links).after : undefined;
    if (!after) break;
  }
  throw new OperationError("NOT_FOUND", "Kard lists no reconciliation file with this id in that period. Open it again from the files list.");
}

/**
 * GETs a file's signed download link, without our Bearer token (the link carries its own
 * signature), through the configured fetch (the in-process sandbox or the network). The
 * timeout covers the answer's headers, not the streaming of its body.
 * @throws ProviderError endpoint "downloadFile": TIMEOUT / NETWORK, HTTP_<status> (403 when
 *   the link has expired). Source: "Get Files" (`downloadUrl`, valid 30 minutes).
 */
async function fetchDownload(url: string): Promise<Response> {
  const base = { provider: "kard" as const, endpoint: "downloadFile", outcome: "failed" as const };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("download timed out", "TimeoutError")), defaultTimeoutMs());
  let response: Response;
  try {
    response = await providerFetch(providerConfig("kard").mode)(url, { signal: controller.signal });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new ProviderError({
      ...base,
      httpStatus: null,
      code: timedOut ? "TIMEOUT" : "NETWORK",
      message: timedOut ? "Kard's file storage did not answer in time" : "Kard's file storage could not be reached",
      retryable: true,
    });
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new ProviderError({
      ...base,
      httpStatus: response.status,
      code: `HTTP_${response.status}`,
      message: `Kard's file storage answered ${response.status} to the download`,
      retryable: response.status >= 500,
    });
  }
  return response;
}

function auditSpec(file: KardFileMetadata, purpose: "download" | "reconciliation", actor: Actor) {
  return {
    actor,
    action: "kard.file.download" as const,
    provider: "kard" as const,
    target: `kard-file:${file.id}`,
    request: { fileId: file.id, fileName: file.attributes.fileName, fileType: file.type, purpose },
  };
}

/**
 * Opens a file's download for streaming to the browser, audited kard.file.download. The signed
 * link stays on the server.
 * @throws OperationError NOT_FOUND; ProviderError.
 */
export async function openFileDownload(ref: FileRef, actor: Actor): Promise<{ file: FileRow; response: Response }> {
  const file = await findFile(ref);
  const response = await auditedProviderCall(auditSpec(file, "download", actor), () => fetchDownload(file.attributes.downloadUrl), {
    onSuccess: async (_tx, r) => r,
    responseSummary: (r) => ({ httpStatus: r.status, contentType: r.headers.get("content-type"), contentLength: r.headers.get("content-length") }),
  });
  return { file: toRow(file), response };
}

/**
 * Downloads a file (audited kard.file.download, purpose "reconciliation") and compares its
 * rows with the reward notifications received by webhook.
 * @throws OperationError NOT_FOUND, UNREADABLE_FILE; ProviderError.
 */
export async function reconcileKardFile(ref: FileRef, actor: Actor): Promise<{ file: FileRow; reconciliation: FileReconciliation }> {
  const file = await findFile(ref);
  const downloaded = await auditedProviderCall(
    auditSpec(file, "reconciliation", actor),
    async () => {
      const response = await fetchDownload(file.attributes.downloadUrl);
      return { content: await response.text(), contentType: response.headers.get("content-type") };
    },
    { onSuccess: async (_tx, d) => d, responseSummary: (d) => ({ contentType: d.contentType, characters: d.content.length }) },
  );
  try {
    const reconciliation = await reconcileFile({
      fileName: file.attributes.fileName,
      fileType: file.type,
      sentAt: new Date(file.attributes.sentAt),
      ...downloaded,
    });
    return { file: toRow(file), reconciliation };
  } catch (error) {
    if (error instanceof ReconciliationFileError) throw new OperationError("UNREADABLE_FILE", error.message);
    throw error;
  }
}
