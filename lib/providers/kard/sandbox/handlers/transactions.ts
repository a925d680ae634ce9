import { batchResponse, readDataArray, zodErrors } from "../batch";
import { LIMITS, UPLOAD_URL_TTL_SECONDS } from "../config";
import { readJson, type SandboxContext } from "../context";
import { newUuid } from "../ids";
import { errorObject, errorResponse, json, type ErrorObject } from "../json-api";
import { clawBack, receiveTransaction, type IncomingItem, type MatchEnv } from "../matching";
import { fraudItem, transactionItem, uploadUrlItem } from "../request-schemas";
import { presignPath } from "../signed-urls";
import { transactionKey } from "../state";

/**
 * Create Incoming Transactions (≤500; 202 queued job, 207 partial, 409 every event already
 * received), Flag Fraudulent Transactions (≤500; 200, 207), Create Bulk Transactions Upload URL
 * (1–10 presigned PUT URLs, 15 minutes).
 * An event `id` "must be unique for each distinct event", so a repeated id is a conflict; the
 * issuer's `transactionId` ties the APPROVED and SETTLED events of one purchase together.
 * Source: Kard seed, "Create Incoming Transactions", "Flag Fraudulent Transactions",
 * "Create Bulk Transactions Upload URL".
 */
export function matchEnv(ctx: SandboxContext): MatchEnv {
  return { state: ctx.state, notifier: ctx.notifier, now: ctx.now, publicBase: ctx.publicBase };
}

function itemId(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? id : String(index);
}

export function jobResource(ctx: SandboxContext, kind: string, accepted: number, noun: string) {
  const id = newUuid();
  ctx.state.jobs.push({ id, kind, receivedAt: ctx.now, accepted });
  return { type: "job", id, attributes: { status: "queued", message: `${accepted} ${noun} queued for processing.` } };
}

export async function createTransactions(ctx: SandboxContext): Promise<Response> {
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.transactionsPerRequest, noun: "transactions" });
  const errors: ErrorObject[] = [];
  const accepted: IncomingItem[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const id = itemId(raw, index);
    const parsed = transactionItem.safeParse(raw);
    if (!parsed.success) return void errors.push(...zodErrors(parsed.error, `/data/${index}`, id));
    if (ctx.state.events.has(id) || seen.has(id)) {
      return void errors.push(errorObject(409, `Transaction event '${id}' was already received.`, { pointer: `/data/${index}/id` }, id));
    }
    if (!ctx.state.users.has(parsed.data.attributes.userId)) {
      const detail = `User '${parsed.data.attributes.userId}' is not enrolled.`;
      return void errors.push(errorObject(400, detail, { pointer: `/data/${index}/attributes/userId` }, id));
    }
    seen.add(id);
    accepted.push(parsed.data);
  });
  const env = matchEnv(ctx);
  for (const item of accepted) receiveTransaction(env, item);
  return batchResponse({
    okStatus: 202,
    accepted: accepted.length,
    errors,
    success: () => jobResource(ctx, "transactions", accepted.length, "transactions"),
  });
}

export async function flagFraud(ctx: SandboxContext): Promise<Response> {
  const items = readDataArray(await readJson(ctx.req), { max: LIMITS.fraudMarkersPerRequest, noun: "fraudulent transactions" });
  const errors: ErrorObject[] = [];
  const flagged: { id: string; type: string; attributes: { userId: string } }[] = [];
  const env = matchEnv(ctx);
  items.forEach((raw, index) => {
    const parsed = fraudItem.safeParse(raw);
    if (!parsed.success) return void errors.push(...zodErrors(parsed.error, `/data/${index}`, itemId(raw, index)));
    const { id, attributes } = parsed.data;
    const record = ctx.state.transactions.get(transactionKey(attributes.userId, id));
    if (!record) {
      return void errors.push(errorObject(400, `Transaction '${id}' was not found for user '${attributes.userId}'.`, { pointer: `/data/${index}/id` }, id));
    }
    record.fraudulent = true;
    clawBack(env, record, "Transaction was flagged as fraudulent");
    flagged.push(parsed.data);
  });
  return batchResponse({ okStatus: 200, accepted: flagged.length, errors, success: () => flagged });
}

export async function createUploadUrls(ctx: SandboxContext): Promise<Response> {
  const { min, max } = LIMITS.uploadUrlsPerRequest;
  const items = readDataArray(await readJson(ctx.req), { min, max, noun: "upload URLs" });
  const errors: ErrorObject[] = [];
  const parsedItems = items.map((raw, index) => {
    const parsed = uploadUrlItem.safeParse(raw);
    if (!parsed.success) errors.push(...zodErrors(parsed.error, `/data/${index}`, String(index)));
    return parsed.data;
  });
  // The operation documents no 207: one bad item fails the request.
  if (errors.length > 0) return errorResponse(400, errors);
  const expiresAt = new Date(ctx.now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000);
  const data = parsedItems.map((item) => {
    const upload = item as NonNullable<typeof item>;
    const id = newUuid();
    ctx.state.bulkUploads.set(id, { id, type: upload.type, filename: upload.attributes.filename, expiresAt });
    return {
      type: upload.type,
      id,
      attributes: { url: `${ctx.publicBase}${presignPath(`/uploads/${id}`, expiresAt)}`, expiresIn: UPLOAD_URL_TTL_SECONDS },
    };
  });
  return json(201, { data });
}
