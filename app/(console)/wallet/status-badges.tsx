import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const CARD: StatusVariantMap = {
  active: "success",
  locked: "warning",
  cancelled: "outline",
  REQUESTED: "secondary",
  UNKNOWN: "warning",
  NOT_ISSUED: "info",
  FAILED: "destructive",
};

const REQUEST: StatusVariantMap = {
  REQUESTED: "secondary",
  UNKNOWN: "warning",
  NOT_APPLIED: "info",
  FAILED: "destructive",
  SUCCEEDED: "success",
  pending: "info",
  completed: "success",
  fulfilled: "success",
  created: "success",
  redeemed: "success",
  VALIDATED: "success",
  PENDING: "info",
  rejected: "outline",
  timed_out: "outline",
};

/** A Kazawallet card's state (Kazawallet's, or ours while its issue is unanswered). */
export function CardStatusBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={CARD} data-testid="card-status" />;
}

/** A top-up's, payment link's, payout's or gift code's state. */
export function RequestStatusBadge({ status, testId = "request-status" }: { status: string; testId?: string }) {
  return <StatusBadge status={status} variants={REQUEST} data-testid={testId} />;
}
