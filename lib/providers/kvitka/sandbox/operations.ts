import { randomInt } from "node:crypto";
import type Decimal from "decimal.js";
import { KC_MAX, KC_MIN, kvitkaCoinsToPoints, pointsToKvitkaCoins, withinKvitkaLimits } from "../conversion";
import { decodeState, encodeState, type JsonValue } from "@/lib/sandbox/state-codec";
import { businessByKey, type SandboxBusiness } from "./businesses";
import { kvitkaRefusal } from "./errors";

/**
 * The simulated KvitkaCard operations and their state machine:
 *   withdraw/init → initiated → withdraw/confirm → holding (16-digit single-use code issued)
 *   deposit/init (any business, with the code) → pending_deposit (points to credit computed)
 *   deposit/confirm → completed (code spent) | deposit/reject → holding (code usable again)
 * One operation carries both sides, as in the documentation's examples where withdraw/confirm
 * and deposit/init return the same operation_id.
 * Source: KvitkaCard API v1.0, "How the system works", each step and "Important".
 */

export type SandboxOperationStatus = "initiated" | "holding" | "pending_deposit" | "completed";

interface OperationEvent {
  at: string;
  event: "withdraw_initiated" | "withdraw_confirmed" | "deposit_initiated" | "deposit_confirmed" | "deposit_rejected";
  business: SandboxBusiness["key"];
  reason?: string;
}

interface SandboxOperation {
  operation_id: number;
  status: SandboxOperationStatus;
  /** The business whose customer withdrew, and its points withdrawn. */
  issuer: SandboxBusiness;
  user_id: string;
  withdrawn_points: Decimal;
  amount_kc: Decimal;
  transaction_code?: string;
  /** The business with a pending or completed deposit, and the points it credits. */
  depositor?: SandboxBusiness;
  deposit_points?: Decimal;
  history: OperationEvent[];
}

const MESSAGES = {
  initiated: "Operation initiated. Points are NOT deducted yet: confirm it with withdraw/confirm.",
  // The three below are the documentation's own response examples.
  holding: "Points are now held by KvitkaCard. You may now deduct points from user account.",
  pendingDeposit: "Check your limits. Points amount shown is how many points will be credited.",
  completed: "Operation completed successfully. You may now credit points to user account.",
  rejected: "Deposit rejected. The operation remains in holding status and the transaction code stays active.",
};

