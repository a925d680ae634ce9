import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const VARIANTS: StatusVariantMap = {
  requested: "secondary",
  initiated: "info",
  holding: "success",
  pending_deposit: "info",
  completed: "success",
  rejected: "outline",
  failed: "destructive",
  abandoned: "outline",
  unknown: "warning",
};

export function OperationStatusBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={VARIANTS} data-testid="operation-status" />;
}
