import { batchResponse, parseBody, readDataArray, zodErrors } from "../batch";
import { LIMITS } from "../config";
import { readJson, requireUserAs400, type SandboxContext } from "../context";
import { newUuid } from "../ids";
import { badRequest, conflict, errorObject, json, type ErrorObject } from "../json-api";
import { receiveTransaction } from "../matching";
import { createUploadBody, updateUploadBody, uploadPartItem } from "../request-schemas";
import type { HistoricalUpload } from "../state";
import { matchEnv } from "./transactions";

/**
 * Historical transaction uploads for one user: Create Upload (200, upload id), Add Upload Part
 * (≤500 historicalTransaction items; 200, 207), Update Upload (historicalTransactionComplete;
 * 409 when already complete). Historical purchases feed targeting (a user with past purchases
 * at a merchant is no longer a new customer there) and never earn rewards. Completing sets the
 * user's `historicalTransactionsSent`. No 404 is documented, so unknown users/uploads are 400.
 * Source: Kard seed, "Create Upload", "Add Upload Part", "Update Upload",
 * `users.UserRequestAttributes.historicalTransactionsSent`.
 */
function requireUpload(ctx: SandboxContext, userId: string): HistoricalUpload {
  const upload = ctx.state.uploads.get(ctx.params.uploadId);
  if (!upload || upload.userId !== userId) throw badRequest(`Upload '${ctx.params.uploadId}' was not found.`, { parameter: "uploadId" });
  return upload;
}

export async function createUpload(ctx: SandboxContext): Promise<Response> {
  const user = requireUserAs400(ctx);
  parseBody(createUploadBody, await readJson(ctx.req));
  const upload: HistoricalUpload = { id: newUuid(), userId: user.id, complete: false, partEventIds: [] };
  ctx.state.uploads.set(upload.id, upload);
  return json(200, { data: { type: "historicalTransactionStart", id: upload.id, attributes: {} } });
}

export async function addUploadPart(ctx: SandboxContext): Promise<Response> {
  const user = requireUserAs400(ctx);
  const upload = requireUpload(ctx, user.id);
  if (upload.complete) throw badRequest(`Upload '${upload.id}' is already complete.`, { parameter: "uploadId" });
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.uploadPartsPerRequest, noun: "historical transactions" });
  const errors: ErrorObject[] = [];
  const accepted: string[] = [];
  const env = matchEnv(ctx);
  items.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === "string" ? rawId : String(index);
    const parsed = uploadPartItem.safeParse(raw);
    if (!parsed.success) return void errors.push(...zodErrors(parsed.error, `/data/${index}`, id));
    if (parsed.data.attributes.userId !== user.id) {
      return void errors.push(errorObject(400, "attributes.userId must be the upload's user.", { pointer: `/data/${index}/attributes/userId` }, id));
    }
    if (ctx.state.events.has(id)) {
      return void errors.push(errorObject(400, `Transaction event '${id}' was already received.`, { pointer: `/data/${index}/id` }, id));
    }
    receiveTransaction(env, parsed.data);
    upload.partEventIds.push(id);
    accepted.push(id);
  });
  return batchResponse({
    okStatus: 200,
    accepted: accepted.length,
    errors,
    success: () => accepted.map((id) => ({ type: "historicalTransaction", id, attributes: {} })),
  });
}

export async function completeUpload(ctx: SandboxContext): Promise<Response> {
  const user = requireUserAs400(ctx);
  const body = parseBody(updateUploadBody, await readJson(ctx.req));
  const upload = requireUpload(ctx, user.id);
  if (body.data.id !== upload.id) throw badRequest("data.id must be the uploadId in the path.", { pointer: "/data/id" });
  if (upload.complete) throw conflict(`Upload '${upload.id}' is already complete.`, { pointer: "/data/type" });
  upload.complete = true;
  user.attributes.historicalTransactionsSent = true;
  return json(200, { data: { type: "historicalTransactionComplete", id: upload.id, attributes: {} } });
}
