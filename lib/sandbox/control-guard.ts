import { withLoopbackAliases } from "@/lib/app-origin";
import { appOrigin } from "@/lib/app-origin";

/** A refused control call: the HTTP status and the error the caller sees. */
export interface ControlRefusal {
  status: 403 | 415;
  code: "CROSS_ORIGIN" | "UNSUPPORTED_MEDIA_TYPE";
  message: string;
}

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** The request's origin: its Origin header, else its Referer's origin; null when it has neither (or they do not parse). */
function requestOrigin(req: Request): string | null {
  const origin = req.headers.get("origin");
  if (origin && origin !== "null") return origin;
  const referer = req.headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/**
 * Refuses a state-changing control call (any method but GET/HEAD) that does not come from the
 * console's own origin (APP_URL; its loopback aliases count as the same console): the Origin
 * header, else the Referer, must name it (OWASP CSRF cheat sheet: "verify the origin with
 * standard headers"; a request naming neither is refused). Returns null when the call may go on.
 * Source: issue 11, finding 1.
 */
export function crossOriginRefusal(req: Request, console = appOrigin()): ControlRefusal | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const origin = requestOrigin(req);
  if (origin && withLoopbackAliases(console).includes(origin)) return null;
  return {
    status: 403,
    code: "CROSS_ORIGIN",
    message: origin
      ? `The sandbox controls answer only the console itself (${console}), not ${origin}.`
      : `Send an Origin header naming the console (${console}).`,
  };
}

/**
 * Refuses a POST whose body is not declared `application/json` (a cross-site form or a
 * `text/plain` fetch needs no CORS preflight; JSON does). Returns null when the call may go on.
 */
export function mediaTypeRefusal(req: Request): ControlRefusal | null {
  if (req.method.toUpperCase() !== "POST") return null;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return null;
  return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as application/json." };
}
