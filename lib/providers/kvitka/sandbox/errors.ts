import { KVITKA_ERRORS, type KvitkaErrorCode } from "../error-codes";

/** A refusal the simulated API answers with `{success:false, error_code, message}`. */
export class KvitkaSandboxError extends Error {
  constructor(
    readonly code: KvitkaErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "KvitkaSandboxError";
  }

  get status(): number {
    return KVITKA_ERRORS[this.code];
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** Source: KvitkaCard API v1.0, "Error codes": `success: false`, `error_code` and `message`. */
export function errorResponse(error: KvitkaSandboxError): Response {
  return jsonResponse({ success: false, error_code: error.code, message: error.message }, error.status, error.headers);
}
