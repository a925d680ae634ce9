"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record";
import { OperationError } from "@/lib/errors";
import { providerMode } from "@/lib/providers/registry";
import { sandboxControls } from "@/lib/sandbox/controls";
import type { Fault } from "@/lib/sandbox/faults";
import { injectFaultSchema, providerSchema } from "./sandbox.validation";

function toFault(kind: string, latencyMs: number): Fault {
  if (kind === "latency") return { kind: "latency", ms: latencyMs };
  if (kind.startsWith("status-")) return { kind: "status", status: Number(kind.slice(7)) };
  return { kind: kind as "timeout" | "lost-response" };
}

export const injectFaultAction = defineAction({
  name: "sandbox.control.fault",
  permission: "sandbox.control",
  input: injectFaultSchema,
  handler: async (input, actor) => {
    if (providerMode(input.provider) === "live") throw new OperationError("LIVE", "Faults can only be injected into a sandbox.");
    const rule = {
      fault: toFault(input.kind, input.latencyMs),
      method: input.method || undefined,
      pathIncludes: input.pathIncludes || undefined,
      count: input.count,
    };
    await sandboxControls().addFault(input.provider, rule);
    await recordAudit({
      actor,
      action: "sandbox.control.fault",
      provider: input.provider,
      outcome: "SUCCEEDED",
      request: rule,
    });
    revalidatePath("/settings/sandbox");
    return { ok: true };
  },
});

export const clearFaultsAction = defineAction({
  name: "sandbox.control.clear-faults",
  permission: "sandbox.control",
  input: providerSchema,
  handler: async ({ provider }, actor) => {
    await sandboxControls().clearFaults(provider);
    await recordAudit({ actor, action: "sandbox.control.clear-faults", provider: provider ?? null, outcome: "SUCCEEDED" });
    revalidatePath("/settings/sandbox");
    return { ok: true };
  },
});

export const resetSandboxAction = defineAction({
  name: "sandbox.control.reset",
  permission: "sandbox.control",
  input: providerSchema,
  handler: async ({ provider }, actor) => {
    if (provider && providerMode(provider) === "live") throw new OperationError("LIVE", "A live provider has no sandbox to reset.");
    await sandboxControls().reset(provider);
    await recordAudit({
      actor,
      action: "sandbox.control.reset",
      provider: provider ?? null,
      outcome: "SUCCEEDED",
    });
    revalidatePath("/settings/sandbox");
    return { ok: true };
  },
});
