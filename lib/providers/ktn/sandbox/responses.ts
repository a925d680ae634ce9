import { SandboxRefusal } from "@/lib/sandbox/router";

/*
 * The documented envelopes. Success: `{status: <HTTP status>, message, data}` ("Response Object").
 * Error: `{status: "error", message, errors}` ("Error Handling › Error Response Format").
 */

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export function ok(message: string, data: unknown): Response {
  return jsonResponse(200, { status: 200, message, data });
}

/**
 * A request the simulated KTN refuses, as the documented error envelope: HTTP `httpStatus`,
 * body `{status: "error", message, errors}` where `errors` is free-text detail, as in the
 * documentation's examples. Thrown from anywhere in a handler; the router answers with it.
 */
export function ktnRefusal(httpStatus: number, message: string, errors: string, headers: Record<string, string> = {}): SandboxRefusal {
  return new SandboxRefusal(jsonResponse(httpStatus, { status: "error", message, errors }, headers), message);
}

export const badRequest = (message: string, errors = message) => ktnRefusal(400, message, errors);
export const notFound = (message: string, errors = message) => ktnRefusal(404, message, errors);

/** Source: "Error Handling" — the 401 example, verbatim. */
export const unauthorized = () =>
  ktnRefusal(401, "Full authentication is required to access this resource", "InsufficientAuthenticationException");
