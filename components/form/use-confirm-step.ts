"use client";

import { useState } from "react";

/**
 * The open state and step of a dialog that asks for its fields, then for confirmation before
 * anything is sent (money moves: a purchase, a card issue). `onOpenChange(next, { pending, reset })`
 * keeps the dialog open while its action is pending, and every (re)open starts at the form with
 * `reset()` run; `back()` returns to the form (also after the action refused).
 */
export function useConfirmStep() {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<"form" | "confirm">("form");
  return {
    open,
    step,
    confirm: () => setStep("confirm"),
    back: () => setStep("form"),
    close: () => setOpen(false),
    onOpenChange: (next: boolean, { pending, reset }: { pending: boolean; reset: () => void }) => {
      if (pending) return;
      setOpen(next);
      setStep("form");
      if (next) reset();
    },
  };
}
