import type { OpenLoyaltyTransaction } from "@prisma/client";
import type { OpenLoyaltyClient } from "../client";
import type { EntryType, TransactionData } from "../schemas";

/**
 * The one request a record stands for, rebuilt from the record alone — its stored tranOrderNo
 * included — so a retry is the very same request. `originalCheckoutId` is the original's
 * `checkoutId` for a VOID or TIP (`oriOrderNo`).
 */
export function sendRecord(client: OpenLoyaltyClient, tx: OpenLoyaltyTransaction, originalCheckoutId: string | null): Promise<TransactionData> {
  const card = { accountId: tx.accountId, entryType: tx.entryType as EntryType };
  const money = { ...card, tranOrderNo: tx.tranOrderNo, amount: tx.amount.toFixed(2), tranCurrency: tx.currency ?? "" };
  switch (tx.kind) {
    case "TOPUP":
      return client.giftIssuance(money);
    case "PAY":
      return client.giftTransaction({ ...money, nsfAllowed: tx.nsfAllowed || undefined });
    case "TIP":
      return client.giftTip({ ...money, oriOrderNo: originalCheckoutId ?? "" });
    case "VOID":
      return client.giftVoid({ tranOrderNo: tx.tranOrderNo, oriOrderNo: originalCheckoutId ?? "" });
    case "POINTS_ISSUE":
      return client.loyaltyIssuance({ ...card, tranOrderNo: tx.tranOrderNo, amount: tx.amount.toFixed(0) });
    case "POINTS_REDEEM":
      return client.loyaltyRedemption({ ...card, tranOrderNo: tx.tranOrderNo, amount: tx.amount.toFixed(0) });
    default:
      throw new Error(`unknown Open Loyalty Pay transaction kind ${tx.kind}`);
  }
}
