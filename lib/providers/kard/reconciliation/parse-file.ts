import Decimal from "decimal.js";
import Papa from "papaparse";
import type { KardFileType } from "../schemas/files";
import { FILE_TYPE_RULES } from "./file-period";
import { isRewardKind, type RewardKind, type RewardRecord } from "./reward-record";

/**
 * The columns we read from a reconciliation file row, by name. The documentation gives each
 * file's name and format (daily `.json`, monthly `.csv`) but not its columns, so each field is
 * looked up under the names below, compared lowercased without `_`, `-` or spaces; the first
 * present wins. These lists are the one place to correct once Kard's real columns are known.
 * Source: Kard guide "Transaction Reconciliation" (naming and format only).
 */
const FILE_COLUMNS = {
  transactionId: ["transactionId"],
  kind: ["eventType", "notificationType", "type"],
  notificationId: ["notificationId"],
  userId: ["userId"],
  merchantName: ["merchantName", "merchant"],
  rewardCents: ["userCommissionInCents", "userCommission", "commissionEarned"],
  transactionAmountCents: ["transactionAmountInCents", "amountInCents", "amount"],
  at: ["timestamp", "transactionTimestamp", "settledDate", "transactionDate"],
} as const;

/** Where a file's rows sit when the JSON document is an object rather than an array. */
const JSON_ROW_KEYS = ["records", "data", "rows", "transactions"];

export interface ParsedReconciliationFile {
  format: "json" | "csv";
  rows: RewardRecord[];
  /** Rows left out because they name no transactionId (row numbers, 1-based). */
  skippedRows: number[];
}

export class ReconciliationFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReconciliationFileError";
  }
}

const normalize = (key: string) => key.toLowerCase().replace(/[\s_-]/g, "");

function lookup(fields: Map<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = fields.get(normalize(name));
    if (value !== undefined && value !== null && value !== "") return value;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined;
}

/** Integer cents from a number, a numeric string, or a `commons.CommissionValue` object. */
function cents(value: unknown): Decimal | undefined {
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    // commissionEarned is either {type:"cents", value} or {issuer, user} (ValidTransactionCommissionEarned).
    return cents("user" in object ? (object.user as Record<string, unknown> | undefined)?.value : object.value);
  }
  const raw = text(value);
  return raw !== undefined && /^-?\d+$/.test(raw) ? new Decimal(raw) : undefined;
}

function kindOf(value: unknown, fileType: KardFileType): RewardKind {
  const { kinds, defaultKind } = FILE_TYPE_RULES[fileType];
  return isRewardKind(value) && kinds.includes(value) ? value : defaultKind;
}

function toRecord(row: Record<string, unknown>, index: number, fileType: KardFileType): RewardRecord | undefined {
  const fields = new Map(Object.entries(row).map(([key, value]) => [normalize(key), value]));
  const transactionId = text(lookup(fields, FILE_COLUMNS.transactionId));
  if (!transactionId) return undefined;
  return {
    ref: `row ${index + 1}`,
    kind: kindOf(lookup(fields, FILE_COLUMNS.kind), fileType),
    transactionId,
    notificationId: text(lookup(fields, FILE_COLUMNS.notificationId)),
    userId: text(lookup(fields, FILE_COLUMNS.userId)),
    merchantName: text(lookup(fields, FILE_COLUMNS.merchantName)),
    rewardCents: cents(lookup(fields, FILE_COLUMNS.rewardCents)),
    transactionAmountCents: cents(lookup(fields, FILE_COLUMNS.transactionAmountCents)),
    at: text(lookup(fields, FILE_COLUMNS.at)),
  };
}

function formatOf(content: string, fileName: string, contentType: string | null): "json" | "csv" {
  if (/\.json(l)?$/i.test(fileName) || contentType?.includes("json")) return "json";
  if (/\.csv$/i.test(fileName) || contentType?.includes("csv")) return "csv";
  return /^\s*[[{]/.test(content) ? "json" : "csv";
}

function jsonRows(content: string): unknown[] {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    throw new ReconciliationFileError("The file is not valid JSON.");
  }
  if (Array.isArray(document)) return document;
  if (document && typeof document === "object") {
    for (const key of JSON_ROW_KEYS) {
      const rows = (document as Record<string, unknown>)[key];
      if (Array.isArray(rows)) return rows;
    }
  }
  throw new ReconciliationFileError(`The JSON file has no list of rows (looked for an array or ${JSON_ROW_KEYS.join(", ")}).`);
}

function csvRows(content: string): unknown[] {
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((error) => error.type === "Quotes" || error.type === "Delimiter");
  if (fatal) throw new ReconciliationFileError(`The CSV file could not be read: ${fatal.message}.`);
  return parsed.data;
}

/**
 * Reads a reconciliation file into reward records: JSON (an array of rows, or an object holding
 * one under `records`/`data`/`rows`/`transactions`) or CSV with a header row (papaparse), chosen
 * by the file name's extension, then the content type, then the first character. Amounts are
 * integer cents (decimal.js); a row's `eventType` decides its kind when it is one the file type
 * covers (FILE_TYPE_RULES), otherwise the file type's default kind applies.
 * @throws ReconciliationFileError when the content is not readable as its format.
 * Source: Kard guide "Transaction Reconciliation" (daily `.json`, monthly `.csv`).
 */
export function parseReconciliationFile(
  content: string,
  file: { fileName: string; fileType: KardFileType; contentType?: string | null },
): ParsedReconciliationFile {
  const format = formatOf(content, file.fileName, file.contentType ?? null);
  const raw = format === "json" ? jsonRows(content) : csvRows(content);
  const rows: RewardRecord[] = [];
  const skippedRows: number[] = [];
  raw.forEach((item, index) => {
    const record = item && typeof item === "object" && !Array.isArray(item) ? toRecord(item as Record<string, unknown>, index, file.fileType) : undefined;
    if (record) rows.push(record);
    else skippedRows.push(index + 1);
  });
  return { format, rows, skippedRows };
}
