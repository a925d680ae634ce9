import { type ProviderSlug } from "@/lib/providers/slugs";
import { takeFault } from "./faults";
import type { SandboxHandler } from "./types";

/** The longest a hung request is held before the sandbox lets go of it (ms). */
const HANG_CAP_MS = 60_000;

function hangUntilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, HANG_CAP_MS);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const gatewayTimeout = () =>
  new Response(JSON.stringify({ message: "sandbox: injected timeout" }), {
    status: 504,
    headers: { "content-type": "application/json" },
  });

/**
 * Wraps a simulator so the faults injected through the control surface take effect. `caller`:
 * the caller's abort signal, which ends an injected hang (default: the request's own).
 */
export function withFaults(slug: ProviderSlug, handler: SandboxHandler): (req: Request, caller?: AbortSignal) => Promise<Response> {
  return async (req, caller = req.signal) => {
    const path = new URL(req.url).pathname;
    const fault = takeFault(slug, req.method, path);
    if (!fault) return handler(req);
    switch (fault.kind) {
      case "latency":
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return handler(req);
      case "status": {
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (fault.status === 429) headers["retry-after"] = String(fault.retryAfterSeconds ?? 1);
        return new Response(JSON.stringify({ message: `sandbox: injected ${fault.status}` }), {
          status: fault.status,
          headers,
        });
      }
      case "timeout":
        await hangUntilAborted(caller);
        return gatewayTimeout();
      case "lost-response":
        await handler(req);
        await hangUntilAborted(caller);
        return gatewayTimeout();
    }
  };
}
