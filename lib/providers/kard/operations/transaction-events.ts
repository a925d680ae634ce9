import Decimal from "decimal.js";
import { type KardIncomingTransaction, incomingTransactionSchema, transactionStatusSchema } from "../schemas/transactions";
import type { z } from "zod";

export const TRANSACTION_STATUSES = transactionStatusSchema.options;
export type TransactionStatus = z.infer<typeof transactionStatusSchema>;
export const DIRECTIONS = ["DEBIT", "CREDIT"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * One card transaction event in the console's words. `amountCents` is integer cents of
 * `currency`. `eventAt` is the date the status is about: the authorization (APPROVED), the
 * settlement (SETTLED) or the transaction (REVERSED, DECLINED, RETURNED). A SETTLED event also
 * carries the authorization it settles (`authorizedAt`, default `eventAt`, as a single-message
 * PIN debit has both at once).
 */
export interface TransactionEventInput {
  userId: string;
  transactionId: string;
  status: TransactionStatus;
  amountCents: number;
  currency: string;
  description: string;
  direction: Direction;
  cardBIN: string;
  cardLastFour: string;
  eventAt: Date;
  authorizedAt?: Date;
  /** The acquirer MID (`merchant.id`), required for local offers. */
  merchantId?: string;
  mcc?: string;
}

/**
 * Dollars as typed ("12", "12.5", "12.50") to integer cents, with decimal.js.
 * @throws RangeError for anything that is not a non-negative amount with at most two decimals.
 */
export function dollarsToCents(dollars: string): number {
  const text = dollars.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw new RangeError(`"${dollars}" is not an amount like 12 or 12.50`);
  const cents = new Decimal(text).times(100);
  if (!cents.isInteger() || cents.gt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`"${dollars}" is out of range`);
  return cents.toNumber();
}

const dateFieldsOf = (event: TransactionEventInput) => {
  const at = event.eventAt.toISOString();
  if (event.status === "APPROVED") return { authorizationDate: at };
  if (event.status === "SETTLED") return { authorizationDate: (event.authorizedAt ?? event.eventAt).toISOString(), settledDate: at };
  return { transactionDate: at };
};

/**
 * The wire item of Create Incoming Transactions: `type: "transaction"`, `id` = the event's own
 * id (unique per event), `paymentType: "CARD"`, and the date field the status requires.
 * `merchant.name` repeats the description (the guide's examples send both).
 * Source: "Create Incoming Transactions" `transactions.TransactionsAttributes`; guide
 * "Transaction CLO Matching" (dual / single message, multiple settlements).
 */
export function toKardTransactionItem(event: TransactionEventInput, eventId: string): KardIncomingTransaction {
  return {
    type: "transaction",
    id: eventId,
    attributes: {
      userId: event.userId,
      transactionId: event.transactionId,
      status: event.status,
      amount: event.amountCents,
      currency: event.currency,
      description: event.description,
      direction: event.direction,
      paymentType: "CARD",
      cardBIN: event.cardBIN,
      cardLastFour: event.cardLastFour,
      ...(event.mcc ? { mcc: event.mcc } : {}),
      ...(event.merchantId ? { merchant: { id: event.merchantId, name: event.description } } : {}),
      ...dateFieldsOf(event),
    },
  };
}

/** The client's request-schema issues of one event, as "field: message" lines (empty when valid). */
export function wireIssues(event: TransactionEventInput): string[] {
  const parsed = incomingTransactionSchema.safeParse(toKardTransactionItem(event, "preview"));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.filter((part) => part !== "attributes").join(".");
    return field ? `${field}: ${issue.message}` : issue.message;
  });
}
