import { z } from "zod";
import { type ProviderSlug } from "@/lib/providers/slugs";

/**
 * Faults injected into a sandbox through the control surface. Each applies to requests that
 * match (`method`, `pathIncludes`), `count` times (latency: until cleared).
 * - latency: answer after `ms` more milliseconds.
 * - status: answer `status` (5xx or 429) without applying the request; 429 carries Retry-After.
 * - timeout: never answer (until the caller gives up); the request is not applied.
 * - lost-response: apply the request, then never answer: the provider has the change, we don't.
 */
export const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("latency"), ms: z.number().int().min(1).max(60_000) }),
  z.object({
    kind: z.literal("status"),
    status: z.union([z.literal(429), z.number().int().min(500).max(599)]),
    retryAfterSeconds: z.number().int().min(0).max(120).optional(),
  }),
  z.object({ kind: z.literal("timeout") }),
  z.object({ kind: z.literal("lost-response") }),
]);

export const faultRuleSchema = z.object({
  fault: faultSchema,
  method: z.string().toUpperCase().optional(),
  pathIncludes: z.string().optional(),
  count: z.number().int().min(1).max(1000).default(1),
});

export type Fault = z.infer<typeof faultSchema>;
export type FaultRule = z.infer<typeof faultRuleSchema>;

interface ActiveRule extends FaultRule {
  remaining: number;
}

const holder = globalThis as { __sandboxFaults?: Map<ProviderSlug, ActiveRule[]> };
const store: Map<ProviderSlug, ActiveRule[]> = (holder.__sandboxFaults ??= new Map());

export function addFault(slug: ProviderSlug, rule: FaultRule): void {
  const rules = store.get(slug) ?? [];
  rules.push({ ...rule, remaining: rule.count });
  store.set(slug, rules);
}

export function clearFaults(slug?: ProviderSlug): void {
  if (slug) store.delete(slug);
  else store.clear();
}

export function listFaults(slug: ProviderSlug): FaultRule[] {
  return (store.get(slug) ?? []).map(({ remaining, ...rule }) => ({ ...rule, count: remaining }));
}

/** Takes the next matching fault (consuming one of its counts), if any. */
export function takeFault(slug: ProviderSlug, method: string, path: string): Fault | undefined {
  const rules = store.get(slug);
  if (!rules) return undefined;
  const rule = rules.find(
    (r) => (!r.method || r.method === method.toUpperCase()) && (!r.pathIncludes || path.includes(r.pathIncludes)),
  );
  if (!rule) return undefined;
  if (rule.fault.kind !== "latency") {
    rule.remaining -= 1;
    if (rule.remaining <= 0) rules.splice(rules.indexOf(rule), 1);
  }
  return rule.fault;
}
