"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record";
import { describeAuditChainResult, verifyAuditChain } from "@/lib/audit/verify";

/**
 * Walks the whole audit hash chain and reports it intact (with its length) or its first broken
 * link. The check itself is audited: SUCCEEDED when intact, FAILED (AUDIT_CHAIN_BROKEN) when not.
 */
export const verifyAuditChainAction = defineAction({
  name: "audit.chain.verify",
  permission: "audit.read",
  input: z.object({}),
  handler: async (_input, actor) => {
    const result = await verifyAuditChain();
    await recordAudit({
      actor,
      action: "audit.chain.verify",
      outcome: result.ok ? "SUCCEEDED" : "FAILED",
      errorCode: result.ok ? null : "AUDIT_CHAIN_BROKEN",
      message: describeAuditChainResult(result),
      response: result,
    });
    return result;
  },
});
