import { isProviderSlug, PROVIDER_SLUGS, type ProviderSlug } from "@/lib/providers/slugs";
import { sandboxes } from "./sandboxes";
import type { Sandbox } from "./types";
import { withFaults } from "./with-faults";

/** One simulator instance per provider per process, kept on globalThis so that every route bundle
 * of the Next server (and every test module) shares the same provider state. */
const instances = ((globalThis as { __sandboxInstances?: Map<ProviderSlug, Sandbox> }).__sandboxInstances ??=
  new Map());

/** The simulator for `slug`, created on first use; undefined for a provider without one yet. */
export function sandboxFor(slug: ProviderSlug): Sandbox | undefined {
  let instance = instances.get(slug);
  if (!instance) {
    const create = sandboxes[slug];
    if (!create) return undefined;
    instance = create();
    instances.set(slug, instance);
  }
  return instance;
}

/** Resets one provider's simulator, or all of them. */
export function resetSandbox(slug?: ProviderSlug): void {
  for (const s of slug ? [slug] : PROVIDER_SLUGS) sandboxFor(s)?.reset();
}

/**
 * Dispatches a request addressed to `/sandbox/<slug>/<documented path>` to that simulator,
 * faults included. Returns undefined when the path is not a sandbox path or has no simulator.
 */
export async function dispatchToSandbox(req: Request): Promise<Response | undefined> {
  const url = new URL(req.url);
  const match = /^\/sandbox\/([^/]+)(\/.*)?$/.exec(url.pathname);
  if (!match || !isProviderSlug(match[1])) return undefined;
  const sandbox = sandboxFor(match[1]);
  if (!sandbox) return undefined;
  url.pathname = match[2] ?? "/";
  const inner = new Request(url, req);
  return withFaults(match[1], sandbox.handle)(inner);
}
