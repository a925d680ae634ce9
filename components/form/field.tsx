"use client";

import { useId, type ReactNode } from "react";
import { useController, type Control, type ControllerRenderProps, type FieldPath, type FieldValues } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { FieldError } from "./field-error";

/** What a field hands its control: react-hook-form's value/onChange/onBlur/ref plus the accessibility wiring. */
type FieldControlProps<T extends FieldValues, N extends FieldPath<T>> = ControllerRenderProps<T, N> & {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
};

export interface FieldProps<T extends FieldValues, N extends FieldPath<T>> {
  // The form's own control (`form.control`); its context and transformed-values types do not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<T, any, any>;
  name: N;
  label: ReactNode;
  /** The control's id (kept stable for labels and tests); one is generated when omitted. */
  id?: string;
  /** A hint under the control, replaced by the error message while the field is invalid. */
  help?: ReactNode;
  className?: string;
  /** "stack": label above the control; "inline": a checkbox or switch before its label. */
  layout?: "stack" | "inline";
}

/**
 * One labelled form field bound to react-hook-form: label, control, hint, and the field's error
 * (from the schema in the browser or merged from the server action), with `aria-invalid` and
 * `aria-describedby` set on the control.
 */
export function Field<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  id: idProp,
  help,
  className,
  layout = "stack",
  children,
}: FieldProps<T, N> & { children: (props: FieldControlProps<T, N>) => ReactNode }) {
  const generated = useId();
  const id = idProp ?? generated;
  const { field, fieldState } = useController({ control, name });
  const message = fieldState.error?.message;
  const describedBy = message ? `${id}-error` : help ? `${id}-help` : undefined;
  const rendered = children({ ...field, id, "aria-invalid": Boolean(message), "aria-describedby": describedBy });
  const hint = help && !message ? (
    <p id={`${id}-help`} className="text-sm text-muted-foreground">
      {help}
    </p>
  ) : null;
  return layout === "inline" ? (
    <div className={cn("grid content-start gap-1.5", className)}>
      <div className="flex items-center gap-2">
        {rendered}
        <Label htmlFor={id}>{label}</Label>
      </div>
      {hint}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  ) : (
    <div className={cn("grid content-start gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {rendered}
      {hint}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}
