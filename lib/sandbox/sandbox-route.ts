import { isProviderSlug } from "@/lib/providers/slugs";
import { z } from "zod";
import type { AuditAction } from "@/lib/audit/actions";
import { staffActor, type Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { auditAnonymousRefusal } from "@/lib/audit/refusal-budget";
import { can } from "@/lib/auth/permissions";
import { currentStaff } from "@/lib/auth/session";
import { PROVIDER_SLUGS, type ProviderSlug } from "@/lib/providers/slugs";
import { providerMode } from "@/lib/providers/registry";
import { contextFromHeaders } from "@/lib/request-context";
import { crossOriginRefusal, mediaTypeRefusal } from "./control-guard";
import { addFault, clearFaults, faultRuleSchema, listFaults } from "./faults";
import { dispatchToSandbox, resetSandbox, sandboxFor } from "./mount";
import { forwardToSandboxOrigin, sandboxOrigin } from "./remote";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });
const failure = (status: number, code: string, message: string) => json({ error: { code, message } }, status);
const notFound = () => json({ message: "Not found" }, 404);

const faultRequestSchema = faultRuleSchema.extend({ provider: z.enum(PROVIDER_SLUGS) });

/** Largest control body read (bytes): fault rules and simulator actions are small. */
const CONTROL_MAX_BODY_BYTES = 64 * 1024;

/** What a control call does, named before it runs (so refusals are audited under it too). */
interface ControlCall {
  action: AuditAction;
  provider: ProviderSlug | null;
  target?: string;
}

function describeCall(method: string, path: string[], query: URLSearchParams): ControlCall {
  const [first, second] = path;
  const slug = (value: string | null | undefined) => (value && isProviderSlug(value) ? value : null);
  if (first === "reset") return { action: "sandbox.control.reset", provider: null };
  if (first === "faults") {
    const action = method === "GET" ? "sandbox.control.list-faults" : method === "DELETE" ? "sandbox.control.clear-faults" : "sandbox.control.fault";
    return { action, provider: slug(query.get("provider")) };
  }
  return { action: "sandbox.control.run", provider: slug(first), target: second ? `${first}/${second}`.slice(0, 100) : first };
}

type Body = { ok: true; value: unknown } | { ok: false; response: Response };

async function readJsonBody(req: Request): Promise<Body> {
  if (req.method !== "POST") return { ok: true, value: {} };
  const text = await req.text();
  if (new TextEncoder().encode(text).length > CONTROL_MAX_BODY_BYTES) {
    return { ok: false, response: failure(413, "BODY_TOO_LARGE", `Control bodies are at most ${CONTROL_MAX_BODY_BYTES} bytes.`) };
  }
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: failure(400, "INVALID_JSON", "The body is not valid JSON.") };
  }
}

const sandboxProvider = (value: unknown): ProviderSlug | null =>
  typeof value === "string" && isProviderSlug(value) && providerMode(value) === "sandbox" ? value : null;

/**
 * Runs an authorised control call. Only providers in sandbox mode answer; a live provider's slug
 * is 404. Returns the response and what to audit.
 */
async function run(req: Request, path: string[], body: unknown, call: ControlCall): Promise<{ response: Response; audit: Partial<ControlCall> & { request?: unknown; outcome: "SUCCEEDED" | "FAILED"; errorCode?: string } }> {
  const [first, second] = path;
  const query = new URL(req.url).searchParams;
  const missing = { response: notFound(), audit: { outcome: "FAILED" as const, errorCode: "NOT_FOUND" } };

  if (first === "reset" && req.method === "POST" && !second) {
    const requested = (body as { provider?: unknown } | null)?.provider;
    const provider = requested === undefined ? null : sandboxProvider(requested);
    if (requested !== undefined && !provider) return missing;
    resetSandbox(provider ?? undefined);
    clearFaults(provider ?? undefined);
    return { response: json({ ok: true }), audit: { provider, outcome: "SUCCEEDED" } };
  }
  if (first === "faults" && !second && req.method === "DELETE" && !query.has("provider")) {
    clearFaults();
    return { response: json({ ok: true }), audit: { provider: null, outcome: "SUCCEEDED" } };
  }
  if (first === "faults" && !second) {
    const provider = sandboxProvider(req.method === "POST" ? (body as { provider?: unknown } | null)?.provider : query.get("provider"));
    if (!provider) return missing;
    if (req.method === "GET") return { response: json({ faults: listFaults(provider) }), audit: { provider, outcome: "SUCCEEDED" } };
    if (req.method === "DELETE") {
      clearFaults(provider);
      return { response: json({ ok: true }), audit: { provider, outcome: "SUCCEEDED" } };
    }
    if (req.method !== "POST") return missing;
    const parsed = faultRequestSchema.safeParse(body);
    if (!parsed.success) return { response: json({ message: "invalid fault", issues: parsed.error.issues }, 400), audit: { provider, outcome: "FAILED", errorCode: "VALIDATION", request: body } };
    const { fault, method, pathIncludes, count } = parsed.data;
    const rule = { fault, method, pathIncludes, count };
    addFault(provider, rule);
    return { response: json({ ok: true, faults: listFaults(provider) }), audit: { provider, outcome: "SUCCEEDED", request: rule } };
  }
  const provider = sandboxProvider(first);
  if (provider && second && path.length === 2 && req.method === "POST") {
    const sandbox = sandboxFor(provider);
    if (sandbox?.control) {
      const response = await sandbox.control(second, body);
      return { response, audit: { provider, request: body, outcome: response.ok ? "SUCCEEDED" : "FAILED", errorCode: response.ok ? undefined : `HTTP_${response.status}` } };
    }
  }
  return { ...missing, audit: { ...missing.audit, provider: call.provider } };
}

