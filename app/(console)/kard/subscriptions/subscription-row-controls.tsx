"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { ActionResult } from "@/lib/actions/result";
import { changeSubscriptionUrlAction, setSubscriptionEnabledAction } from "./actions";

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
  const run = useRun();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState(row.webhookUrl);
  const [errors, setErrors] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();
  const inputId = `subscription-url-${row.id}`;

  const submit = () =>
    startTransition(async () => {
      const result = await run(`${row.eventName} now goes to the new URL.`, () => changeSubscriptionUrlAction({ subscriptionId: row.id, webhookUrl: url }));
      if (result.ok) setOpen(false);
      else setErrors(result.error.fieldErrors?.webhookUrl);
    });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setUrl(row.webhookUrl);
          setErrors(undefined);
        }
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
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor={inputId}>Webhook URL</Label>
            <Input id={inputId} type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-invalid={Boolean(errors)} aria-describedby={`${inputId}-error`} />
            {errors ? (
              <p id={`${inputId}-error`} className="text-sm text-destructive">
                {errors.join(" ")}
              </p>
            ) : null}
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending || url.trim() === row.webhookUrl}>
              {pending ? "Saving…" : "Save URL"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
