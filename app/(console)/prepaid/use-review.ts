"use client";

import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * Review before a money move: `review()` checks the form's fields and, only when they are valid,
 * opens the confirmation that shows what will move; the confirmation's button sends.
 */
export function useReview<T extends FieldValues>(form: UseFormReturn<T>) {
  const [open, setOpen] = useState(false);
  return {
    open,
    setOpen,
    review: async () => {
      if (await form.trigger()) setOpen(true);
    },
  };
}
