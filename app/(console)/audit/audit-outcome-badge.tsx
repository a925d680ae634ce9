import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const OUTCOMES: StatusVariantMap = {
  REQUESTED: "secondary",
  SUCCEEDED: "success",
  FAILED: "destructive",
  UNKNOWN: "warning",
  DENIED: "destructive",
};

export function AuditOutcomeBadge({ outcome }: { outcome: string }) {
  return <StatusBadge status={outcome} variants={OUTCOMES} />;
}
