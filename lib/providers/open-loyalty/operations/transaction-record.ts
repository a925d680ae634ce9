/* The console's record of one Open Loyalty Pay transaction (`OpenLoyaltyTransaction`): ids, loading, its view. */
import type { OpenLoyaltyTransaction } from "@prisma/client";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { KIND_LABELS, OPEN_STATUSES, type TransactionKind, type TransactionStatus } from "./kinds";

/** Audit target of a transaction: the console's own record id. */
export const transactionTarget = (tx: Pick<OpenLoyaltyTransaction, "id">) => `open-loyalty-transaction:${tx.id}`;

/** Audit target of a card: its masked number. */
export const cardTarget = (accountId: string) => `open-loyalty-card:${maskAccount(accountId)}`;

/** "•••• 8515": a card number where the whole is not needed. */
export function maskAccount(accountId: string): string {
  return `•••• ${accountId.slice(-4)}`;
}

/**
 * A new tranOrderNo: "OLP" + time (base 36) + 12 random hex digits, 26 characters (the limit is
 * 60). Generated once per record, before the first send, and never again for it.
 */
export function newTranOrderNo(now = Date.now()): string {
  return `OLP${now.toString(36).toUpperCase()}${randomBytes(6).toString("hex").toUpperCase()}`;
}

/** @throws OperationError NOT_FOUND */
export async function loadTransaction(id: string): Promise<OpenLoyaltyTransaction> {
  const tx = await db.openLoyaltyTransaction.findUnique({ where: { id } });
  if (!tx) throw new OperationError("NOT_FOUND", "That Open Loyalty Pay transaction does not exist.");
  return tx;
}

/** A transaction as the pages show it: decimals as strings, the card masked, what may be done next. */
export interface TransactionDto {
  id: string;
  kind: TransactionKind;
  kindLabel: string;
  tranOrderNo: string;
  accountMasked: string;
  amount: string;
  approvedAmount: string | null;
  /** "USD", or "Points" for points. */
  unit: string;
  nsfAllowed: boolean;
  status: TransactionStatus;
  checkoutId: string | null;
  originalId: string | null;
  voidedAt: string | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  createdByEmail: string | null;
  createdAt: string;
  can: { void: boolean; tip: boolean; reconcile: boolean };
}

export function transactionDto(tx: OpenLoyaltyTransaction): TransactionDto {
  const status = tx.status as TransactionStatus;
  const live = status === "succeeded" && !tx.voidedAt && Boolean(tx.checkoutId);
  return {
    id: tx.id,
    kind: tx.kind as TransactionKind,
    kindLabel: KIND_LABELS[tx.kind as TransactionKind] ?? tx.kind,
    tranOrderNo: tx.tranOrderNo,
    accountMasked: maskAccount(tx.accountId),
    amount: tx.currency ? tx.amount.toFixed(2) : tx.amount.toFixed(0),
    approvedAmount: tx.approvedAmount ? (tx.currency ? tx.approvedAmount.toFixed(2) : tx.approvedAmount.toFixed(0)) : null,
    unit: tx.currency ?? "Points",
    nsfAllowed: tx.nsfAllowed,
    status,
    checkoutId: tx.checkoutId,
    originalId: tx.originalId,
    voidedAt: tx.voidedAt?.toISOString() ?? null,
    lastErrorCode: tx.lastErrorCode,
    lastErrorMessage: tx.lastErrorMessage,
    createdByEmail: tx.createdByEmail,
    createdAt: tx.createdAt.toISOString(),
    can: {
      void: live && (tx.kind === "PAY" || tx.kind === "TOPUP"),
      tip: live && tx.kind === "PAY",
      reconcile: OPEN_STATUSES.includes(status),
    },
  };
}
