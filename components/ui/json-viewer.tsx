import { ChevronRightIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

import { CopyButton } from "@/components/ui/copy-button";
import { cn } from "@/lib/utils";

export type JsonViewerProps = Omit<ComponentProps<"div">, "children"> & {
  /** Any JSON-compatible value (e.g. a provider request or webhook payload). */
  data: unknown;
  /** Objects and arrays nested shallower than this start expanded. */
  expandDepth?: number;
  /** Shows a button that copies the pretty-printed JSON. */
  copyable?: boolean;
  /** Accessible name of the viewer, e.g. "Webhook payload". */
  label?: string;
};

/**
 * A collapsible, monospace view of JSON built on <details>/<summary>, so it works in server
 * components, without JavaScript, and with the keyboard (Enter/Space toggles a node).
 */
export function JsonViewer({ data, expandDepth = 2, copyable = true, label = "JSON", className, ...props }: JsonViewerProps) {
  return (
    <div
      data-slot="json-viewer"
      role="group"
      aria-label={label}
      className={cn("relative rounded-md border bg-muted/40 p-3 font-mono text-xs leading-5", className)}
      {...props}
    >
      {copyable && (
        <CopyButton
          value={JSON.stringify(data, null, 2) ?? String(data)}
          label={`Copy ${label}`}
          className="absolute top-1.5 right-1.5"
        />
      )}
      <div className="overflow-x-auto pr-8">
        <JsonNode value={data} depth={0} expandDepth={expandDepth} />
      </div>
    </div>
  );
}

type JsonNodeProps = { name?: string; value: unknown; depth: number; expandDepth: number; trailingComma?: boolean };

function JsonNode({ name, value, depth, expandDepth, trailingComma = false }: JsonNodeProps) {
  const key = name !== undefined && <span className="text-foreground">{JSON.stringify(name)}: </span>;
  const comma = trailingComma && <Punct>,</Punct>;

  if (value === null || typeof value !== "object" || value instanceof Date) {
    return (
      <div className="pl-4 whitespace-pre">
        {key}
        <JsonPrimitive value={value} />
        {comma}
      </div>
    );
  }

  const isArray = Array.isArray(value);
  const entries: [string, unknown][] = isArray
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value as Record<string, unknown>);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];

  if (entries.length === 0) {
    return (
      <div className="pl-4 whitespace-pre">
        {key}
        <Punct>
          {open}
          {close}
        </Punct>
        {comma}
      </div>
    );
  }

  const count = isArray ? `${entries.length} item${entries.length === 1 ? "" : "s"}` : `${entries.length} key${entries.length === 1 ? "" : "s"}`;
  return (
    <details open={depth < expandDepth} className="pl-4">
      <summary className="-ml-4 flex w-fit cursor-pointer list-none items-center rounded-sm whitespace-pre outline-none select-none focus-visible:ring-2 focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon
          aria-hidden
          className="size-3.5 shrink-0 text-muted-foreground transition-transform [details[open]>summary>&]:rotate-90"
        />
        <span className="pl-0.5">
          {key}
          <Punct>{open}</Punct>
        </span>
        <span className="pl-1 text-muted-foreground [details[open]>summary>&]:hidden">
          … {close}
          {trailingComma && ","} <span className="italic">{count}</span>
        </span>
      </summary>
      <div className="border-l border-border/70">
        {entries.map(([childName, child], index) => (
          <JsonNode
            key={childName}
            name={isArray ? undefined : childName}
            value={child}
            depth={depth + 1}
            expandDepth={expandDepth}
            trailingComma={index < entries.length - 1}
          />
        ))}
      </div>
      <div className="-ml-4 pl-4">
        <Punct>{close}</Punct>
        {comma}
      </div>
    </details>
  );
}

function JsonPrimitive({ value }: { value: unknown }) {
  if (value === null) return <span className="text-warning-soft-foreground">null</span>;
  if (value instanceof Date) return <span className="text-success-soft-foreground">{JSON.stringify(value)}</span>;
  switch (typeof value) {
    case "string":
      return <span className="break-all whitespace-pre-wrap text-success-soft-foreground">{JSON.stringify(value)}</span>;
    case "number":
    case "bigint":
      return <span className="text-info-soft-foreground">{String(value)}</span>;
    case "boolean":
      return <span className="text-warning-soft-foreground">{String(value)}</span>;
    default:
      return <span className="text-muted-foreground italic">{String(value)}</span>;
  }
}

function Punct({ children }: { children: ReactNode }) {
  return <span className="text-muted-foreground">{children}</span>;
}
