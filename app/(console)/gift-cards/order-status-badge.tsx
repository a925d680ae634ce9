import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const VARIANTS: StatusVariantMap = {
  PENDING: "secondary",
  PROCESSING: "secondary",
  FULFILLED: "success",
  FAILED: "destructive",
  UNKNOWN: "warning",
  REFUNDED: "outline",
  VOIDED: "outline",
};

export function OrderStatusBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={VARIANTS} data-testid="order-status" />;
}