/**
 * `/sandbox/_control/…`: reset state, inject, list or clear faults, and the simulators' own
 * control actions:
 * - POST reset {provider?}           - POST faults {provider, fault, method?, pathIncludes?, count?}
 * - DELETE faults[?provider=…]       - GET faults?provider=…
 * - POST <slug>/<action> {…}        (the simulator's own control actions)
 * Every call needs a signed-in staff member with `sandbox.control` (401/403 otherwise); a
 * state-changing call must come from the console's own origin (403 CROSS_ORIGIN) and a POST must
 * be `application/json` (415). Every call is audited with its actor and IP (`sandbox.control.*`),
 * refusals as DENIED (anonymous ones within the per-address budget, refusal-budget.ts).
 * The simulators' provider APIs (`/sandbox/<slug>/…`) are the providers' stand-ins and keep
 * answering their documented sandbox credentials.
 * Source: issue 11, finding 1.
 */
async function control(req: Request, path: string[]): Promise<Response> {
  const context = contextFromHeaders(req.headers);
  const call = describeCall(req.method.toUpperCase(), path, new URL(req.url).searchParams);
  const staff = await currentStaff();
  const base = { action: call.action, provider: call.provider, target: call.target ?? null };

  if (!staff || !can(staff.role, "sandbox.control")) {
    const errorCode = staff ? "FORBIDDEN" : "UNAUTHENTICATED";
    if (staff || (await auditAnonymousRefusal(context.ip, { action: call.action, reason: errorCode }))) {
      await recordAudit({ ...base, actor: { staff, context }, outcome: "DENIED", errorCode, message: "missing permission sandbox.control" });
    }
    return staff
      ? failure(403, "FORBIDDEN", "Your role cannot use the sandbox controls (they need sandbox.control: admin or operator).")
      : failure(401, "UNAUTHENTICATED", "Sign in as a staff member with sandbox.control (admin or operator) to use the sandbox controls.");
  }
  const actor: Actor = staffActor(staff, context);
  const refusal = crossOriginRefusal(req) ?? mediaTypeRefusal(req);
  if (refusal) {
    await recordAudit({ ...base, actor, outcome: "DENIED", errorCode: refusal.code, message: refusal.message });
    return failure(refusal.status, refusal.code, refusal.message);
  }
  const body = await readJsonBody(req);
  if (!body.ok) {
    await recordAudit({ ...base, actor, outcome: "FAILED", errorCode: "INVALID_BODY" });
    return body.response;
  }
  const { response, audit } = await run(req, path, body.value, call);
  await recordAudit({ ...base, ...audit, actor });
  return response;
}

/**
 * The HTTP surface of every simulator: `/sandbox/<slug>/<documented path>` and `/sandbox/_control`.
 * On an instance started with SANDBOX_ORIGIN every such request is forwarded to the serving
 * instance as it came (./remote.ts), which answers, authorises and audits it.
 */
export async function handleSandboxRoute(req: Request, slug: string, path: string[]): Promise<Response> {
  const remote = sandboxOrigin();
  if (remote) return forwardToSandboxOrigin(req, remote);
  if (slug === "_control") return control(req, path);
  if (!isProviderSlug(slug) || providerMode(slug) === "live") return notFound();
  return (await dispatchToSandbox(req)) ?? notFound();
}
