import { StatusBadge } from "@/components/ui/status-badge";

const VARIANTS = { succeeded: "success", declined: "destructive", pending: "warning", unknown: "warning", requested: "secondary" } as const;

/** An Open Loyalty Pay transaction's status; "voided" when a void reversed it. */
export function TransactionStatusBadge({ status, voided }: { status: string; voided?: boolean }) {
  return <StatusBadge status={voided ? "voided" : status} variants={{ ...VARIANTS, voided: "secondary" }} data-testid="transaction-status" />;
}
