import { db } from "@/lib/db";
import { OPEN_STATUSES } from "./kinds";
import { type TransactionDto, transactionDto } from "./transaction-record";

/** A card's transactions, newest first (at most 200), as the card page lists them. */
export async function cardTransactions(accountId: string): Promise<TransactionDto[]> {
  const rows = await db.openLoyaltyTransaction.findMany({ where: { accountId }, orderBy: { createdAt: "desc" }, take: 200 });
  return rows.map(transactionDto);
}

/** The latest transactions of every card (at most `take`), for the lookup page. */
export async function recentTransactions(take = 20): Promise<(TransactionDto & { accountId: string; entryType: string })[]> {
  const rows = await db.openLoyaltyTransaction.findMany({ orderBy: { createdAt: "desc" }, take });
  return rows.map((row) => ({ ...transactionDto(row), accountId: row.accountId, entryType: row.entryType }));
}

/** One transaction with its original and its follow-ups (voids, tips); null when there is none. */
export async function transactionDetail(id: string) {
  const row = await db.openLoyaltyTransaction.findUnique({ where: { id }, include: { original: true, followUps: { orderBy: { createdAt: "asc" } } } });
  if (!row) return null;
  return {
    transaction: transactionDto(row),
    accountId: row.accountId,
    entryType: row.entryType,
    original: row.original ? transactionDto(row.original) : null,
    followUps: row.followUps.map(transactionDto),
  };
}

/** The overview's figures: every transaction, the succeeded ones, declines, and those waiting for reconciliation. */
export async function transactionFigures() {
  const groups = await db.openLoyaltyTransaction.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (statuses: readonly string[]) => groups.filter((g) => statuses.includes(g.status)).reduce((sum, g) => sum + g._count._all, 0);
  return {
    total: groups.reduce((sum, g) => sum + g._count._all, 0),
    succeeded: count(["succeeded"]),
    declined: count(["declined"]),
    open: count(OPEN_STATUSES),
  };
}
