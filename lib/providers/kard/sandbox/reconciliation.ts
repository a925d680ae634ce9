import Papa from "papaparse";
import { DOWNLOAD_URL_TTL_SECONDS } from "./config";
import { stableMongoId } from "./ids";
import { presignPath } from "./signed-urls";
import type { EarnedReward, FileType, LedgerEntry, SandboxState, StoredFile } from "./state";

/**
 * Reconciliation files, built from what the sandbox actually did.
 * - Daily (`cardlinked-reconciliation-YYMMDD-<kind>.json`), one per daily FileType, for each UTC
 *   day, published the next day at 09:30Z (the guide's "4:30 am EST"; it also says "midnight
 *   UTC", which contradicts it). Rows are the reward notifications of that day: approved;
 *   settled plus clawbacks; validated. They reconcile against the webhooks received.
 * - Monthly (`cardlinked-reconciliation-YYMM.csv`), published on the 15th of the next month (the
 *   next Monday when the 15th is a weekend; holidays are not modelled): the month's SETTLED
 *   rewards, older rewards still PENDING, and older rewards paid out that month.
 * - Payouts: a reward is paid to the issuer on the 15th of the second month after it settled
 *   (merchant terms "Net 30 … up to Net 90"); before that it is UNPAID (API) / PENDING (file).
 * Source: Kard seed, "Transaction Reconciliation" (Daily, EOM, Payouts), "Get Files".
 */
const DAY_MS = 86_400_000;
const PUBLISH_OFFSET_MS = 9.5 * 3_600_000;

const DAILY_KINDS: Record<Exclude<FileType, "monthlyReconciliationFile">, { suffix: string; kinds: LedgerEntry["kind"][] }> = {
  earnedRewardApprovedDailyReconciliationFile: { suffix: "approved", kinds: ["earnedRewardApproved"] },
  earnedRewardSettledDailyReconciliationFile: { suffix: "settled", kinds: ["earnedRewardSettled", "clawback"] },
  validatedTransactionDailyReconciliationFile: { suffix: "validated", kinds: ["validTransaction"] },
};

const pad = (n: number) => String(n).padStart(2, "0");
const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

export function payoutDate(settledAt: Date): Date {
  return new Date(Date.UTC(settledAt.getUTCFullYear(), settledAt.getUTCMonth() + 2, 15));
}

export function isPaidToIssuer(reward: EarnedReward, at: Date): boolean {
  return at.getTime() >= payoutDate(reward.timestamp).getTime();
}

/** Publication time of the daily files for the UTC day starting at `dayStart`. */
function dailyPublication(dayStart: number): Date {
  return new Date(dayStart + DAY_MS + PUBLISH_OFFSET_MS);
}

/** Publication time of the monthly file for (year, month 0-11). */
function monthlyPublication(year: number, month: number): Date {
  const fifteenth = new Date(Date.UTC(year, month + 1, 15));
  const weekday = fifteenth.getUTCDay();
  const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return new Date(fifteenth.getTime() + shift * DAY_MS + PUBLISH_OFFSET_MS);
}

function store(state: SandboxState, type: FileType, period: string, fileName: string, contentType: string, content: string, at: Date) {
  const id = stableMongoId(`file:${type}:${period}`);
  const existing = state.files.get(id);
  const file: StoredFile = { id, type, fileName, sentAt: existing?.sentAt ?? at, lastModified: at, contentType, content };
  state.files.set(id, file);
  return file;
}

