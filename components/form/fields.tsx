"use client";

import type { ComponentProps } from "react";
import type { FieldPath, FieldValues } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { NativeSelect, type NativeSelectProps } from "@/components/ui/native-select";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { Field, type FieldProps } from "./field";

/** Attributes of the underlying element; value, change handling, id and name come from the field. */
type Own<P> = Omit<P, "value" | "defaultValue" | "onChange" | "onBlur" | "id" | "name" | "checked" | "defaultChecked">;

/** A text input (any `type`) bound to a string field. */
export function InputField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, id, help, className, layout, ...input }: FieldProps<T, N> & Own<ComponentProps<"input">>) {
  return (
    <Field control={control} name={name} label={label} id={id} help={help} className={className} layout={layout}>
      {({ value, ...field }) => <Input {...input} {...field} value={value ?? ""} />}
    </Field>
  );
}

export function TextareaField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, id, help, className, ...textarea }: FieldProps<T, N> & Own<ComponentProps<"textarea">>) {
  return (
    <Field control={control} name={name} label={label} id={id} help={help} className={className}>
      {({ value, ...field }) => <Textarea {...textarea} {...field} value={value ?? ""} />}
    </Field>
  );
}

/** A native select (options or optgroup children) bound to a string field. */
export function SelectField<T extends FieldValues, N extends FieldPath<T>>({ control, name, label, id, help, className, wrapperClassName = "w-full", ...select }: FieldProps<T, N> & Own<NativeSelectProps>) {
  return (
    <Field control={control} name={name} label={label} id={id} help={help} className={className}>
      {({ value, ...field }) => <NativeSelect {...select} {...field} value={value ?? ""} wrapperClassName={wrapperClassName} />}
    </Field>
  );
}

type ToggleProps<T extends FieldValues, N extends FieldPath<T>> = Omit<FieldProps<T, N>, "layout"> & { disabled?: boolean };

/** A switch bound to a boolean field, before its label. */
export function SwitchField<T extends FieldValues, N extends FieldPath<T>>({ disabled, ...props }: ToggleProps<T, N>) {
  return (
    <Field {...props} layout="inline">
      {({ value, onChange, ...field }) => <Switch {...field} disabled={disabled || field.disabled} checked={value === true} onCheckedChange={onChange} />}
    </Field>
  );
}
