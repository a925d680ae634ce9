import { SandboxRefusal } from "@/lib/sandbox/router";
import { KVITKA_ERRORS, type KvitkaErrorCode } from "../error-codes";

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/**
 * A refusal of the simulated API: `{success:false, error_code, message}` with the HTTP status
 * ../error-codes.ts gives `code`. Thrown from anywhere in a handler; the router answers with it.
 * Source: KvitkaCard API v1.0, "Error codes": `success: false`, `error_code` and `message`.
 */
export function kvitkaRefusal(code: KvitkaErrorCode, message: string, headers: Record<string, string> = {}): SandboxRefusal {
  return new SandboxRefusal(jsonResponse({ success: false, error_code: code, message }, KVITKA_ERRORS[code], headers), message);
}
