"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormState, type Control, type FieldValues } from "react-hook-form";
import { cn } from "@/lib/utils";

/**
 * The form-level error: what a server action said that belongs to no field (a provider's refusal,
 * a permission, an unknown outcome). Cleared by the next submit.
 */
export function FormError<T extends FieldValues>({
  control,
  format = (message) => message,
  className,
  ...props
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<T, any, any>;
  /** Wording around the message, e.g. "KvitkaCard refused this code: …". */
  format?: (message: string) => ReactNode;
} & Omit<ComponentProps<"p">, "children">) {
  const { errors } = useFormState({ control });
  const message = errors.root?.server?.message;
  return message ? (
    <p role="alert" className={cn("rounded-md border border-destructive/40 bg-destructive-soft p-3 text-sm text-destructive-soft-foreground", className)} {...props}>
      {format(message)}
    </p>
  ) : null;
}
