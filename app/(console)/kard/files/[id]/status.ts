import type { BadgeVariant } from "@/components/ui/badge";
import type { ReconciliationStatus } from "@/lib/providers/kard/reconciliation/compare";

export const STATUS_LABELS: Record<ReconciliationStatus, string> = {
  matched: "Matched",
  amountMismatch: "Amount mismatch",
  fileOnly: "In file only",
  webhookOnly: "In webhooks only",
};

export const STATUS_BADGES: Record<ReconciliationStatus, BadgeVariant> = {
  matched: "success",
  amountMismatch: "warning",
  fileOnly: "destructive",
  webhookOnly: "info",
};

/** What each outcome means for the operator. */
export const STATUS_HINTS: Record<ReconciliationStatus, string> = {
  matched: "Kard's file and a received webhook agree",
  amountMismatch: "Both sides have it, with different reward amounts",
  fileOnly: "Kard reports it; no webhook for it reached the console",
  webhookOnly: "A webhook arrived in this period; the file does not list it",
};
