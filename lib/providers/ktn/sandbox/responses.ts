/*
 * The documented envelopes. Success: `{status: <HTTP status>, message, data}` ("Response Object").
 * Error: `{status: "error", message, errors}` ("Error Handling › Error Response Format").
 */

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function ok(message: string, data: unknown): Response {
  return jsonResponse(200, { status: 200, message, data });
}

/** A request the simulated KTN refuses; the router turns it into the documented error envelope. */
export class KtnSandboxError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    /** The envelope's `errors`: free-text detail, as in the documentation's examples. */
    readonly errors: string,
  ) {
    super(message);
  }

  toResponse(): Response {
    return jsonResponse(this.httpStatus, { status: "error", message: this.message, errors: this.errors });
  }
}

export const badRequest = (message: string, errors = message) => new KtnSandboxError(400, message, errors);
export const notFound = (message: string, errors = message) => new KtnSandboxError(404, message, errors);

/** Source: "Error Handling" — the 401 example, verbatim. */
export const unauthorized = () =>
  new KtnSandboxError(401, "Full authentication is required to access this resource", "InsufficientAuthenticationException");
