"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/actions/result";
import { changeSubscriptionUrlAction, setSubscriptionEnabledAction } from "./actions";
import { changeSubscriptionUrlSchema } from "./subscriptions.validation";

export interface SubscriptionRow {
  id: string;
  eventName: string;
  webhookUrl: string;
  enabled: boolean;
}

function useRun() {
  const router = useRouter();
  return async <T,>(success: string, action: () => Promise<ActionResult<T>>) => {
    const result = await action();
    if (result.ok) {
      toast.success(success);
      router.refresh();
    } else toast.error(result.error.message);
    return result;
  };
}

/**
 * On/off switch of a subscription. Switching off asks first: Kard stops sending that event type
 * (nothing is queued for later); switching on applies at once.
 */
export function EnabledSwitch({ row }: { row: SubscriptionRow }) {
  const run = useRun();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const label = `${row.eventName} enabled`;
  return (
    <>
      <Switch
        aria-label={label}
        checked={row.enabled}
        disabled={pending}
        onCheckedChange={(checked) => {
          if (!checked) setConfirming(true);
          else startTransition(async () => void (await run(`${row.eventName} is on.`, () => setSubscriptionEnabledAction({ subscriptionId: row.id, enabled: true }))));
        }}
      />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Switch off ${row.eventName}?`}
        description={`Kard stops sending ${row.eventName} notifications to ${row.webhookUrl}. Events while it is off are not delivered later; the daily reconciliation file still lists rewards.`}
        confirmLabel="Switch off"
        pendingLabel="Switching off…"
        onConfirm={async () => (await run(`${row.eventName} is off.`, () => setSubscriptionEnabledAction({ subscriptionId: row.id, enabled: false }))).ok}
      />
    </>
  );
}

/** Points one subscription at another URL. */
export function ChangeUrlDialog({ row }: { row: SubscriptionRow }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, submit, pending } = useActionForm({
    schema: changeSubscriptionUrlSchema,
    action: changeSubscriptionUrlAction,
    defaultValues: { webhookUrl: row.webhookUrl },
    prepare: (values: { webhookUrl: string }) => ({ subscriptionId: row.id, ...values }),
    onSuccess: () => {
      toast.success(`${row.eventName} now goes to the new URL.`);
      setOpen(false);
      router.refresh();
    },
  });
  const url = useWatch({ control: form.control, name: "webhookUrl" });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) form.reset({ webhookUrl: row.webhookUrl });
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={`Change URL of ${row.eventName}`} title="Change URL">
          <Pencil className="size-4" aria-hidden />
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Change the URL of {row.eventName}</DialogTitle>
          <DialogDescription>Kard sends the next {row.eventName} notification to the new URL. The change is audited.</DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <InputField control={form.control} name="webhookUrl" id={`subscription-url-${row.id}`} label="Webhook URL" type="url" />
          <FormError control={form.control} />
          <DialogFooter>
            <SubmitButton control={form.control} pendingLabel="Saving…" disabled={url.trim() === row.webhookUrl}>
              Save URL
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
