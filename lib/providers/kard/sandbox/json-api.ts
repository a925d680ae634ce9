/**
 * JSON:API response helpers in the shape the Kard documentation gives every operation.
 * Source: Kard seed, `commons.ErrorResponse` / `commons.ErrorObject` ({errors:[{status, title,
 * detail, source:{pointer|parameter|header}, id}]}, `id` "always returned for multi-status
 * errors").
 */
export interface ErrorSource {
  pointer?: string;
  parameter?: string;
  header?: string;
}

export interface ErrorObject {
  status: string;
  title: string;
  detail: string;
  source?: ErrorSource;
  id?: string;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  500: "Internal Server Error",
};

/** An error that a handler throws to answer with one JSON:API error object. */
export class KardApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly source?: ErrorSource,
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = "KardApiError";
  }

  toObject(): ErrorObject {
    return errorObject(this.status, this.detail, this.source);
  }
}

export function errorObject(status: number, detail: string, source?: ErrorSource, id?: string): ErrorObject {
  return {
    status: String(status),
    title: TITLES[status] ?? "Error",
    detail,
    ...(source ? { source } : {}),
    ...(id !== undefined ? { id } : {}),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function errorResponse(status: number, errors: ErrorObject[], headers: Record<string, string> = {}): Response {
  return json(status, { errors }, headers);
}

export const badRequest = (detail: string, source?: ErrorSource) => new KardApiError(400, detail, source);
export const notFound = (detail: string, source?: ErrorSource) => new KardApiError(404, detail, source);
export const conflict = (detail: string, source?: ErrorSource) => new KardApiError(409, detail, source);
export const unauthorized = (detail: string, source: ErrorSource = { header: "Authorization" }) =>
  new KardApiError(401, detail, source, { "www-authenticate": 'Bearer error="invalid_token"' });
