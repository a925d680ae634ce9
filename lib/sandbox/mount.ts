import { isProviderSlug, PROVIDER_SLUGS, type ProviderSlug } from "@/lib/providers/slugs";
import { loadSandboxState, saveSandboxState, sandboxStateDir } from "./persistence";
import { sandboxes } from "./sandboxes";
import type { Sandbox } from "./types";
import { withFaults } from "./with-faults";

/** One simulator instance per provider per process, kept on globalThis so that every route bundle
 * of the Next server (and every test module) shares the same provider state. */
const instances = ((globalThis as { __sandboxInstances?: Map<ProviderSlug, Sandbox> }).__sandboxInstances ??=
  new Map());

/**
 * `inner` whose state is saved (lib/sandbox/persistence.ts) after every request it handled,
 * every control action and every reset — before the answer is returned, so a lost response (the
 * change applied, the answer never sent) is saved as well.
 */
function persisting(slug: ProviderSlug, inner: Sandbox, dir: string): Sandbox {
  const save = () => saveSandboxState(slug, inner.snapshot(), dir);
  const after = async (pending: Promise<Response>) => {
    const response = await pending;
    save();
    return response;
  };
  return {
    handle: (req) => after(inner.handle(req)),
    reset() {
      inner.reset();
      save();
    },
    control: inner.control && ((action, body) => after(inner.control!(action, body))),
    snapshot: () => inner.snapshot(),
    restore(snapshot) {
      inner.restore(snapshot);
      save();
    },
  };
}

/**
 * The simulator for `slug`, created on first use — from the state saved by an earlier process when
 * there is one (SANDBOX_STATE_DIR) — and undefined for a provider without one yet.
 * @throws Error when the saved state cannot be read (persistence.ts).
 */
export function sandboxFor(slug: ProviderSlug): Sandbox | undefined {
  let instance = instances.get(slug);
  if (!instance) {
    const create = sandboxes[slug];
    if (!create) return undefined;
    const created = create();
    const dir = sandboxStateDir();
    const saved = loadSandboxState(slug, dir);
    if (saved !== undefined) created.restore(saved);
    instance = dir ? persisting(slug, created, dir) : created;
    instances.set(slug, instance);
  }
  return instance;
}

/** Resets one provider's simulator, or all of them (ids handed out before are still never reused). */
export function resetSandbox(slug?: ProviderSlug): void {
  for (const s of slug ? [slug] : PROVIDER_SLUGS) sandboxFor(s)?.reset();
}

const SANDBOX_PATH = /^\/sandbox\/([^/]+)(\/.*)?$/;

/** True for a path `/sandbox/<provider slug>[/…]` (a simulator's documented API, not the controls). */
export function isSandboxPath(pathname: string): boolean {
  const match = SANDBOX_PATH.exec(pathname);
  return match !== null && isProviderSlug(match[1]);
}

/**
 * Dispatches a request addressed to `/sandbox/<slug>/<documented path>` to that simulator,
 * faults included. Returns undefined when the path is not a sandbox path or has no simulator.
 * Like a real provider, the simulator carries on with a request it has received whole even when
 * the caller goes away meanwhile (its timeout fired, its process died): the body is read first
 * and the simulator's copy of the request does not follow the caller's abort signal; only an
 * injected hang (timeout, lost response) ends when the caller gives up.
 */
export async function dispatchToSandbox(req: Request): Promise<Response | undefined> {
  const url = new URL(req.url);
  const match = SANDBOX_PATH.exec(url.pathname);
  if (!match || !isProviderSlug(match[1])) return undefined;
  const sandbox = sandboxFor(match[1]);
  if (!sandbox) return undefined;
  url.pathname = match[2] ?? "/";
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
  const inner = new Request(url, { method: req.method, headers: req.headers, body });
  return withFaults(match[1], sandbox.handle)(inner, req.signal);
}
