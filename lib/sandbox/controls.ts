import { headers } from "next/headers";
import { appOrigin } from "@/lib/app-origin";
import { OperationError } from "@/lib/errors";
import type { ProviderSlug } from "@/lib/providers/slugs";
import type { FaultRule } from "./faults";
import { FORWARDED_HEADER, sandboxOrigin } from "./remote";

/**
 * The sandbox controls as the console's own pages and actions use them, wherever the simulators
 * run: in this process (the embedded default, or the instance that serves them), or over HTTP at
 * SANDBOX_ORIGIN (./remote.ts) with the signed-in staff member's session — the serving instance
 * authorises each call again and audits it as `sandbox.control.*` (so a forwarding instance's
 * action leaves its own audit row and the serving instance's row of the call it served).
 * Reset also clears the provider's faults, as `POST /sandbox/_control/reset` does.
 */
export interface SandboxControls {
  faults(slug: ProviderSlug): Promise<FaultRule[]>;
  addFault(slug: ProviderSlug, rule: FaultRule): Promise<void>;
  clearFaults(slug?: ProviderSlug): Promise<void>;
  reset(slug?: ProviderSlug): Promise<void>;
  /** A simulator's own control action (`POST /sandbox/_control/<slug>/<action>`); its answer as the simulator gave it. */
  run(slug: ProviderSlug, action: string, body: unknown): Promise<Response>;
}

/** The simulators in this process, loaded on first use (reading a page must not load every simulator). */
const local: SandboxControls = {
  faults: async (slug) => (await import("./faults")).listFaults(slug),
  addFault: async (slug, rule) => (await import("./faults")).addFault(slug, rule),
  clearFaults: async (slug) => (await import("./faults")).clearFaults(slug),
  async reset(slug) {
    (await import("./mount")).resetSandbox(slug);
    (await import("./faults")).clearFaults(slug);
  },
  async run(slug, action, body) {
    const sandbox = (await import("./mount")).sandboxFor(slug);
    if (!sandbox?.control) return Response.json({ message: "Not found" }, { status: 404 });
    return sandbox.control(action, body);
  },
};

/**
 * Control calls to the serving instance at `origin`, carrying the incoming request's cookie and
 * forwarding chain and naming this console as the Origin (the serving instance's CSRF check).
 * @throws OperationError SANDBOX_UNREACHABLE when `origin` does not answer; SANDBOX_CONTROL when it
 *   refuses a call (its message passed on).
 */
function remote(origin: string): SandboxControls {
  const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
    const incoming = await headers();
    const sent: Record<string, string> = { origin: appOrigin(), [FORWARDED_HEADER]: "1" };
    for (const name of ["cookie", "x-forwarded-for", "user-agent", "x-request-id"]) {
      const value = incoming.get(name);
      if (value) sent[name] = value;
    }
    if (body !== undefined) sent["content-type"] = "application/json";
    try {
      return await fetch(`${origin}/sandbox/_control/${path}`, { method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
    } catch {
      throw new OperationError("SANDBOX_UNREACHABLE", `The instance serving the sandboxes (SANDBOX_ORIGIN=${origin}) does not answer: start it, or correct SANDBOX_ORIGIN.`);
    }
  };
  const expectOk = async (pending: Promise<Response>): Promise<unknown> => {
    const res = await pending;
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) return body;
    const error = body as { error?: { message?: string }; message?: string } | null;
    throw new OperationError("SANDBOX_CONTROL", `The instance serving the sandboxes refused (HTTP ${res.status}): ${error?.error?.message ?? error?.message ?? "no reason given"}`);
  };
  const query = (slug?: ProviderSlug) => (slug ? `?provider=${encodeURIComponent(slug)}` : "");
  return {
    faults: async (slug) => ((await expectOk(call("GET", `faults${query(slug)}`))) as { faults: FaultRule[] }).faults,
    addFault: async (slug, rule) => void (await expectOk(call("POST", "faults", { provider: slug, ...rule }))),
    clearFaults: async (slug) => void (await expectOk(call("DELETE", `faults${query(slug)}`))),
    reset: async (slug) => void (await expectOk(call("POST", "reset", slug ? { provider: slug } : {}))),
    run: (slug, action, body) => call("POST", `${slug}/${encodeURIComponent(action)}`, body ?? {}),
  };
}

/** The controls of the simulators this console uses: over HTTP when SANDBOX_ORIGIN is set, in process otherwise. */
export function sandboxControls(): SandboxControls {
  const origin = sandboxOrigin();
  return origin ? remote(origin) : local;
}
