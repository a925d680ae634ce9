"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { clearFaultsAction, injectFaultAction, resetSandboxAction } from "./actions";
import { FAULT_KINDS, type InjectFaultInput } from "./sandbox.validation";

const KIND_LABELS: Record<(typeof FAULT_KINDS)[number], string> = {
  latency: "Added latency",
  "status-500": "500 Internal Server Error",
  "status-503": "503 Service Unavailable",
  "status-429": "429 Too Many Requests",
  timeout: "Timeout (never answers)",
  "lost-response": "Lost response (applied, never answered)",
};

/** Injects one fault rule into a provider's sandbox, or resets it. */
export function FaultForm({ providers }: { providers: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form, setForm] = useState<InjectFaultInput>({ provider: "ktn", kind: "lost-response", method: "", pathIncludes: "", count: 1, latencyMs: 1500 });
  const set = (key: keyof InjectFaultInput) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const run = (label: string, action: () => Promise<{ ok: boolean; error?: { message: string } }>) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        toast.success(label);
        router.refresh();
      } else toast.error(result.error?.message ?? "Failed");
    });
  return (
    <form
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        run("Fault injected", () => injectFaultAction(form));
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="fault-provider">Provider</Label>
        <NativeSelect id="fault-provider" value={form.provider} onChange={(e) => set("provider")(e.target.value)} options={providers.map((p) => ({ value: p.slug, label: p.name }))} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="fault-kind">Fault</Label>
        <NativeSelect id="fault-kind" value={form.kind} onChange={(e) => set("kind")(e.target.value)} options={FAULT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="fault-method">Method</Label>
        <NativeSelect id="fault-method" value={form.method} onChange={(e) => set("method")(e.target.value)} options={["", "GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => ({ value: m, label: m || "Any method" }))} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="fault-path">Path contains</Label>
        <Input id="fault-path" value={form.pathIncludes} onChange={(e) => set("pathIncludes")(e.target.value)} placeholder="e.g. purchaseGiftCard" />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="fault-count">Times</Label>
        <Input id="fault-count" type="number" min={1} max={100} value={String(form.count)} onChange={(e) => set("count")(e.target.value)} />
      </div>
      {form.kind === "latency" ? (
        <div className="grid gap-1.5">
          <Label htmlFor="fault-latency">Latency (ms)</Label>
          <Input id="fault-latency" type="number" min={1} max={60000} value={String(form.latencyMs)} onChange={(e) => set("latencyMs")(e.target.value)} />
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" disabled={pending}>
          Inject fault
        </Button>
        <Button type="button" variant="outline" disabled={pending} onClick={() => run("Faults cleared", () => clearFaultsAction({ provider: form.provider as never }))}>
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
          onConfirm={() => run("Sandbox reset", () => resetSandboxAction({ provider: form.provider as never }))}
        />
      </div>
    </form>
  );
}
