import { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { OperationError } from "@/lib/errors";
import { providerMode } from "@/lib/providers/registry";
import { sandboxControls } from "@/lib/sandbox/controls";

const mintedSchema = z.object({
  operation_id: z.number().int(),
  transaction_code: z.string().regex(/^\d{16}$/),
  amount_kc: z.number(),
});

export interface PracticeCode {
  /** The partner's 16-digit code: a sandbox code, handed to the operator to type in. */
  transactionCode: string;
  /** KvitkaCoins the code carries. */
  amountKc: string;
}

/**
 * Sandbox only: the partner business withdraws and confirms (control action `mint-partner-code`),
 * so staff can practise a deposit with a real code of the simulated network. Audited as
 * sandbox.control.mint-partner-code with the code's last 4 digits only. `amountKc`: KvitkaCoins
 * the code carries (default: the sandbox's, the documentation's 176.32). Wherever the simulators
 * run (lib/sandbox/controls.ts).
 * @throws OperationError LIVE when KvitkaCard is live (no sandbox to mint from), MINT_FAILED.
 */
export async function mintPracticeCode({ amountKc }: { amountKc?: string }, actor: Actor): Promise<PracticeCode> {
  if (providerMode("kvitka") !== "sandbox") throw new OperationError("LIVE", "Practice codes exist only while KvitkaCard runs in sandbox mode.");
  const res = await sandboxControls().run("kvitka", "mint-partner-code", amountKc ? { amount_kc: amountKc } : {});
  const body: unknown = await res.json();
  const minted = mintedSchema.safeParse(body);
  if (!res.ok || !minted.success) {
    const message = (body as { message?: string } | null)?.message ?? "the sandbox did not mint a code";
    throw new OperationError("MINT_FAILED", `No practice code: ${message}`);
  }
  const { transaction_code: code, amount_kc, operation_id } = minted.data;
  await recordAudit({
    actor,
    action: "sandbox.control.mint-partner-code",
    provider: "kvitka",
    outcome: "SUCCEEDED",
    response: { operation_id, amount_kc, codeLast4: code.slice(-4) },
  });
  return { transactionCode: code, amountKc: String(amount_kc) };
}