export function createOperationBook(now: () => number) {
  const operations = new Map<number, SandboxOperation>();
  let nextId = 1;

  const record = (op: SandboxOperation, event: OperationEvent["event"], business: SandboxBusiness, reason?: string) =>
    op.history.push({ at: new Date(now()).toISOString(), event, business: business.key, ...(reason ? { reason } : {}) });

  function newTransactionCode(): string {
    const taken = new Set([...operations.values()].map((op) => op.transaction_code));
    for (;;) {
      const code = `${randomInt(1, 10)}${String(randomInt(0, 1e8)).padStart(8, "0")}${String(randomInt(0, 1e7)).padStart(7, "0")}`;
      if (!taken.has(code)) return code;
    }
  }

  /** An operation this business issued: others' operations are reported as unknown. */
  function issuedBy(business: SandboxBusiness, operationId: number): SandboxOperation {
    const op = operations.get(operationId);
    if (!op || op.issuer !== business) {
      throw kvitkaRefusal("OPERATION_NOT_FOUND", `Operation ${operationId} not found.`);
    }
    return op;
  }

  function byCode(code: string): SandboxOperation {
    const op = [...operations.values()].find((o) => o.transaction_code === code);
    if (!op) throw kvitkaRefusal("CODE_NOT_FOUND", "Transaction code not found.");
    return op;
  }

  /** The operation a deposit/confirm or deposit/reject names, pending at this business. */
  function pendingDepositOf(business: SandboxBusiness, operationId: number, code: string): SandboxOperation {
    const op = operations.get(operationId);
    if (!op || !op.transaction_code) {
      throw kvitkaRefusal("OPERATION_NOT_FOUND", `Operation ${operationId} not found.`);
    }
    if (op.transaction_code !== code) {
      throw kvitkaRefusal("CODE_NOT_FOUND", `Transaction code does not belong to operation ${operationId}.`);
    }
    if (op.status === "completed") {
      throw kvitkaRefusal("CODE_ALREADY_USED", "Transaction code has already been used.");
    }
    if (op.status === "pending_deposit" && op.depositor !== business) {
      throw kvitkaRefusal("CODE_IN_USE", "Another business has a deposit pending on this transaction code.");
    }
    if (op.status !== "pending_deposit") {
      throw kvitkaRefusal(
        "INVALID_STATUS",
        `Operation ${operationId} is ${op.status}: verify the code with deposit/init first.`,
      );
    }
    return op;
  }

  return {
    /** Source: "Step 1: Initiate withdrawal" — converts, checks limits, creates `initiated`. */
    withdrawInit(business: SandboxBusiness, input: { user_id: string; points_amount: Decimal }) {
      const amountKc = pointsToKvitkaCoins(input.points_amount, business);
      if (!withinKvitkaLimits(amountKc)) {
        throw kvitkaRefusal(
          "AMOUNT_OUT_OF_RANGE",
          `Amount ${amountKc.toFixed(2)} KvitkaCoins is outside the limits (${KC_MIN.toFixed(0)}–${KC_MAX.toFixed(0)}).`,
        );
      }
      const op: SandboxOperation = {
        operation_id: nextId++,
        status: "initiated",
        issuer: business,
        user_id: input.user_id,
        withdrawn_points: input.points_amount,
        amount_kc: amountKc,
        history: [],
      };
      record(op, "withdraw_initiated", business);
      operations.set(op.operation_id, op);
      return {
        success: true,
        operation_id: op.operation_id,
        amount_kc: op.amount_kc.toNumber(),
        points_amount: op.withdrawn_points.toNumber(),
        status: op.status,
        message: MESSAGES.initiated,
      };
    },

    /** Source: withdraw/confirm.php — `initiated` → `holding`, issues the 16-digit code. */
    withdrawConfirm(business: SandboxBusiness, operationId: number) {
      const op = issuedBy(business, operationId);
      if (op.status !== "initiated") {
        throw kvitkaRefusal("INVALID_STATUS", `Operation ${operationId} is ${op.status}, not initiated.`);
      }
      op.transaction_code = newTransactionCode();
      op.status = "holding";
      record(op, "withdraw_confirmed", business);
      return {
        success: true,
        operation_id: op.operation_id,
        transaction_code: op.transaction_code,
        amount_kc: op.amount_kc.toNumber(),
        status: op.status,
        message: MESSAGES.holding,
      };
    },

    /**
     * Source: "Step 1: Verify code" — `holding` → `pending_deposit` at this business. Verifying
     * again a code already pending here answers the same pending deposit.
     */
    depositInit(business: SandboxBusiness, code: string) {
      const op = byCode(code);
      if (op.status === "completed") {
        throw kvitkaRefusal("CODE_ALREADY_USED", "Transaction code has already been used.");
      }
      if (op.status === "pending_deposit" && op.depositor !== business) {
        throw kvitkaRefusal("CODE_IN_USE", "Another business has a deposit pending on this transaction code.");
      }
      if (op.status === "holding") {
        op.status = "pending_deposit";
        op.depositor = business;
        op.deposit_points = kvitkaCoinsToPoints(op.amount_kc, business);
        record(op, "deposit_initiated", business);
      }
      return {
        success: true,
        operation_id: op.operation_id,
        transaction_code: code,
        amount_kc: op.amount_kc.toNumber(),
        points_amount: op.deposit_points!.toNumber(),
        status: op.status,
        message: MESSAGES.pendingDeposit,
      };
    },

    /** Source: "Step 2: Confirm deposit" — `pending_deposit` → `completed`; the code is spent. */
    depositConfirm(business: SandboxBusiness, operationId: number, code: string) {
      const op = pendingDepositOf(business, operationId, code);
      op.status = "completed";
      record(op, "deposit_confirmed", business);
      return {
        success: true,
        operation_id: op.operation_id,
        transaction_code: code,
        points_amount: op.deposit_points!.toNumber(),
        status: op.status,
        message: MESSAGES.completed,
      };
    },

    /** Source: "Alternative: Reject deposit" — back to `holding`; the code stays active. */
    depositReject(business: SandboxBusiness, operationId: number, code: string, reason?: string) {
      const op = pendingDepositOf(business, operationId, code);
      op.status = "holding";
      op.depositor = undefined;
      op.deposit_points = undefined;
      record(op, "deposit_rejected", business, reason);
      return {
        success: true,
        operation_id: op.operation_id,
        transaction_code: code,
        status: op.status,
        message: MESSAGES.rejected,
      };
    },

    /** Every operation, amounts as decimal strings, for the control surface and tests. */
    list() {
      return [...operations.values()].map((op) => ({
        operation_id: op.operation_id,
        status: op.status,
        issuer: op.issuer.key,
        user_id: op.user_id,
        withdrawn_points: op.withdrawn_points.toFixed(2),
        amount_kc: op.amount_kc.toFixed(2),
        transaction_code: op.transaction_code ?? null,
        depositor: op.depositor?.key ?? null,
        deposit_points: op.deposit_points?.toFixed(2) ?? null,
        history: op.history,
      }));
    },

    /** Drops every operation; operation ids go on from where they were (never handed out twice). */
    clear(): void {
      operations.clear();
    },

    /** The operations and the next id as plain JSON, businesses by key. */
    snapshot(): JsonValue {
      const ops = [...operations.values()].map((op) => ({ ...op, issuer: op.issuer.key, depositor: op.depositor?.key }));
      return encodeState({ nextId, operations: ops });
    },

    /** Replaces every operation and the next id with a {@link snapshot}'s. */
    restore(snapshot: JsonValue): void {
      type Stored = Omit<SandboxOperation, "issuer" | "depositor"> & { issuer: SandboxBusiness["key"]; depositor?: SandboxBusiness["key"] };
      const stored = decodeState<{ nextId: number; operations: Stored[] }>(snapshot);
      operations.clear();
      for (const op of stored.operations) {
        operations.set(op.operation_id, { ...op, issuer: businessByKey(op.issuer), depositor: op.depositor ? businessByKey(op.depositor) : undefined });
      }
      nextId = stored.nextId;
    },
  };
}

export type OperationBook = ReturnType<typeof createOperationBook>;
