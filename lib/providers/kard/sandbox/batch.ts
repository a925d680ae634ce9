import type { z } from "zod";
import { badRequest, errorObject, errorResponse, json, type ErrorObject } from "./json-api";

/**
 * Batch endpoints (users, transactions, fraud markers, audits, upload parts): the body's
 * `data` array is checked as a whole (present, within the documented size), then item by item.
 * Every item that fails gets its own error object with `id` and a JSON pointer; the answer is
 * the success status when none failed, 207 Multi-Status when some did, and the shared error
 * status (or 400) when all did.
 * Source: Kard seed, `commons.ErrorObject` ("id … Always returned for multi-status errors"),
 * the 207 responses of those operations.
 */
export function readDataArray(body: unknown, limits: { min?: number; max: number; noun: string }): unknown[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw badRequest("The request body must have a `data` array.", { pointer: "/data" });
  const min = limits.min ?? 1;
  if (data.length < min) throw badRequest(`Send at least ${min} ${limits.noun} per request.`, { pointer: "/data" });
  if (data.length > limits.max) {
    throw badRequest(`A maximum of ${limits.max} ${limits.noun} can be sent per request; got ${data.length}.`, { pointer: "/data" });
  }
  return data;
}

function pointerOf(prefix: string, path: PropertyKey[]): string {
  return [prefix, ...path.map((part) => String(part).replace(/~/g, "~0").replace(/\//g, "~1"))].join("/");
}

/** One error object per zod issue, pointing into the request document. */
export function zodErrors(error: z.ZodError, prefix: string, id?: string): ErrorObject[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join(".") : "item";
    return errorObject(400, `${field}: ${issue.message}`, { pointer: pointerOf(prefix, issue.path) }, id);
  });
}

/** Parses a single-resource body (`{data:{…}}`) or throws 400 with the first issue. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const [first] = zodErrors(result.error, "");
    throw badRequest(first.detail, first.source);
  }
  return result.data;
}

/**
 * The batch answer. `success` builds the body for the accepted items: it is the whole body on
 * full success and the `data` member of the 207 body otherwise.
 */
export function batchResponse(opts: {
  okStatus: number;
  accepted: number;
  errors: ErrorObject[];
  success: () => unknown;
}): Response {
  if (opts.errors.length === 0) return json(opts.okStatus, { data: opts.success() });
  if (opts.accepted > 0) return json(207, { errors: opts.errors, data: opts.success() });
  const statuses = new Set(opts.errors.map((error) => error.status));
  const status = statuses.size === 1 ? Number([...statuses][0]) : 400;
  return errorResponse(status, opts.errors);
}
