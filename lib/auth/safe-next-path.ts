import { appOrigin } from "@/lib/app-origin";

/** Longest `next` followed after sign-in; anything longer is dropped. */
export const NEXT_PATH_MAX = 2048;

// C0 controls, DEL and C1 controls: URL parsers strip or reinterpret them (`/\t/evil.example`
// parses as `//evil.example`), and a newline in a Location header fails the response.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The path to land on after sign-in: `next` when it names a page of this console, "/" otherwise.
 * `next` must start with "/", hold no control character or backslash, and resolve, with
 * `new URL(next, origin)`, to this console's own origin; the answer is that URL's path, query
 * and fragment (so `//evil.example`, `/\evil.example`, `/%09/evil.example` and `https://…` give "/").
 * Source: issue 11, finding 2 (open redirect after sign-in).
 */
export function safeNextPath(next: unknown, origin: string = appOrigin()): string {
  if (typeof next !== "string" || next.length === 0 || next.length > NEXT_PATH_MAX) return "/";
  if (!next.startsWith("/") || next.includes("\\") || CONTROL_CHARACTERS.test(next)) return "/";
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(next, base);
  } catch {
    return "/";
  }
  if (target.origin !== base.origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
