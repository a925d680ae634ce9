"use client";

import { Loader2Icon } from "lucide-react";
import { useId, useState, type ReactNode } from "react";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type ConfirmDialogProps = {
  /** Element that opens the dialog (rendered with `asChild`); omit when controlling `open`. */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  /** What will happen, in money terms: amount, recipient, and that it cannot be undone. */
  description: ReactNode;
  /** Extra content between the description and the buttons, e.g. a KeyValue summary. */
  children?: ReactNode;
  confirmLabel: string;
  /** Label while `onConfirm` runs, e.g. "Refunding…". */
  pendingLabel?: string;
  cancelLabel?: string;
  /** Destructive styling on the confirm button; on by default because these moves are irreversible. */
  destructive?: boolean;
  /** When set, the user must type this exact text (e.g. the amount or order ID) to enable confirming. */
  confirmText?: string;
  /**
   * Runs the move. The dialog stays open and blocks closing until it settles; it closes when
   * the promise resolves, unless it resolves to `false` (the caller showed its own error).
   */
  onConfirm: () => Promise<boolean | void> | boolean | void;
};

/**
 * An AlertDialog guarding an irreversible money move. Confirming cannot be triggered twice:
 * the buttons are disabled and Escape/outside clicks are ignored while `onConfirm` runs.
 * If `onConfirm` throws, the dialog stays open with a message saying the outcome is unknown,
 * because a failed request to a provider may still have moved the money.
 */
export function ConfirmDialog({
  trigger,
  open: openProp,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  pendingLabel,
  cancelLabel = "Cancel",
  destructive = true,
  confirmText,
  onConfirm,
}: ConfirmDialogProps) {
  const [openState, setOpenState] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const inputId = useId();
  const open = openProp ?? openState;

  function setOpen(next: boolean) {
    if (pending) return;
    if (!next) {
      setTyped("");
      setFailed(false);
    }
    setOpenState(next);
    onOpenChange?.(next);
  }

  const canConfirm = !pending && (confirmText === undefined || typed === confirmText);

  async function confirm() {
    if (!canConfirm) return;
    setPending(true);
    setFailed(false);
    let close = false;
    try {
      close = (await onConfirm()) !== false;
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
    if (close) {
      setTyped("");
      setOpenState(false);
      onOpenChange?.(false);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {trigger && <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>}
      <AlertDialogContent
        aria-busy={pending}
        onEscapeKeyDown={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        {confirmText !== undefined && (
          <div className="grid gap-2">
            <Label htmlFor={inputId} className="block leading-normal font-normal">
              Type <span className="rounded bg-muted px-1 font-mono font-medium">{confirmText}</span> to confirm
            </Label>
            <Input
              id={inputId}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  void confirm();
                }
              }}
              autoComplete="off"
              spellCheck={false}
              disabled={pending}
            />
          </div>
        )}
        {failed && (
          <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground">
            The request did not complete, so its outcome is unknown. Check the item&apos;s status before trying again.
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
          <AlertDialogAction
            className={cn(destructive && buttonVariants({ variant: "destructive" }))}
            disabled={!canConfirm}
            onClick={(event) => {
              // Radix closes the dialog on Action click; keep it open until onConfirm settles.
              event.preventDefault();
              void confirm();
            }}
          >
            {pending && <Loader2Icon className="animate-spin motion-reduce:animate-none" aria-hidden />}
            {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
