import type { OpenLoyaltyTransaction } from "@prisma/client";
import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import type { EntryType } from "../schemas";
import { type CardLookup, type CardView, inquireCard } from "./card";
import { sendTransaction } from "./send-transaction";
import { loadTransaction, newTranOrderNo } from "./transaction-record";

export interface MoneyInput extends CardLookup {
  /** A decimal string, two decimals at most. */
  amount: string;
  currency: string;
}

/** The card's balance of `currency` (or its points), as a decimal string. @throws OperationError NO_SUCH_BALANCE */
function balanceIn(card: CardView, currency: string | null): string {
  if (!currency) return card.points;
  const money = card.money.find((m) => m.currency === currency);
  if (!money) throw new OperationError("NO_SUCH_BALANCE", `This card holds no ${currency} balance.`, { currency: [`The card holds ${card.money.map((m) => m.currency).join(", ") || "no money"}.`] });
  return money.amount;
}

/** Reads the card (audited inquiry) for the balance the move starts from, then stores and sends the move. */
async function move(
  kind: "TOPUP" | "PAY" | "TIP" | "POINTS_ISSUE" | "POINTS_REDEEM" | "VOID",
  input: { accountId: string; entryType: string; amount: string; currency: string | null; nsfAllowed?: boolean; original?: OpenLoyaltyTransaction },
  actor: Actor,
): Promise<OpenLoyaltyTransaction> {
  const balanceReadAt = new Date();
  const card = await inquireCard({ accountId: input.accountId, entryType: input.entryType as EntryType }, actor);
  return sendTransaction({ kind, ...input, balanceBefore: balanceIn(card, input.currency), balanceReadAt, tranOrderNo: newTranOrderNo() }, actor);
}

const money = (amount: string) => new Decimal(amount).toFixed(2);

/** giftIssuance: adds `amount` to the card. Source: seed "Top-up" (amount assumed, see the docs). */
export function topUp(input: MoneyInput, actor: Actor) {
  return move("TOPUP", { ...input, amount: money(input.amount) }, actor);
}

/** giftTransaction: takes `amount`; with `nsfAllowed`, what the card holds when it holds less. Source: seed "Pay". */
export function pay(input: MoneyInput & { nsfAllowed: boolean }, actor: Actor) {
  return move("PAY", { ...input, amount: money(input.amount) }, actor);
}

/** loyaltyIssuance: adds whole points. Source: seed "Issue Points". */
export function issuePoints(input: CardLookup & { points: string }, actor: Actor) {
  return move("POINTS_ISSUE", { ...input, amount: new Decimal(input.points).toFixed(0), currency: null }, actor);
}

/** loyaltyRedemption: takes whole points, never below zero. Source: seed "Redeem Points". */
export function redeemPoints(input: CardLookup & { points: string }, actor: Actor) {
  return move("POINTS_REDEEM", { ...input, amount: new Decimal(input.points).toFixed(0), currency: null }, actor);
}

/** @throws OperationError NOT_APPLICABLE unless `original` is a succeeded, unvoided transaction of `kinds` with a checkoutId. */
function requireLive(original: OpenLoyaltyTransaction, kinds: string[], what: string) {
  if (!kinds.includes(original.kind) || original.status !== "succeeded" || original.voidedAt || !original.checkoutId) {
    throw new OperationError("NOT_APPLICABLE", `${what} needs a succeeded ${kinds.map((k) => (k === "PAY" ? "payment" : "top-up")).join(" or ")} that is not voided.`);
  }
}

/** giftTip: a tip on one of the console's succeeded payments (`oriOrderNo` = its checkoutId), same card and currency. */
export async function addTip(input: { transactionId: string; amount: string }, actor: Actor) {
  const original = await loadTransaction(input.transactionId);
  requireLive(original, ["PAY"], "A tip");
  return move("TIP", { accountId: original.accountId, entryType: original.entryType, amount: money(input.amount), currency: original.currency, original }, actor);
}

/**
 * giftVoid of a succeeded payment or top-up (`oriOrderNo` = its checkoutId). The record's amount
 * is what the void gives back: a payment's approved amount plus its tips (the void reverses
 * them with it), or the top-up's amount (taken back).
 */
export async function voidTransaction(input: { transactionId: string }, actor: Actor) {
  const original = await loadTransaction(input.transactionId);
  requireLive(original, ["PAY", "TOPUP"], "A void");
  const tips = await db.openLoyaltyTransaction.findMany({ where: { originalId: original.id, kind: "TIP", status: "succeeded", voidedAt: null } });
  const amount = tips.reduce((sum, tip) => sum.plus(tip.approvedAmount ?? tip.amount), new Decimal((original.approvedAmount ?? original.amount).toString()));
  return move("VOID", { accountId: original.accountId, entryType: original.entryType, amount: amount.toFixed(2), currency: original.currency, original }, actor);
}
