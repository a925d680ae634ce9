import { z } from "zod";
import { PROVIDER_SLUGS } from "@/lib/providers/slugs";
import { SIGNATURE_STATUSES, WEBHOOK_STATUSES } from "./types";

/**
 * The inbox filters, from the page's query string or the polling route's. Anything unknown or
 * empty ("All") means no filter on that field, never an error.
 */
export const webhookFilterSchema = z.object({
  provider: z.enum(PROVIDER_SLUGS).optional().catch(undefined),
  type: z.string().trim().min(1).max(100).optional().catch(undefined),
  signatureStatus: z.enum(SIGNATURE_STATUSES).optional().catch(undefined),
  status: z.enum(WEBHOOK_STATUSES).optional().catch(undefined),
});
export type WebhookFilter = z.infer<typeof webhookFilterSchema>;

/** The filter as query-string entries (set fields only), for links and the polling URL. */
export function filterSearchParams(filter: WebhookFilter): URLSearchParams {
  return new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}
