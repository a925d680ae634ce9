/**
 * Headers never stored with an event: session cookies and credentials a proxy or a misconfigured
 * sender might add. The signature header is kept: it is not a secret (the key is), and a
 * re-process verifies the stored body against it again.
 */
const DROPPED = /^(cookie|set-cookie|authorization|proxy-authorization)$|token|secret|password|api-?key|session/i;

/** The delivery's headers as a JSON object (lowercase names, sorted), credentials dropped. */
export function headersToStore(headers: Headers): string {
  const kept = [...headers.entries()].filter(([name]) => !DROPPED.test(name)).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(kept));
}

/** The stored headers back as `Headers` (empty when the stored text is not a JSON object). */
export function storedHeaders(stored: string): Headers {
  try {
    const value: unknown = JSON.parse(stored);
    if (!value || typeof value !== "object" || Array.isArray(value)) return new Headers();
    return new Headers(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return new Headers();
  }
}
