import { z } from "zod";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";

export const FAULT_KINDS = ["latency", "status-500", "status-503", "status-429", "timeout", "lost-response"] as const;

export const injectFaultSchema = z.object({
  provider: z.enum(PROVIDER_SLUGS),
  kind: z.enum(FAULT_KINDS),
  method: z.enum(["", "GET", "POST", "PUT", "PATCH", "DELETE"]).default(""),
  pathIncludes: z.string().trim().max(200).default(""),
  count: z.coerce.number().int().min(1).max(100).default(1),
  latencyMs: z.coerce.number().int().min(1).max(60_000).default(1500),
});

export const providerSchema = z.object({ provider: z.enum(PROVIDER_SLUGS).optional() });
