import type { AuditActor, AuditContext } from "@/lib/audit/record";

/** Who runs a Kard operation: the audit actor and where the request came from. */
export interface Who {
  actor: AuditActor;
  context?: AuditContext;
}
