import type { FetchFn } from "@/lib/providers/http";
import { dispatchToSandbox } from "./mount";

/**
 * A fetch that serves `/sandbox/<slug>/…` URLs from the in-process simulators (no socket, the
 * same handlers `app/sandbox` serves over HTTP) and sends every other URL to the network. An
 * aborted signal rejects exactly as the platform fetch does, so timeouts behave the same.
 */
export const sandboxFetch: FetchFn = async (input, init) => {
  const request = new Request(input, init);
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
