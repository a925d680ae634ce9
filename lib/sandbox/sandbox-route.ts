import { z } from "zod";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";
import { providerMode } from "@/lib/providers/registry";
import { addFault, clearFaults, faultRuleSchema, listFaults } from "./faults";
import { dispatchToSandbox, isProviderSlug, resetSandbox, sandboxFor } from "./mount";

const json = (body: unknown, status = 200) => Response.json(body, { status });
const notFound = () => json({ message: "Not found" }, 404);

const faultRequestSchema = faultRuleSchema.extend({ provider: z.enum(PROVIDER_SLUGS) });

/**
 * `/sandbox/_control/…`: reset state, inject or clear faults, and provider-specific actions.
 * - POST reset {provider?}           - POST faults {provider, fault, method?, pathIncludes?, count?}
 * - DELETE faults?provider=…         - GET faults?provider=…
 * - POST <slug>/<action> {…}        (the simulator's own control actions)
 * Only providers in sandbox mode answer; a live provider's slug is 404.
 */
async function control(req: Request, path: string[]): Promise<Response> {
  const [first, second] = path;
  const body = req.method === "POST" ? await req.json().catch(() => ({})) : {};
  const query = new URL(req.url).searchParams;

  if (first === "reset" && req.method === "POST") {
    const provider = (body as { provider?: string }).provider;
    if (provider && !(isProviderSlug(provider) && providerMode(provider) === "sandbox")) return notFound();
    resetSandbox(provider && isProviderSlug(provider) ? provider : undefined);
    clearFaults(provider && isProviderSlug(provider) ? provider : undefined);
    await recordAudit({ actor: SYSTEM_ACTOR, action: "sandbox.control.reset", provider: provider as never, outcome: "SUCCEEDED" });
    return json({ ok: true });
  }
  if (first === "faults") {
    const slug = req.method === "POST" ? (body as { provider?: string }).provider : query.get("provider");
    if (!slug || !isProviderSlug(slug) || providerMode(slug) === "live") return notFound();
    if (req.method === "GET") return json({ faults: listFaults(slug) });
    if (req.method === "DELETE") {
      clearFaults(slug);
      return json({ ok: true });
    }
    const parsed = faultRequestSchema.safeParse(body);
    if (!parsed.success) return json({ message: "invalid fault", issues: parsed.error.issues }, 400);
    const { provider, ...rule } = parsed.data;
    addFault(provider, rule);
    await recordAudit({ actor: SYSTEM_ACTOR, action: "sandbox.control.fault", provider, outcome: "SUCCEEDED", request: rule });
    return json({ ok: true, faults: listFaults(provider) });
  }
  if (first && second && isProviderSlug(first) && providerMode(first) === "sandbox" && req.method === "POST") {
    const sandbox = sandboxFor(first);
    if (sandbox?.control) return sandbox.control(second, body);
  }
  return notFound();
}

/** The HTTP surface of every simulator: `/sandbox/<slug>/<documented path>` and `/sandbox/_control`. */
export async function handleSandboxRoute(req: Request, slug: string, path: string[]): Promise<Response> {
  if (slug === "_control") return control(req, path);
  if (!isProviderSlug(slug) || providerMode(slug) === "live") return notFound();
  return (await dispatchToSandbox(req)) ?? notFound();
}
