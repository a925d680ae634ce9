import { SandboxRefusal } from "@/lib/sandbox/router";

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/**
 * A refusal in Kazawallet's documented error shape `{success: false, error: "<message>"}`.
 * The HTTP status is ours (the documentation gives none): 401 credentials, 404 unknown record,
 * 400 anything else. Source: kazawallet-recovered.md §4.2 / §4.4 "Response Error".
 */
export function refusal(error: string, status = 400): SandboxRefusal {
  return new SandboxRefusal(jsonResponse({ success: false, error }, status), error);
}
