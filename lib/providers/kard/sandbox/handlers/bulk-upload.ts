import { gunzipSync } from "node:zlib";
import type { SandboxContext } from "../context";
import { stableMongoId } from "../ids";
import { errorObject, errorResponse, json } from "../json-api";
import { receiveTransaction, type IncomingItem } from "../matching";
import { fileProcessingResult } from "../notification-payloads";
import { fileMetadata } from "../reconciliation";
import { coreTransactionItem, uploadPartItem } from "../request-schemas";
import { checkPresigned } from "../signed-urls";
import { matchEnv } from "./transactions";

/**
 * PUT /uploads/{id} — the presigned URL from Create Bulk Transactions Upload URL. The body is
 * JSONL, plain or gzip. "Only `coreTransaction` type is supported": each line is a
 * `{type:"coreTransaction", id, attributes}` item as in Create Incoming Transactions (a
 * historicalTransactionsFile line may also be a `historicalTransaction` item). Lines are
 * processed at once; a result file (accepted/rejected lines) is stored and announced with a
 * `fileProcessingResult` notification whose downloadUrl serves it.
 * Source: Kard seed, "Create Bulk Transactions Upload URL", "Notification Webhook"
 * (fileProcessingResult → files.FileMetadataAttribute).
 */
function readLines(bytes: Uint8Array): string[] {
  const gzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = Buffer.from(gzip ? gunzipSync(bytes) : bytes).toString("utf8");
  return text.split(/\r?\n/);
}

export async function receiveBulkUpload(ctx: SandboxContext): Promise<Response> {
  const check = checkPresigned(ctx.url.pathname, ctx.url.searchParams, ctx.now);
  if (check !== "ok") {
    return errorResponse(403, [errorObject(403, check === "expired" ? "Request has expired." : "The upload link is not valid.", { parameter: "signature" })]);
  }
  const upload = ctx.state.bulkUploads.get(ctx.params.uploadId);
  if (!upload) return errorResponse(404, [errorObject(404, "Unknown upload.")]);
  if (upload.resultFileId) return errorResponse(409, [errorObject(409, "This upload URL has already been used.")]);

  let lines: string[];
  try {
    lines = readLines(new Uint8Array(await ctx.req.arrayBuffer()));
  } catch {
    return errorResponse(400, [errorObject(400, "The file is neither JSONL nor valid gzip.")]);
  }
  const env = matchEnv(ctx);
  const rejected: { line: number; detail: string }[] = [];
  let accepted = 0;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return void rejected.push({ line: index + 1, detail: "not valid JSON" });
    }
    const historical = upload.type === "historicalTransactionsFile" && (raw as { type?: unknown })?.type === "historicalTransaction";
    const parsed = historical ? uploadPartItem.safeParse(raw) : coreTransactionItem.safeParse(raw);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      return void rejected.push({ line: index + 1, detail: `${issue.path.join(".") || "item"}: ${issue.message}` });
    }
    const item: IncomingItem = parsed.data;
    if (ctx.state.events.has(item.id)) return void rejected.push({ line: index + 1, detail: `event '${item.id}' was already received` });
    if (!ctx.state.users.has(item.attributes.userId)) {
      return void rejected.push({ line: index + 1, detail: `user '${item.attributes.userId}' is not enrolled` });
    }
    receiveTransaction(env, item);
    accepted += 1;
  });

  const resultName = `${upload.filename.replace(/(\.jsonl)?(\.gz)?$/i, "")}-result.json`;
  const fileId = stableMongoId(`upload-result:${upload.id}`);
  const content = JSON.stringify({ fileName: upload.filename, uploadId: upload.id, type: upload.type, accepted, rejected }, null, 2);
  ctx.state.files.set(fileId, {
    id: fileId,
    type: "fileProcessingResult",
    fileName: resultName,
    sentAt: ctx.now,
    lastModified: ctx.now,
    contentType: "application/json",
    content,
  });
  upload.resultFileId = fileId;
  const file = ctx.state.files.get(fileId);
  if (file) ctx.notifier.emit(fileProcessingResult(fileMetadata(file, ctx.publicBase, ctx.now)));
  return json(200, { uploadId: upload.id, accepted, rejected: rejected.length });
}