/** Generates (or regenerates) the three daily files for the UTC day starting at `dayStart`. */
export function generateDailyFiles(state: SandboxState, organizationId: string, dayStart: number, at: Date): StoredFile[] {
  const day = new Date(dayStart);
  const iso = day.toISOString().slice(0, 10);
  const yymmdd = `${pad(day.getUTCFullYear() % 100)}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
  const entries = state.ledger.filter((entry) => entry.at.getTime() >= dayStart && entry.at.getTime() < dayStart + DAY_MS);
  return (Object.keys(DAILY_KINDS) as (keyof typeof DAILY_KINDS)[]).map((type) => {
    const { suffix, kinds } = DAILY_KINDS[type];
    const fileName = `cardlinked-reconciliation-${yymmdd}-${suffix}.json`;
    const records = entries
      .filter((entry) => kinds.includes(entry.kind))
      .map((entry) => ({
        notificationId: entry.notificationId,
        eventType: entry.kind,
        transactionId: entry.transactionId,
        userId: entry.userId,
        offerId: entry.offerId,
        merchantName: entry.merchantName,
        transactionAmountInCents: entry.amountCents,
        ...(entry.userCents !== undefined
          ? { commissionEarned: { issuer: { type: "cents", value: entry.issuerCents }, user: { type: "cents", value: entry.userCents } } }
          : {}),
        timestamp: entry.at.toISOString(),
      }));
    const content = JSON.stringify({ fileName, fileType: type, organizationId, reportDate: iso, generatedAt: at.toISOString(), records }, null, 2);
    return store(state, type, iso, fileName, "application/json", content, at);
  });
}

const MONTHLY_COLUMNS = [
  "transactionId",
  "userId",
  "offerId",
  "merchantName",
  "transactionAmountInCents",
  "issuerCommissionInCents",
  "userCommissionInCents",
  "transactionTimestamp",
  "paymentStatus",
  "payoutTimestamp",
] as const;

/** Generates (or regenerates) the monthly file for (year, month 0-11). */
export function generateMonthlyFile(state: SandboxState, year: number, month: number, at: Date): StoredFile {
  const start = Date.UTC(year, month, 1);
  const end = Date.UTC(year, month + 1, 1);
  const publishedMonth = new Date(Date.UTC(year, month + 1, 1));
  const rows = state.rewards
    .filter((reward) => !reward.clawedBack && reward.timestamp.getTime() < end)
    .filter((reward) => {
      if (reward.timestamp.getTime() >= start) return true;
      const payout = payoutDate(reward.timestamp);
      const paidThisMonth = payout.getUTCFullYear() === publishedMonth.getUTCFullYear() && payout.getUTCMonth() === publishedMonth.getUTCMonth();
      return !isPaidToIssuer(reward, at) || paidThisMonth;
    })
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || a.id.localeCompare(b.id))
    .map((reward) => {
      const paid = isPaidToIssuer(reward, at);
      return {
        transactionId: reward.transactionId,
        userId: reward.userId,
        offerId: reward.offerId,
        merchantName: reward.merchantName,
        transactionAmountInCents: reward.amountCents,
        issuerCommissionInCents: reward.issuerCents,
        userCommissionInCents: reward.userCents,
        transactionTimestamp: reward.timestamp.toISOString(),
        paymentStatus: paid ? "PAID_IN_FULL" : "PENDING",
        payoutTimestamp: paid ? payoutDate(reward.timestamp).toISOString() : "",
      };
    });
  const period = `${year}-${pad(month + 1)}`;
  const fileName = `cardlinked-reconciliation-${pad(year % 100)}${pad(month + 1)}.csv`;
  const content = Papa.unparse({ fields: [...MONTHLY_COLUMNS], data: rows.map((row) => MONTHLY_COLUMNS.map((c) => row[c])) });
  return store(state, "monthlyReconciliationFile", period, fileName, "text/csv", content, at);
}

/**
 * Publishes every file whose publication time has passed: daily files from a week before the
 * sandbox started, monthly files from two months before.
 */
export function publishDueFiles(state: SandboxState, organizationId: string, now: Date): void {
  for (let day = utcDay(state.createdAt) - 7 * DAY_MS; dailyPublication(day) <= now; day += DAY_MS) {
    const iso = new Date(day).toISOString().slice(0, 10);
    if (!state.files.has(stableMongoId(`file:earnedRewardApprovedDailyReconciliationFile:${iso}`))) {
      generateDailyFiles(state, organizationId, day, dailyPublication(day));
    }
  }
  const year = state.createdAt.getUTCFullYear();
  for (let month = state.createdAt.getUTCMonth() - 2; monthlyPublication(year, month) <= now; month += 1) {
    const normalized = new Date(Date.UTC(year, month, 1));
    const period = `${normalized.getUTCFullYear()}-${pad(normalized.getUTCMonth() + 1)}`;
    if (!state.files.has(stableMongoId(`file:monthlyReconciliationFile:${period}`))) {
      generateMonthlyFile(state, normalized.getUTCFullYear(), normalized.getUTCMonth(), monthlyPublication(year, month));
    }
  }
}

export function utcDayStart(date: Date): number {
  return utcDay(date);
}

/** `files.FileMetadataAttribute` with a 30-minute download link served by the sandbox. */
export function fileMetadata(file: StoredFile, publicBase: string, now: Date) {
  const expiresAt = new Date(now.getTime() + DOWNLOAD_URL_TTL_SECONDS * 1000);
  return {
    fileName: file.fileName,
    sentAt: file.sentAt.toISOString(),
    lastModified: file.lastModified.toISOString(),
    downloadUrl: `${publicBase}${presignPath(`/files/${file.id}`, expiresAt)}`,
  };
}
