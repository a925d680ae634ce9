import Papa from "papaparse";
import { z } from "zod";
import { MAX_TRANSACTIONS_PER_REQUEST } from "../schemas/transactions";
import { DIRECTIONS, TRANSACTION_STATUSES, type TransactionEventInput, dollarsToCents, wireIssues } from "./transaction-events";

/**
 * Bulk transactions from a CSV file: one event per row, header row required, `amount` in
 * dollars (converted to integer cents), dates ISO 8601 with a zone. Optional columns:
 * currency (USD), direction (DEBIT), authorizedAt (SETTLED rows), merchantId, mcc.
 * A file holds at most 500 rows: one Create Incoming Transactions call ("Maximum of 500").
 */
export const CSV_COLUMNS = [
  "userId",
  "transactionId",
  "status",
  "amount",
  "currency",
  "description",
  "cardBIN",
  "cardLastFour",
  "direction",
  "eventAt",
  "authorizedAt",
  "merchantId",
  "mcc",
] as const;
const REQUIRED_COLUMNS = ["userId", "transactionId", "status", "amount", "description", "cardBIN", "cardLastFour", "eventAt"] as const;

export const MAX_CSV_ROWS = MAX_TRANSACTIONS_PER_REQUEST;

/** The downloadable template: the header and a dual-message purchase of the guide's example. */
export const TRANSACTIONS_CSV_TEMPLATE = [
  CSV_COLUMNS.join(","),
  "sandbox-sandbox-new-customer,purchase-0001,APPROVED,100.00,USD,BaaS Pro Shops,123456,4321,DEBIT,2026-01-15T17:48:06Z,,,5941",
  "sandbox-sandbox-new-customer,purchase-0001,SETTLED,100.00,USD,BaaS Pro Shops,123456,4321,DEBIT,2026-01-16T17:48:06Z,2026-01-15T17:48:06Z,,5941",
].join("\n");

/** An optional column: absent from the header or empty in the row. */
const optional = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);
const isoDate = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date with a zone, e.g. 2026-01-15T17:48:06Z" });

const rowSchema = z.object({
  userId: z.string().trim().min(1, "is required"),
  transactionId: z.string().trim().min(1, "is required"),
  status: z.enum(TRANSACTION_STATUSES, { message: `must be one of ${TRANSACTION_STATUSES.join(", ")}` }),
  amount: z.string().trim().min(1, "is required"),
  currency: optional,
  description: z.string().trim().min(1, "is required"),
  cardBIN: z.string().trim(),
  cardLastFour: z.string().trim(),
  direction: optional.pipe(z.enum(DIRECTIONS, { message: "must be DEBIT or CREDIT" }).optional()),
  eventAt: z.string().trim().pipe(isoDate),
  authorizedAt: optional.pipe(isoDate.optional()),
  merchantId: optional,
  mcc: optional,
});

interface CsvRowError {
  /** The row's line counting the header as line 1 and skipping blank lines; 0 for the whole file. */
  line: number;
  message: string;
}

export interface ParsedTransactionsCsv {
  events: (TransactionEventInput & { line: number })[];
  errors: CsvRowError[];
  rowCount: number;
}

function fileError(message: string): ParsedTransactionsCsv {
  return { events: [], errors: [{ line: 0, message }], rowCount: 0 };
}

function toEvent(row: z.infer<typeof rowSchema>): TransactionEventInput {
  return {
    userId: row.userId,
    transactionId: row.transactionId,
    status: row.status,
    amountCents: dollarsToCents(row.amount),
    currency: row.currency ?? "USD",
    description: row.description,
    direction: row.direction ?? "DEBIT",
    cardBIN: row.cardBIN,
    cardLastFour: row.cardLastFour,
    eventAt: new Date(row.eventAt),
    ...(row.authorizedAt ? { authorizedAt: new Date(row.authorizedAt) } : {}),
    ...(row.merchantId ? { merchantId: row.merchantId } : {}),
    ...(row.mcc ? { mcc: row.mcc } : {}),
  };
}

/**
 * Parses and checks a transactions CSV (papaparse): unknown or missing columns, more than 500
 * rows, malformed rows, bad amounts, and every rule of the client's request schema (the date
 * a status needs, 6-digit BIN, 4-digit last four, ISO currency). Blank lines are ignored.
 * Returns the valid events and every error with its line; callers send nothing while any error
 * remains.
 */
export function parseTransactionsCsv(text: string): ParsedTransactionsCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((column) => !headers.includes(column));
  if (missing.length > 0) return fileError(`Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. Start from the template.`);
  const unknown = headers.filter((header) => !(CSV_COLUMNS as readonly string[]).includes(header));
  if (unknown.length > 0) return fileError(`Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`);
  if (parsed.data.length === 0) return fileError("The file has no transaction rows.");
  if (parsed.data.length > MAX_CSV_ROWS) {
    return { events: [], errors: [{ line: 0, message: `A file holds at most ${MAX_CSV_ROWS} transactions (got ${parsed.data.length}); split it.` }], rowCount: parsed.data.length };
  }

  const errors: CsvRowError[] = [];
  const badRows = new Set<number>();
  for (const error of parsed.errors) {
    const index = error.row ?? -1;
    badRows.add(index);
    errors.push({ line: index >= 0 ? index + 2 : 0, message: error.message });
  }
  const events: ParsedTransactionsCsv["events"] = [];
  parsed.data.forEach((raw, index) => {
    if (badRows.has(index)) return;
    const line = index + 2;
    const row = rowSchema.safeParse(raw);
    if (!row.success) {
      for (const issue of row.error.issues) errors.push({ line, message: `${issue.path.join(".")} ${issue.message}` });
      return;
    }
    let event: TransactionEventInput;
    try {
      event = toEvent(row.data);
    } catch (error) {
      errors.push({ line, message: `amount ${(error as Error).message}` });
      return;
    }
    const issues = wireIssues(event);
    if (issues.length > 0) errors.push(...issues.map((message) => ({ line, message })));
    else events.push({ ...event, line });
  });
  return { events, errors: errors.sort((a, b) => a.line - b.line), rowCount: parsed.data.length };
}
