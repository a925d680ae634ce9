"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import { NOTIFICATION_TYPES, type KardNotificationType } from "@/lib/providers/kard/schemas/common";
import { createSubscriptionAction } from "./actions";
import { EVENT_DESCRIPTIONS } from "./event-types";

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages ? (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  ) : null;
}

/**
 * Subscribes one event type to a webhook URL (this console's by default). Kard keeps one
 * subscription per event type, so types already subscribed are offered last and Kard refuses them.
 */
export function CreateSubscriptionDialog({ consoleUrl, subscribed }: { consoleUrl: string; subscribed: KardNotificationType[] }) {
  const router = useRouter();
  const free = NOTIFICATION_TYPES.filter((type) => !subscribed.includes(type));
  const initial = { eventName: free[0] ?? NOTIFICATION_TYPES[0], webhookUrl: consoleUrl, enabled: true };
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const result = await createSubscriptionAction(form);
      if (!result.ok) {
        setFieldErrors(result.error.fieldErrors ?? {});
        toast.error(result.error.message);
        return;
      }
      toast.success(`Subscribed ${result.data.attributes.eventName}.`);
      setOpen(false);
      router.refresh();
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setForm(initial);
          setFieldErrors({});
        }
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
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="subscription-event">Event type</Label>
            <NativeSelect
              id="subscription-event"
              wrapperClassName="w-full"
              value={form.eventName}
              onChange={(e) => setForm((f) => ({ ...f, eventName: e.target.value as KardNotificationType }))}
              options={[...free, ...subscribed].map((type) => ({
                value: type,
                label: subscribed.includes(type) ? `${type} (already subscribed)` : type,
              }))}
              aria-describedby="subscription-event-help"
            />
            <p id="subscription-event-help" className="text-sm text-muted-foreground">
              {EVENT_DESCRIPTIONS[form.eventName]}.
            </p>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="subscription-url">Webhook URL</Label>
            <Input
              id="subscription-url"
              type="url"
              value={form.webhookUrl}
              onChange={(e) => setForm((f) => ({ ...f, webhookUrl: e.target.value }))}
              aria-invalid={Boolean(fieldErrors.webhookUrl)}
              aria-describedby="subscription-url-error"
            />
            <FieldError id="subscription-url-error" messages={fieldErrors.webhookUrl} />
          </div>
          <div className="flex items-center gap-2">
            <Switch id="subscription-enabled" checked={form.enabled} onCheckedChange={(enabled) => setForm((f) => ({ ...f, enabled }))} />
            <Label htmlFor="subscription-enabled">Enabled</Label>
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? "Subscribing…" : "Subscribe"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
