import { ChevronDownIcon } from "lucide-react";
import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

export type NativeSelectOption = { value: string; label: string; disabled?: boolean };

export type NativeSelectProps = ComponentProps<"select"> & {
  /** Options to render; pass `children` instead for optgroups or custom markup. */
  options?: readonly NativeSelectOption[];
  /** Label of an empty-valued first option (e.g. "All statuses") so a filter can be cleared. */
  placeholder?: string;
  /** Classes for the wrapper that positions the chevron. */
  wrapperClassName?: string;
};

/**
 * A plain <select> in the console's style: works without JavaScript, so GET filter forms on
 * server-rendered pages submit as ordinary query strings.
 */
export function NativeSelect({
  className,
  wrapperClassName,
  options,
  placeholder,
  children,
  ...props
}: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={cn("relative w-fit", wrapperClassName)}>
      <select
        data-slot="native-select"
        className={cn(
          "h-9 w-full min-w-0 appearance-none rounded-md border border-input bg-background py-1 pr-8 pl-3 text-sm shadow-xs transition-[color,box-shadow] outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:ring-destructive/20 dark:bg-input/10",
          className,
        )}
        {...props}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <ChevronDownIcon
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
