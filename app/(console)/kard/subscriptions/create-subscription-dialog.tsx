"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { toast } from "sonner";
import { FormError } from "@/components/form/form-error";
import { InputField, SelectField, SwitchField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { NOTIFICATION_TYPES, type KardNotificationType } from "@/lib/providers/kard/schemas/common";
import { createSubscriptionAction } from "./actions";
import { EVENT_DESCRIPTIONS } from "./event-types";
import { createSubscriptionSchema } from "./subscriptions.validation";

/**
 * Subscribes one event type to a webhook URL (this console's by default). Kard keeps one
 * subscription per event type, so types already subscribed are offered last and Kard refuses them.
 */
export function CreateSubscriptionDialog({ consoleUrl, subscribed }: { consoleUrl: string; subscribed: KardNotificationType[] }) {
  const router = useRouter();
  const free = NOTIFICATION_TYPES.filter((type) => !subscribed.includes(type));
  const initial = { eventName: free[0] ?? NOTIFICATION_TYPES[0], webhookUrl: consoleUrl, enabled: true };
  const [open, setOpen] = useState(false);
  const { form, submit, pending } = useActionForm({
    schema: createSubscriptionSchema,
    action: createSubscriptionAction,
    defaultValues: initial,
    onSuccess: (subscription) => {
      toast.success(`Subscribed ${subscription.attributes.eventName}.`);
      setOpen(false);
      router.refresh();
    },
  });
  const eventName = useWatch({ control: form.control, name: "eventName" });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        if (next) form.reset(initial);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <Plus className="size-4" aria-hidden /> New subscription
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Subscribe to a Kard event</DialogTitle>
          <DialogDescription>Kard POSTs each notification of this type, signed, to the URL. The change is audited.</DialogDescription>
        </DialogHeader>
        <form className="grid gap-4" noValidate onSubmit={submit}>
          <SelectField
            control={form.control}
            name="eventName"
            id="subscription-event"
            label="Event type"
            help={`${EVENT_DESCRIPTIONS[eventName]}.`}
            options={[...free, ...subscribed].map((type) => ({
              value: type,
              label: subscribed.includes(type) ? `${type} (already subscribed)` : type,
            }))}
          />
          <InputField control={form.control} name="webhookUrl" id="subscription-url" label="Webhook URL" type="url" />
          <SwitchField control={form.control} name="enabled" id="subscription-enabled" label="Enabled" />
          <FormError control={form.control} />
          <DialogFooter>
            <SubmitButton control={form.control} pendingLabel="Subscribing…">
              Subscribe
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
