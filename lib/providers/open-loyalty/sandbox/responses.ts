import { SandboxRefusal } from "@/lib/sandbox/router";
import { OPEN_LOYALTY_ERRORS, type OpenLoyaltyErrorName } from "../error-codes";

/** "The UTC timestamp of the response. Format: YYYY-MM-DD HH:mm:ss." Source: recovered spec §3. */
export function utcTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").slice(0, 19);
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** `{code: 200, msg: "success", timestamp, data}`. Source: seed, each "Responses". */
export function success(data: unknown, now: number): Response {
  return jsonResponse({ code: 200, msg: "success", timestamp: utcTimestamp(now), data });
}

/**
 * A refusal in the documented envelope: a non-200 `code` (../error-codes.ts), `msg`, `timestamp`
 * and `data: null` ("Null on error"), answered with HTTP 200 — the envelope carries the outcome
 * (assumption, docs/providers/open-loyalty.md) — except for an unknown path or method, which also
 * get the HTTP status.
 */
export function refusal(name: OpenLoyaltyErrorName, msg: string, now: number, httpStatus = 200, headers: Record<string, string> = {}): SandboxRefusal {
  const body = { code: OPEN_LOYALTY_ERRORS[name], msg, timestamp: utcTimestamp(now), data: null };
  return new SandboxRefusal(jsonResponse(body, httpStatus, headers), msg);
}
