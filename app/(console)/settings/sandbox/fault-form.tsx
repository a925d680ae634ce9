"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ProviderSlug } from "@/lib/providers/slugs";
import { clearFaultsAction, injectFaultAction, resetSandboxAction } from "./actions";
import { FAULT_KINDS, injectFaultSchema } from "./sandbox.validation";

const KIND_LABELS: Record<(typeof FAULT_KINDS)[number], string> = {
  latency: "Added latency",
  "status-500": "500 Internal Server Error",
  "status-503": "503 Service Unavailable",
  "status-429": "429 Too Many Requests",
  timeout: "Timeout (never answers)",
  "lost-response": "Lost response (applied, never answered)",
};

const METHODS = ["", "GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The fault form as typed: numbers stay text until the action's schema coerces them. */
interface FaultFields {
  provider: ProviderSlug;
  kind: (typeof FAULT_KINDS)[number];
  method: (typeof METHODS)[number];
  pathIncludes: string;
  count: string;
  latencyMs: string;
}

const DEFAULTS: FaultFields = { provider: "ktn", kind: "lost-response", method: "", pathIncludes: "", count: "1", latencyMs: "1500" };

/** Injects one fault rule into a provider's sandbox, or resets it. */
export function FaultForm({ providers }: { providers: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { form, submit } = useActionForm({
    schema: injectFaultSchema,
    action: injectFaultAction,
    defaultValues: DEFAULTS,
    onSuccess: () => {
      toast.success("Fault injected");
      router.refresh();
    },
  });
  const [provider, kind] = useWatch({ control: form.control, name: ["provider", "kind"] });
  const run = (label: string, action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        toast.success(label);
        router.refresh();
      } else toast.error(result.error?.message ?? "Failed");
    });
  return (
    <form className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Inject a fault" noValidate onSubmit={submit}>
      <SelectField control={form.control} name="provider" id="fault-provider" label="Provider" wrapperClassName="w-fit" options={providers.map((p) => ({ value: p.slug, label: p.name }))} />
      <SelectField control={form.control} name="kind" id="fault-kind" label="Fault" wrapperClassName="w-fit" options={FAULT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
      <SelectField control={form.control} name="method" id="fault-method" label="Method" wrapperClassName="w-fit" options={METHODS.map((m) => ({ value: m, label: m || "Any method" }))} />
      <InputField control={form.control} name="pathIncludes" id="fault-path" label="Path contains" placeholder="e.g. purchaseGiftCard" />
      <InputField control={form.control} name="count" id="fault-count" label="Times" type="number" min={1} max={100} />
      {kind === "latency" ? <InputField control={form.control} name="latencyMs" id="fault-latency" label="Latency (ms)" type="number" min={1} max={60000} /> : null}
      <FormError control={form.control} className="sm:col-span-2 lg:col-span-3" />
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
        <SubmitButton control={form.control} disabled={pending}>
          Inject fault
        </SubmitButton>
        <Button type="button" variant="outline" disabled={pending} onClick={() => run("Faults cleared", () => clearFaultsAction({ provider }))}>
          Clear faults
        </Button>
        <ConfirmDialog
          trigger={
            <Button type="button" variant="destructive" disabled={pending}>
              Reset sandbox state
            </Button>
          }
          title="Reset this sandbox?"
          description="The simulator forgets every order, user and operation it holds and starts from its seed. The console's own records are kept."
          confirmLabel="Reset"
          onConfirm={() => run("Sandbox reset", () => resetSandboxAction({ provider }))}
        />
      </div>
    </form>
  );
}
