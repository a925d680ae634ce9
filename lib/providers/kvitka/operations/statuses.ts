/**
 * The words of a KvitkaCard operation record, safe to import in the browser (no database here).
 *
 * Local statuses: KvitkaCard's own four (`initiated`, `holding`, `pending_deposit`,
 * `completed`) as last answered, plus ours: `requested` (stored, init not answered yet),
 * `rejected` (a deposit we refused: the code stays valid elsewhere), `failed` (KvitkaCard refused,
 * nothing happened), `abandoned` (an operator gave up an initiated withdrawal or a pending
 * deposit) and `unknown` (an answer was lost: the state must be learned before anything else).
 * Source: KvitkaCard API v1.0, "How the system works" and "Important".
 */

export const DIRECTIONS = ["WITHDRAW", "DEPOSIT"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const OPERATION_STATUSES = [
  "requested",
  "initiated",
  "holding",
  "pending_deposit",
  "completed",
  "rejected",
  "failed",
  "abandoned",
  "unknown",
] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/** A step sent to KvitkaCard whose answer is not recorded yet (column `pendingStep`). */
export type PendingStep = "withdraw_init" | "withdraw_confirm" | "deposit_init" | "deposit_confirm" | "deposit_reject";

/** "Do NOT deduct points from user account until you receive a successful response to withdraw/confirm." */
export const WITHDRAW_SETTLED_NOTE = "Points may now be deducted from the customer's account";
/** "Do NOT credit points until you receive a successful response to deposit/confirm." */
export const DEPOSIT_SETTLED_NOTE = "Points may now be credited";
