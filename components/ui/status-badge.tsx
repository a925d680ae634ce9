import { Badge, type BadgeProps, type BadgeVariant } from "@/components/ui/badge";

/** Status value → badge variant, e.g. `{ settled: "success", pending: "warning", failed: "destructive" }`. */
export type StatusVariantMap = Readonly<Record<string, BadgeVariant>>;

export type StatusBadgeProps = Omit<BadgeProps, "variant" | "children"> & {
  status: string;
  variants: StatusVariantMap;
  /** Variant for statuses the map doesn't know (a provider may add states we haven't seen). */
  fallback?: BadgeVariant;
  /** Text to show; defaults to the status with `_`/`-` as spaces, e.g. "PARTIALLY_REFUNDED" → "partially refunded". */
  label?: string;
};

export function statusLabel(status: string): string {
  return status.replace(/[_-]+/g, " ").trim().toLowerCase();
}

export function StatusBadge({ status, variants, fallback = "secondary", label, ...props }: StatusBadgeProps) {
  const variant = Object.hasOwn(variants, status) ? variants[status] : fallback;
  return (
    <Badge variant={variant} data-status={status} {...props}>
      {label ?? statusLabel(status)}
    </Badge>
  );
}
