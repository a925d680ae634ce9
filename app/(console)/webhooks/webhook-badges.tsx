import { StatusBadge, type StatusVariantMap } from "@/components/ui/status-badge";

const SIGNATURE: StatusVariantMap = { VALID: "success", INVALID: "destructive", MISSING: "warning" };

const STATUS: StatusVariantMap = { APPLIED: "success", RECEIVED: "secondary", REJECTED: "destructive", FAILED: "destructive" };

/** VALID green, INVALID red, MISSING amber. */
export function SignatureBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={SIGNATURE} data-testid="webhook-signature" />;
}

export function WebhookStatusBadge({ status }: { status: string }) {
  return <StatusBadge status={status} variants={STATUS} data-testid="webhook-status" />;
}
