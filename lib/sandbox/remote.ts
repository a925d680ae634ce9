/**
 * Several console instances, one set of simulators (docs/deployment.md › "Several instances"):
 * one instance serves the sandboxes in process and keeps their state; every other instance is
 * started with `SANDBOX_ORIGIN` naming it and reaches the simulators over HTTP — its providers'
 * clients, its `/sandbox/*` routes and its sandbox controls all go there. So the providers'
 * stand-ins behave as one provider (one order sequence, one rate window, one set of faults)
 * whichever instance a request lands on.
 */

/** Marks a request one instance forwarded to another; an instance that would forward it again refuses (508). */
export const FORWARDED_HEADER = "x-sandbox-forwarded";

/** Headers that describe one connection, not the request: never copied onto the next hop. */
const HOP_BY_HOP = ["connection", "keep-alive", "host", "content-length", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"];

/**
 * `SANDBOX_ORIGIN` as `scheme://host[:port]`, or null when unset (this instance serves the
 * simulators itself — the embedded default, and the serving instance of a deployment).
 * @throws Error when it is set but not an http(s) URL, naming the variable.
 */
export function sandboxOrigin(value = process.env.SANDBOX_ORIGIN): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SANDBOX_ORIGIN=${raw} is not a URL; set it to the serving instance's origin, e.g. http://console-a:3000.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`SANDBOX_ORIGIN=${raw} must be an http(s) URL.`);
  return url.origin;
}

/** `url`'s path and query under `origin`. */
export function atOrigin(url: string, origin: string): URL {
  const source = new URL(url);
  return new URL(source.pathname + source.search, origin);
}

/** A copy of `headers` for the next hop: connection headers dropped, the forwarding mark set. */
export function forwardedHeaders(headers: Headers): Headers {
  const next = new Headers(headers);
  for (const name of HOP_BY_HOP) next.delete(name);
  next.set(FORWARDED_HEADER, "1");
  return next;
}

const json = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });

/**
 * Sends `req` (addressed to this instance's `/sandbox/…`) to the same path and query at `origin`
 * with its method, body and headers (the session cookie and Origin included, so the serving
 * instance authorises and audits control calls as it would its own), and returns the answer as
 * the serving instance gave it (the body already decoded, so its encoding headers are dropped).
 * Answers 502 SANDBOX_UNREACHABLE when `origin` does not answer, 508 SANDBOX_LOOP when `req` was
 * itself forwarded (SANDBOX_ORIGIN set on the serving instance too).
 */
export async function forwardToSandboxOrigin(req: Request, origin: string): Promise<Response> {
  if (req.headers.get(FORWARDED_HEADER)) {
    return json(508, "SANDBOX_LOOP", "This request was forwarded here by another instance, and this instance forwards sandbox requests too: leave SANDBOX_ORIGIN unset on the instance that serves the sandboxes.");
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  let answer: Response;
  try {
    answer = await fetch(atOrigin(req.url, origin), {
      method: req.method,
      headers: forwardedHeaders(req.headers),
      body: hasBody ? await req.arrayBuffer() : undefined,
      redirect: "manual",
      signal: req.signal,
    });
  } catch (error) {
    if (req.signal.aborted) throw error;
    return json(502, "SANDBOX_UNREACHABLE", `The instance serving the sandboxes (SANDBOX_ORIGIN=${origin}) does not answer: start it, or correct SANDBOX_ORIGIN.`);
  }
  const headers = new Headers(answer.headers);
  for (const name of ["content-encoding", "content-length", "transfer-encoding"]) headers.delete(name);
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}
