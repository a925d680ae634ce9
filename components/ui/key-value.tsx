import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

export type KeyValueItem = {
  label: ReactNode;
  /** Shown as an em dash when null, undefined or "". */
  value: ReactNode;
  /** Stable key when `label` is not a string. */
  key?: string;
};

export type KeyValueProps = Omit<ComponentProps<"dl">, "children"> & {
  items: readonly KeyValueItem[];
  /** Side-by-side label/value pairs in one or two columns on wide screens. */
  columns?: 1 | 2;
};

/** A definition list for detail pages: label on the left, value on the right. */
export function KeyValue({ items, columns = 1, className, ...props }: KeyValueProps) {
  return (
    <dl
      data-slot="key-value"
      className={cn("grid gap-x-8 text-sm", columns === 2 && "md:grid-cols-2", className)}
      {...props}
    >
      {items.map((item, index) => (
        <div
          key={item.key ?? (typeof item.label === "string" ? item.label : index)}
          className="grid grid-cols-[minmax(8rem,1fr)_2fr] gap-4 border-b py-2.5 last:border-b-0"
        >
          <dt className="text-muted-foreground">{item.label}</dt>
          <dd className="min-w-0 break-words">
            {item.value === null || item.value === undefined || item.value === "" ? (
              <>
                <span className="text-muted-foreground" aria-hidden>
                  —
                </span>
                <span className="sr-only">Not set</span>
              </>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
