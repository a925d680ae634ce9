import type { FetchFn } from "@/lib/providers/http";
import { dispatchToSandbox, isSandboxPath } from "./mount";
import { atOrigin, forwardedHeaders, sandboxOrigin } from "./remote";

/**
 * A fetch that serves `/sandbox/<slug>/…` URLs from the in-process simulators (no socket, the
 * same handlers `app/sandbox` serves over HTTP) and sends every other URL to the network. An
 * aborted signal rejects exactly as the platform fetch does, so timeouts behave the same.
 * With SANDBOX_ORIGIN set (another instance serves the simulators, ./remote.ts) the sandbox URLs
 * go over the network to that instance instead, same path and query.
 */
export const sandboxFetch: FetchFn = async (input, init) => {
  const request = new Request(input, init);
  const remote = sandboxOrigin();
  if (remote && isSandboxPath(new URL(request.url).pathname)) {
    return fetch(new Request(atOrigin(request.url, remote), { ...requestInit(request), headers: forwardedHeaders(request.headers) }));
  }
  const pending = dispatchToSandbox(request);
  const signal = request.signal;
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  const response = await Promise.race([pending, aborted]);
  if (response) return response;
  return fetch(input, init);
};

/** What of `request` a new Request to another URL keeps: method, body, signal. */
function requestInit(request: Request): RequestInit & { duplex?: "half" } {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return { method: request.method, body: hasBody ? request.body : undefined, duplex: hasBody ? "half" : undefined, signal: request.signal, redirect: "manual" };
}
