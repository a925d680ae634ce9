import Decimal from "decimal.js";
import type { Direction, TransactionEventInput, TransactionStatus } from "./transaction-events";

/**
 * The documented UAT transaction cases, each a sequence of events of ONE purchase (same
 * `transactionId`). Times run backwards from the base time so the last event is at it and no
 * event is in the future. Amount shares are of the base amount; the multiple-settlement split
 * follows the guide's $100 → $75 + $25.
 * Source: guide "Transaction CLO Matching" (Dual Message, Single Message / PIN debit, Single
 * Auth Multiple Settlements code recipes) and "User Acceptance Test Cases".
 */
interface PresetStep {
  status: TransactionStatus;
  /** Minutes before the base time. */
  minutesBefore: number;
  /** Share of the base amount ("1", "0.75"); the last settlement takes the remainder. */
  share?: string;
  remainder?: boolean;
  direction?: Direction;
}

export const UAT_PRESETS = {
  "dual-settled": {
    label: "Dual message: approve → settle",
    help: "APPROVED (authorization) then SETTLED with the same transaction id.",
    steps: [{ status: "APPROVED", minutesBefore: 60 }, { status: "SETTLED", minutesBefore: 0 }],
  },
  "dual-declined": {
    label: "Dual message: approve → decline",
    help: "APPROVED then DECLINED: a reward approved at authorization is clawed back.",
    steps: [{ status: "APPROVED", minutesBefore: 60 }, { status: "DECLINED", minutesBefore: 0 }],
  },
  "dual-reversed": {
    label: "Dual message: approve → reverse",
    help: "APPROVED then REVERSED (the authorization is cancelled).",
    steps: [{ status: "APPROVED", minutesBefore: 60 }, { status: "REVERSED", minutesBefore: 0 }],
  },
  "pin-debit": {
    label: "Single message (PIN debit)",
    help: "One SETTLED event whose authorization and settlement dates are the same.",
    steps: [{ status: "SETTLED", minutesBefore: 0 }],
  },
  "multiple-settlements": {
    label: "Single auth, multiple settlements",
    help: "APPROVED for the full amount, then SETTLED 75 % and SETTLED the remaining 25 %.",
    steps: [
      { status: "APPROVED", minutesBefore: 120 },
      { status: "SETTLED", minutesBefore: 60, share: "0.75" },
      { status: "SETTLED", minutesBefore: 0, remainder: true },
    ],
  },
  refund: {
    label: "Refund (RETURNED)",
    help: "One RETURNED event, funds flowing back (CREDIT). Use the transaction id of the purchase being refunded.",
    steps: [{ status: "RETURNED", minutesBefore: 0, direction: "CREDIT" }],
  },
} as const satisfies Record<string, { label: string; help: string; steps: readonly PresetStep[] }>;

export type UatPreset = keyof typeof UAT_PRESETS;
export const UAT_PRESET_NAMES = Object.keys(UAT_PRESETS) as UatPreset[];

/** The purchase a preset is played for; `at` is the time of its last event. */
export type PresetBase = Omit<TransactionEventInput, "status" | "eventAt" | "authorizedAt">;

const MINUTE_MS = 60_000;

/** The events of `preset` for one purchase, in the order they must be sent. */
export function buildPresetSequence(preset: UatPreset, base: PresetBase, at: Date): TransactionEventInput[] {
  const steps: readonly PresetStep[] = UAT_PRESETS[preset].steps;
  const total = new Decimal(base.amountCents);
  let settled = new Decimal(0);
  const authorization = steps.find((step) => step.status === "APPROVED");
  const authorizedAt = authorization ? new Date(at.getTime() - authorization.minutesBefore * MINUTE_MS) : undefined;
  return steps.map((step) => {
    let amount = total;
    if (step.remainder) amount = total.minus(settled);
    else if (step.share) amount = total.times(step.share).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    if (step.status === "SETTLED") settled = settled.plus(amount);
    const eventAt = new Date(at.getTime() - step.minutesBefore * MINUTE_MS);
    return {
      ...base,
      status: step.status,
      amountCents: amount.toNumber(),
      direction: step.direction ?? base.direction,
      eventAt,
      ...(step.status === "SETTLED" ? { authorizedAt: authorizedAt ?? eventAt } : {}),
    };
  });
}
