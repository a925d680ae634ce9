"use client";

import type { ComponentProps } from "react";
import { useFormState, type Control, type FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";

/** A form's submit button: disabled while the form validates or waits for its action, with the pending label. */
export function SubmitButton<T extends FieldValues>({
  control,
  pendingLabel,
  children,
  disabled,
  ...props
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<T, any, any>;
  pendingLabel?: string;
} & ComponentProps<typeof Button>) {
  const { isSubmitting } = useFormState({ control });
  return (
    <Button type="submit" disabled={disabled || isSubmitting} aria-busy={isSubmitting} {...props}>
      {isSubmitting && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
