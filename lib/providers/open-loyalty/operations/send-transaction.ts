import type { OpenLoyaltyTransaction, Prisma } from "@prisma/client";
import type { Actor } from "@/lib/audit/actor";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { auditedWrite } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import type { TransactionData } from "../schemas";
import { KIND_ACTIONS, OPEN_STATUSES, type TransactionKind } from "./kinds";
import { transactionTarget } from "./transaction-record";
import { sendRecord } from "./wire-call";

type Update = Prisma.OpenLoyaltyTransactionUncheckedUpdateInput;

/** The columns an answer writes: ids, approved amount and the status its `result` means. */
function answerColumns(data: TransactionData): Update {
  return {
    result: data.result,
    status: data.result === 0 ? "succeeded" : data.result === 1 ? "declined" : "pending",
    checkoutId: data.checkoutId,
    paywizardId: data.paywizardId ?? null,
    transIndexCode: data.transIndexCode ?? null,
    ...(data.amount ? { approvedAmount: data.amount.toString() } : {}),
    lastErrorCode: data.result === 1 ? "RESULT_1" : null,
    lastErrorMessage: data.result === 1 ? "Open Loyalty Pay answered result 1 (failure): nothing moved." : null,
  };
}

/**
 * A succeeded void: its original (and, for a payment, the original's tips, which the void
 * reverses with it) are marked voided, in the void's transaction.
 */
export async function markVoided(tx: Prisma.TransactionClient, record: OpenLoyaltyTransaction) {
  if (record.kind !== "VOID" || !record.originalId) return;
  const now = new Date();
  await tx.openLoyaltyTransaction.update({ where: { id: record.originalId }, data: { voidedAt: now } });
  await tx.openLoyaltyTransaction.updateMany({ where: { originalId: record.originalId, kind: "TIP", status: "succeeded" }, data: { voidedAt: now } });
}

/** Stores what an answer says, and its consequences (a void marks its original). */
export async function applyAnswer(tx: Prisma.TransactionClient, id: string, data: TransactionData): Promise<OpenLoyaltyTransaction> {
  const record = await tx.openLoyaltyTransaction.update({ where: { id }, data: answerColumns(data) });
  if (record.status === "succeeded") await markVoided(tx, record);
  return record;
}

/**
 * One card has one money move open at a time, and none settles between the balance read and the
 * send: reconciliation reads the card's balance and can only tell what happened when nothing
 * else (from this console) moved it meanwhile.
 * @throws OperationError CARD_BUSY / CARD_CHANGED
 */
async function claimCard(tx: Prisma.TransactionClient, accountId: string, balanceReadAt: Date) {
  const open = await tx.openLoyaltyTransaction.findFirst({ where: { accountId, status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
  if (open) {
    throw new OperationError("CARD_BUSY", "This card has a transaction whose outcome is not known yet. Reconcile it first (open it from the card's history).");
  }
  const changed = await tx.openLoyaltyTransaction.findFirst({ where: { accountId, updatedAt: { gt: balanceReadAt } }, select: { id: true } });
  if (changed) throw new OperationError("CARD_CHANGED", "Another transaction on this card finished a moment ago. Look at the card again and retry.");
}

export interface NewTransaction {
  kind: TransactionKind;
  accountId: string;
  entryType: string;
  /** Money (two decimals) or whole points. */
  amount: string;
  currency: string | null;
  nsfAllowed?: boolean;
  original?: OpenLoyaltyTransaction;
  /** The moved balance just before the call (from an inquiry), and when it was read. */
  balanceBefore: string;
  balanceReadAt: Date;
  tranOrderNo: string;
}

/**
 * Stores the record — with its tranOrderNo — and its REQUESTED audit row, then sends it once
 * through the configured client. The answer is stored with its audit row in one transaction;
 * a lost answer leaves the record `unknown` for reconciliation (./reconcile.ts), which sends the
 * same tranOrderNo again, never a new one.
 * @returns the stored record (also when the answer was lost).
 * @throws OperationError CARD_BUSY (nothing sent); ProviderError when Open Loyalty Pay refused
 *   (the record is `declined` with the code and message).
 */
export async function sendTransaction(input: NewTransaction, actor: Actor): Promise<OpenLoyaltyTransaction> {
  const client = providerClient("open-loyalty");
  const id = randomUUID();
  let record: OpenLoyaltyTransaction | undefined;
  await auditedWrite(
    {
      actor,
      action: KIND_ACTIONS[input.kind],
      provider: "open-loyalty",
      target: transactionTarget({ id }),
      idempotencyKey: input.tranOrderNo,
      request: { tranOrderNo: input.tranOrderNo, amount: input.amount, currency: input.currency, nsfAllowed: input.nsfAllowed, oriOrderNo: input.original?.checkoutId },
    },
    () => sendRecord(client, record!, input.original?.checkoutId ?? null),
    {
      onRequested: async (tx) => {
        await claimCard(tx, input.accountId, input.balanceReadAt);
        record = await tx.openLoyaltyTransaction.create({
          data: {
            id,
            kind: input.kind,
            tranOrderNo: input.tranOrderNo,
            accountId: input.accountId,
            entryType: input.entryType,
            amount: input.amount,
            currency: input.currency,
            nsfAllowed: input.nsfAllowed ?? false,
            status: "requested",
            originalId: input.original?.id ?? null,
            balanceBefore: input.balanceBefore,
            createdById: actor.staff?.id ?? null,
            createdByEmail: actor.staff?.email ?? null,
          },
        });
      },
      onSuccess: (tx, data) => applyAnswer(tx, id, data),
      onProviderError: async (tx, error) => {
        await tx.openLoyaltyTransaction.update({
          where: { id },
          data: { status: error.outcome === "unknown" ? "unknown" : "declined", lastErrorCode: error.code, lastErrorMessage: error.message },
        });
      },
      responseSummary: (data) => ({ checkoutId: data.checkoutId, result: data.result, amount: data.amount }),
    },
  );
  return db.openLoyaltyTransaction.findUniqueOrThrow({ where: { id } });
}
