import type { KardFileType } from "../schemas/files";
import { compareRewards, type ReconciliationResult } from "./compare";
import { FILE_TYPE_RULES, filePeriod, type FilePeriod } from "./file-period";
import { parseReconciliationFile } from "./parse-file";
import { receivedRewards } from "./webhook-rewards";

/**
 * How far outside a file's period a notification is still looked at to pair with one of its
 * rows: Kard retries deliveries we did not acknowledge (no schedule documented) and our
 * `receivedAt` is not Kard's event time. Such a notification pairs but never counts as
 * "in webhooks only" for this file.
 */
const DELIVERY_GRACE_MS = 86_400_000;

export interface FileReconciliation extends ReconciliationResult {
  format: "json" | "csv";
  period: FilePeriod;
  /** Rows of the file left out because they name no transaction (1-based). */
  skippedRows: number[];
  /** How many file rows were compared. */
  fileRows: number;
}

/**
 * Compares a downloaded reconciliation file with the reward notifications the console stored.
 * Daily files are compared with notifications received during their day (± the grace above);
 * the monthly file also lists older rewards still pending or paid out that month, so its rows
 * are looked up among every notification received before the month ended (+ grace), while only
 * the month's own count as "in webhooks only".
 * @throws ReconciliationFileError when the content cannot be read.
 * Source: Kard guide "Transaction Reconciliation".
 */
export async function reconcileFile(file: {
  fileName: string;
  fileType: KardFileType;
  sentAt: Date;
  contentType: string | null;
  content: string;
}): Promise<FileReconciliation> {
  const parsed = parseReconciliationFile(file.content, file);
  const period = filePeriod(file.fileName, file.fileType, file.sentAt);
  const rules = FILE_TYPE_RULES[file.fileType];
  const window = {
    from: rules.cadence === "daily" ? new Date(period.start.getTime() - DELIVERY_GRACE_MS) : undefined,
    to: new Date(period.end.getTime() + DELIVERY_GRACE_MS),
  };
  const webhooks = await receivedRewards(rules.kinds, window, period);
  return {
    ...compareRewards(parsed.rows, webhooks),
    format: parsed.format,
    period,
    skippedRows: parsed.skippedRows,
    fileRows: parsed.rows.length,
  };
}
