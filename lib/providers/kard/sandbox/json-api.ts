import { SandboxRefusal } from "@/lib/sandbox/router";

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

/** A refusal with one JSON:API error object, thrown from anywhere in a handler (the router answers with it). */
function refusal(status: number, detail: string, source?: ErrorSource, headers?: Record<string, string>): SandboxRefusal {
  return new SandboxRefusal(errorResponse(status, [errorObject(status, detail, source)], headers), detail);
}

export const badRequest = (detail: string, source?: ErrorSource) => refusal(400, detail, source);
export const notFound = (detail: string, source?: ErrorSource) => refusal(404, detail, source);
export const conflict = (detail: string, source?: ErrorSource) => refusal(409, detail, source);
export const unauthorized = (detail: string, source: ErrorSource = { header: "Authorization" }) =>
  refusal(401, detail, source, { "www-authenticate": 'Bearer error="invalid_token"' });
