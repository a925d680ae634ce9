import { subMonths } from "date-fns";
import type { SandboxContext } from "../context";
import { badRequest, errorObject, errorResponse, json } from "../json-api";
import { paginate, readPageRequest } from "../pagination";
import { readEnum } from "../query";
import { fileMetadata, publishDueFiles } from "../reconciliation";
import { fileTypeSchema } from "../../schemas/files";
import { checkPresigned } from "../signed-urls";

/**
 * GET …/files/metadata — reconciliation files. filter[fileType]; filter[dateFrom] /
 * filter[dateTo] (ISO 8601, on `sentAt`; default the last month); page[size] (default 10, max
 * 100); page[after|before]; sort=sentDate|-sentDate (default -sentDate). `meta{pageSize,
 * hasNextPage}`. And GET /files/{id} — the download behind `downloadUrl` (presigned, 30 min;
 * an expired or tampered link answers 403 like a storage link would).
 * Source: Kard seed, "Get Files", "Transaction Reconciliation".
 */
function readDate(query: URLSearchParams, name: string): Date | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badRequest(`${name} must be an ISO 8601 date or date-time.`, { parameter: name });
  }
  return date;
}

export async function getFilesMetadata(ctx: SandboxContext): Promise<Response> {
  const query = ctx.url.searchParams;
  const fileType = readEnum(query, "filter[fileType]", fileTypeSchema.options);
  const from = readDate(query, "filter[dateFrom]") ?? subMonths(ctx.now, 1);
  const to = readDate(query, "filter[dateTo]") ?? ctx.now;
  if (from.getTime() > to.getTime()) throw badRequest("filter[dateFrom] must not be after filter[dateTo].", { parameter: "filter[dateFrom]" });
  const page = readPageRequest(query, 10);
  const sort = readEnum(query, "sort", ["sentDate", "-sentDate"] as const) ?? "-sentDate";

  publishDueFiles(ctx.state, ctx.params.organizationId, ctx.now);
  const files = [...ctx.state.files.values()]
    .filter((file) => (fileTypeSchema.options as readonly string[]).includes(file.type))
    .filter((file) => !fileType || file.type === fileType)
    .filter((file) => file.sentAt.getTime() >= from.getTime() && file.sentAt.getTime() <= to.getTime())
    .sort((a, b) => {
      const order = a.sentAt.getTime() - b.sentAt.getTime() || a.id.localeCompare(b.id);
      return sort === "sentDate" ? order : -order;
    });
  const result = paginate(files, (file) => `${file.sentAt.toISOString()}|${file.id}`, page, ctx.url.pathname, query);
  return json(200, {
    data: result.items.map((file) => ({ type: file.type, id: file.id, attributes: fileMetadata(file, ctx.publicBase, ctx.now) })),
    links: result.links,
    meta: { pageSize: page.size, hasNextPage: result.hasNext },
  });
}

export async function downloadFile(ctx: SandboxContext): Promise<Response> {
  const check = checkPresigned(ctx.url.pathname, ctx.url.searchParams, ctx.now);
  if (check !== "ok") {
    const detail = check === "expired" ? "Request has expired." : "The download link is not valid.";
    return errorResponse(403, [errorObject(403, detail, { parameter: "signature" })]);
  }
  const file = ctx.state.files.get(ctx.params.fileId);
  if (!file) return errorResponse(404, [errorObject(404, "The file no longer exists.")]);
  return new Response(file.content, {
    status: 200,
    headers: {
      "content-type": `${file.contentType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "last-modified": file.lastModified.toUTCString(),
    },
  });
}
