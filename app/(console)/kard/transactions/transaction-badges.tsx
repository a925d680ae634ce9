import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

/** Statuses sent to Kard, then the ones its notifications move a transaction to (lib/webhooks). */
const STATUS: StatusVariantMap = {
  APPROVED: "info",
  SETTLED: "success",
  REVERSED: "warning",
  DECLINED: "warning",
  RETURNED: "warning",
  REWARD_APPROVED: "info",
  REWARD_SETTLED: "success",
  VALIDATED: "success",
  VALIDATION_FAILED: "destructive",
  CLAWED_BACK: "destructive",
};

const SUBMISSION: StatusVariantMap = { ACCEPTED: "success", PENDING: "secondary", REJECTED: "destructive", UNKNOWN: "warning" };

export function TransactionStatusBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={STATUS} data-testid="transaction-status" />;
}

/** Whether Kard took the event: ACCEPTED, REJECTED (its words in the title), UNKNOWN (no answer). */
export function SubmissionBadge({ submission, error }: { submission: string; error: string | null }) {
  return (
    <span title={error ?? undefined}>
      <StatusBadge status={submission} variants={SUBMISSION} data-testid="transaction-submission" />
    </span>
  );
}
