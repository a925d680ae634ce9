import { auditedProviderCall } from "@/lib/operations/audited-call";
import { singleItemRefusal } from "./multi-status";
import type { Actor } from "@/lib/audit/actor";
import { providerClient } from "@/lib/providers/registry";

/**
 * Flags one of the user's transactions as fraudulent so Kard does not reward it (a reward
 * already earned is clawed back): Flag Fraudulent Transactions with one marker, `id` = the
 * issuer's transactionId. The console's rows of that transaction get `fraudFlaggedAt`.
 * Audited as kard.transaction.fraud-flag.
 * @returns the number of local rows flagged (0 when the console did not send the transaction).
 * @throws ProviderError (a 207 item error is raised with httpStatus 207). Source: "Flag
 *   Fraudulent Transactions".
 */
export async function flagFraudulentTransaction({ userId, transactionId }: { userId: string; transactionId: string }, actor: Actor): Promise<number> {
  const marker = { id: transactionId, type: "fraudulentTransaction" as const, attributes: { userId } };
  return auditedProviderCall(
    { actor, action: "kard.transaction.fraud-flag", provider: "kard", target: `kard-transaction:${transactionId}`, request: marker },
    async () => {
      const result = await providerClient("kard").createFraudMarkers([marker]);
      const refusal = singleItemRefusal("createFraudMarkers", result.errors);
      if (refusal) throw refusal;
      return result;
    },
    {
      onSuccess: async (tx) => {
        const { count } = await tx.kardTransaction.updateMany({ where: { userId, transactionId }, data: { fraudFlaggedAt: new Date() } });
        return count;
      },
      responseSummary: (result) => ({ flagged: result.data.map((item) => item.id) }),
    },
  );
}
