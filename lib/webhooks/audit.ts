import { auditActionSchema, type AuditAction } from "@/lib/audit/actions";
import { type ProviderSlug } from "@/lib/providers/slugs";

export type WebhookAuditVerb = "receive" | "reprocess";

/**
 * The audit action of an inbox step for `provider`: `<provider>.webhook.<verb>`. A provider joins
 * the inbox by adding `<provider>.webhook.receive` and `<provider>.webhook.reprocess` to
 * AUDIT_ACTIONS. Throws an Error naming the missing entry otherwise (a programming error).
 */
export function webhookAuditAction(provider: ProviderSlug, verb: WebhookAuditVerb): AuditAction {
  const name = `${provider}.webhook.${verb}`;
  const parsed = auditActionSchema.safeParse(name);
  if (!parsed.success) throw new Error(`Add "${name}" to AUDIT_ACTIONS before handling ${provider} webhooks`);
  return parsed.data;
}

/** The audit `target` of a stored event: its timeline is every row with this target. */
export const webhookTarget = (id: string) => `webhook-event:${id}`;
