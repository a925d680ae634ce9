import type { KardTransaction } from "@prisma/client";
import { db } from "@/lib/db";
import { needsResend } from "./reconcile-submission";

/** A transaction event the console sent, for the lists. Amount in integer cents; dates ISO 8601. */
export interface KardTransactionDto {
  id: string;
  eventId: string | null;
  transactionId: string;
  userId: string;
  submittedStatus: string;
  /** The latest status: the one sent, then what Kard's notifications reported. */
  status: string;
  submission: string;
  amountCents: number;
  currency: string;
  description: string;
  cardLastFour: string | null;
  eventAt: string | null;
  origin: string;
  error: string | null;
  fraudFlaggedAt: string | null;
  auditId: string | null;
  createdByEmail: string | null;
  createdAt: string;
  /** The submission went unanswered and its wire item is kept: reconcileSubmission can resend it. */
  resendable: boolean;
}

function toKardTransactionDto(row: KardTransaction): KardTransactionDto {
  return {
    id: row.id,
    eventId: row.eventId,
    transactionId: row.transactionId,
    userId: row.userId,
    submittedStatus: row.submittedStatus ?? row.status,
    status: row.status,
    submission: row.submission,
    amountCents: row.amountCents,
    currency: row.currency,
    description: row.description,
    cardLastFour: row.cardLastFour,
    eventAt: row.eventAt?.toISOString() ?? null,
    origin: row.origin,
    error: row.error,
    fraudFlaggedAt: row.fraudFlaggedAt?.toISOString() ?? null,
    auditId: row.auditId,
    createdByEmail: row.createdByEmail,
    createdAt: row.createdAt.toISOString(),
    resendable: needsResend(row),
  };
}

const TRANSACTION_LIST_LIMIT = 200;

/** The latest events the console sent, newest first, optionally for one user. */
export async function listKardTransactions(opts: { userId?: string; take?: number } = {}): Promise<KardTransactionDto[]> {
  const rows = await db.kardTransaction.findMany({
    where: opts.userId ? { userId: opts.userId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(opts.take ?? TRANSACTION_LIST_LIMIT, TRANSACTION_LIST_LIMIT),
  });
  return rows.map(toKardTransactionDto);
}
