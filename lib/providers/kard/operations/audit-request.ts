import { auditedProviderCall } from "@/lib/operations/audited-call";
import type { AuditCode } from "./audit-request-codes";
import { singleItemRefusal } from "./multi-status";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

export interface AuditRequestInput {
  userId: string;
  transactionId: string;
  auditCode: AuditCode;
  merchantName: string;
  auditDescription: string;
}

/**
 * Asks Kard to audit one of the user's transactions (Create Audits, one item). Kard answers with
 * the audit id; its progress arrives later as `auditUpdate` notifications (there is no status
 * endpoint). The console's rows of that transaction keep the audit id.
 * Audited as kard.audit.create. @returns the audit id.
 * @throws ProviderError (404 unknown user, 409, a 207 item error). Source: "Create Audits";
 *   guide "User Acceptance Test Cases" ("Create an Audit Request").
 */
export async function requestTransactionAudit(input: AuditRequestInput, actor: Actor): Promise<string> {
  const { userId, ...attributes } = input;
  const audit = { type: "audit" as const, attributes };
  return auditedProviderCall(
    { actor, action: "kard.audit.create", provider: "kard", target: `kard-transaction:${input.transactionId}`, request: { userId, ...audit } },
    async () => {
      const result = await providerClient("kard").createAudits(userId, [audit]);
      const refusal = singleItemRefusal("createAudits", result.errors);
      if (refusal) throw refusal;
      const created = result.data?.[0];
      if (!created) throw new Error("Kard created no audit");
      return created;
    },
    {
      onSuccess: async (tx, created) => {
        await tx.kardTransaction.updateMany({ where: { userId, transactionId: input.transactionId }, data: { auditId: created.id } });
        return created.id;
      },
    },
  );
}
