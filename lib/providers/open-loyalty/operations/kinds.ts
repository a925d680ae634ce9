import type { AuditAction } from "@/lib/audit/actions";

/** What a console transaction does; each is one endpoint. */
export const TRANSACTION_KINDS = ["TOPUP", "PAY", "VOID", "TIP", "POINTS_ISSUE", "POINTS_REDEEM"] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/**
 * A record's state: `requested` (stored, sent, no answer recorded yet), `succeeded` (result 0),
 * `declined` (result 1, or a non-200 code: nothing moved), `pending` (result 2) and `unknown`
 * (the answer was lost: it may have moved). `pending` and `unknown` wait for reconciliation.
 */
export const TRANSACTION_STATUSES = ["requested", "succeeded", "declined", "pending", "unknown"] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/** Statuses that keep the card busy: no other money move on it until they are settled. */
export const OPEN_STATUSES: readonly TransactionStatus[] = ["requested", "pending", "unknown"];

export const KIND_LABELS: Readonly<Record<TransactionKind, string>> = {
  TOPUP: "Top-up",
  PAY: "Payment",
  VOID: "Void",
  TIP: "Tip",
  POINTS_ISSUE: "Points issued",
  POINTS_REDEEM: "Points redeemed",
};

export const KIND_ACTIONS: Readonly<Record<TransactionKind, AuditAction>> = {
  TOPUP: "openloyalty.transaction.top-up",
  PAY: "openloyalty.transaction.pay",
  VOID: "openloyalty.transaction.void",
  TIP: "openloyalty.transaction.tip",
  POINTS_ISSUE: "openloyalty.points.issue",
  POINTS_REDEEM: "openloyalty.points.redeem",
};

/** True for the kinds that move the `Points` balance (whole points, no currency). */
export const movesPoints = (kind: string) => kind === "POINTS_ISSUE" || kind === "POINTS_REDEEM";

/** The sign of a kind's change to the card: + credits it, − debits it (VOID: the reverse of its original). */
export function directionOf(kind: TransactionKind, originalKind?: string): 1 | -1 {
  if (kind === "VOID") return originalKind === "TOPUP" ? -1 : 1;
  return kind === "TOPUP" || kind === "POINTS_ISSUE" ? 1 : -1;
}
