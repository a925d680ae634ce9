"use client";

import { Scale } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField, TextareaField } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { useConfirmStep } from "@/components/form/use-confirm-step";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { formatMoney } from "@/components/ui/format-money";
import { resolveRequestAction } from "./actions";
import { resolveRequestSchema } from "./wallet.validation";

type Fields = { kazawalletSays: "created" | "not-created"; providerId: string; note: string };
const DEFAULTS: Fields = { kazawalletSays: "created", providerId: "", note: "" };

/** The request as the row shows it: what the operator asked Kazawallet about. */
export interface ResolvableRequest {
  id: string;
  kind: string;
  email: string | null;
  amount: string;
  currency: string;
}

/**
 * Resolve a request whose answer was lost (resolveRequest) with what Kazawallet said outside the
 * API: created (with its id, which a withdrawal's or deposit's webhooks name) or not created,
 * and who said so; then a confirmation step before anything is recorded. Nothing is sent to
 * Kazawallet.
 */
export function ResolveRequestDialog({ request }: { request: ResolvableRequest }) {
  const router = useRouter();
  const dialog = useConfirmStep();
  const what = `${request.kind.toLowerCase().replace("_", " ")} of ${formatMoney(request.amount, request.currency)}${request.email ? ` for ${request.email}` : ""}`;
  const { form, submit, pending } = useActionForm({
    schema: resolveRequestSchema,
    action: resolveRequestAction,
    defaultValues: DEFAULTS,
    prepare: (values: Fields) => ({ id: request.id, ...values }),
    onSuccess: (resolved) => {
      toast.success(`The ${request.kind.toLowerCase().replace("_", " ")} is ${resolved.status} now.`);
      dialog.close();
      router.refresh();
    },
    onFailure: () => dialog.back(),
  });
  const [says, providerId] = useWatch({ control: form.control, name: ["kazawalletSays", "providerId"] });
  const created = says === "created";
  return (
    <Dialog open={dialog.open} onOpenChange={(next) => dialog.onOpenChange(next, { pending, reset: () => form.reset(DEFAULTS) })}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Scale className="size-4" aria-hidden /> Resolve
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{dialog.step === "form" ? "Resolve with what Kazawallet says" : "Confirm the resolution"}</DialogTitle>
          <DialogDescription>
            {dialog.step === "form"
              ? `Kazawallet did not answer this ${what}, and documents no way to read it back. Ask Kazawallet (support or its dashboard) whether it exists, then record its answer.`
              : "This records Kazawallet's word in the console and in the audit history; nothing is sent to Kazawallet."}
          </DialogDescription>
        </DialogHeader>
        {dialog.step === "form" ? (
          <form className="grid gap-4" noValidate onSubmit={form.handleSubmit(dialog.confirm)}>
            <SelectField
              control={form.control}
              name="kazawalletSays"
              id="resolve-says"
              label="Kazawallet says"
              options={[
                { value: "created", label: "It created the request" },
                { value: "not-created", label: "It has no such request" },
              ]}
            />
            {created ? (
              <InputField
                control={form.control}
                name="providerId"
                id="resolve-provider-id"
                label="Kazawallet's id"
                help="Its transaction id (de-…), or the transfer's id. Required for a withdrawal or deposit: their webhooks name it."
                autoComplete="off"
              />
            ) : null}
            <TextareaField control={form.control} name="note" id="resolve-note" label="Who said so, and when" />
            <FormError control={form.control} />
            <DialogFooter>
              <Button type="submit">Review resolution</Button>
            </DialogFooter>
          </form>
        ) : (
          <div className="grid gap-4">
            <p className="text-sm" data-testid="resolve-summary">
              {created ? (
                <>
                  Kazawallet <strong>created</strong> this {what}
                  {providerId ? (
                    <>
                      {" "}
                      as <span className="font-mono">{providerId}</span>
                    </>
                  ) : null}
                  . The console records it as created and its webhooks settle it from there.
                </>
              ) : (
                <>
                  Kazawallet has <strong>no such request</strong>: this {what} is recorded as not created and may be made again. If Kazawallet did create it, making it
                  again moves the money twice.
                </>
              )}
            </p>
            <FormError control={form.control} />
            <DialogFooter>
              <Button variant="outline" onClick={dialog.back} disabled={pending}>
                Back
              </Button>
              <Button onClick={() => void submit()} disabled={pending}>
                {pending ? "Recording…" : "Record resolution"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
