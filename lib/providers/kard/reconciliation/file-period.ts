import type { KardFileType } from "../schemas/files";
import type { RewardKind } from "./reward-record";

/**
 * What each reconciliation file is compared with. The guide says the daily file is "ideal for
 * your team to compare against received earned reward approved and settled notification
 * webhooks" and the EOM file holds SETTLED rewards; the spec splits the daily file in three.
 * Assumptions (the documentation names the types, not their contents): the approved file ↔
 * earnedRewardApproved, the settled file ↔ earnedRewardSettled and clawback, the validated
 * transactions file ↔ validTransaction, the monthly file ↔ earnedRewardSettled. `defaultKind`
 * is the kind of a row that does not state its own.
 * Source: Kard guide "Transaction Reconciliation"; "Get Files" `files.FileType`.
 */
export const FILE_TYPE_RULES: Record<KardFileType, { cadence: "daily" | "monthly"; label: string; kinds: readonly RewardKind[]; defaultKind: RewardKind }> = {
  earnedRewardApprovedDailyReconciliationFile: {
    cadence: "daily",
    label: "Daily · earned rewards approved",
    kinds: ["earnedRewardApproved"],
    defaultKind: "earnedRewardApproved",
  },
  earnedRewardSettledDailyReconciliationFile: {
    cadence: "daily",
    label: "Daily · earned rewards settled",
    kinds: ["earnedRewardSettled", "clawback"],
    defaultKind: "earnedRewardSettled",
  },
  validatedTransactionDailyReconciliationFile: {
    cadence: "daily",
    label: "Daily · validated transactions",
    kinds: ["validTransaction"],
    defaultKind: "validTransaction",
  },
  monthlyReconciliationFile: {
    cadence: "monthly",
    label: "Monthly (EOM)",
    kinds: ["earnedRewardSettled"],
    defaultKind: "earnedRewardSettled",
  },
};

/** The span of time a file covers, UTC, end exclusive. */
export interface FilePeriod {
  start: Date;
  end: Date;
  /** "fileName" when read from the documented name, "sentAt" when inferred from the send date. */
  source: "fileName" | "sentAt";
}

const DAILY_NAME = /cardlinked-reconciliation-(\d{2})(\d{2})(\d{2})(?!\d)/;
const MONTHLY_NAME = /cardlinked-reconciliation-(\d{2})(\d{2})(?!\d)/;

function validUtc(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

function fromName(fileName: string, cadence: "daily" | "monthly"): FilePeriod | undefined {
  if (cadence === "daily") {
    const m = DAILY_NAME.exec(fileName);
    const start = m ? validUtc(2000 + Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    return start && { start, end: new Date(start.getTime() + 86_400_000), source: "fileName" };
  }
  const m = MONTHLY_NAME.exec(fileName);
  const start = m ? validUtc(2000 + Number(m[1]), Number(m[2]), 1) : undefined;
  return start && { start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)), source: "fileName" };
}

/**
 * The period a file covers, from its documented name: `cardlinked-reconciliation-YYMMDD`
 * (daily: that UTC day) or `-YYMM` (monthly: that month), anything may follow the date. A name
 * that does not follow the convention falls back to the send date: a daily file covers the UTC
 * day before it was sent ("at the end of each day"), a monthly file the month before ("on the
 * 15th … transactions that occurred in the previous month").
 * Source: Kard guide "Transaction Reconciliation" (file naming convention, schedule).
 */
export function filePeriod(fileName: string, fileType: KardFileType, sentAt: Date): FilePeriod {
  const { cadence } = FILE_TYPE_RULES[fileType];
  const named = fromName(fileName, cadence);
  if (named) return named;
  if (cadence === "daily") {
    const end = new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate()));
    return { start: new Date(end.getTime() - 86_400_000), end, source: "sentAt" };
  }
  const end = new Date(Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), 1));
  return { start: new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1)), end, source: "sentAt" };
}
