import Decimal from "decimal.js";
import type { Actor } from "@/lib/audit/actor";
import { auditedProviderCall } from "@/lib/operations/audited-call";
import { providerClient } from "@/lib/providers/registry";
import type { CardData, CustomerInfo, EntryType } from "../schemas";
import { cardTarget, maskAccount } from "./transaction-record";

export interface CardLookup {
  accountId: string;
  entryType: EntryType;
}

/** A card as the pages show it: each balance as a decimal string, the holder's details, the number masked. */
export interface CardView {
  accountId: string;
  accountMasked: string;
  entryType: EntryType;
  /** Money balances (valueCode other than "Points"), two decimals. */
  money: { currency: string; amount: string }[];
  /** The `Points` balance, whole points ("0" when the card answers none). */
  points: string;
  customerInfo: Record<string, unknown>;
}

/** The amount of `valueCode` ("USD", "Points") a card answer holds; 0 when it lists none. */
export function balanceOf(card: CardData, valueCode: string): Decimal {
  return card.balances.find((b) => b.valueCode.toUpperCase() === valueCode.toUpperCase())?.amount ?? new Decimal(0);
}

function cardView(data: CardData, lookup: CardLookup): CardView {
  return {
    accountId: lookup.accountId,
    accountMasked: maskAccount(lookup.accountId),
    entryType: lookup.entryType,
    money: data.balances.filter((b) => b.valueCode !== "Points").map((b) => ({ currency: b.valueCode, amount: b.amount.toFixed(2) })),
    points: balanceOf(data, "Points").toFixed(0),
    customerInfo: data.customerInfo ?? {},
  };
}

/**
 * giftInquiry, audited ("openloyalty.card.inquire"): the card's balances and holder.
 * @throws ProviderError e.g. 1001 (no such card), 1002 (not activated).
 */
export async function inquireCard(lookup: CardLookup, actor: Actor): Promise<CardView> {
  const client = providerClient("open-loyalty");
  return auditedProviderCall(
    { actor, action: "openloyalty.card.inquire", provider: "open-loyalty", target: cardTarget(lookup.accountId), request: { entryType: lookup.entryType } },
    () => client.giftInquiry(lookup),
    { onSuccess: async (_tx, data) => cardView(data, lookup), responseSummary: (data) => ({ balances: data.balances }) },
  );
}

/**
 * giftActivate with the holder's details, audited ("openloyalty.card.activate"). Activation
 * moves no money and may be sent again: a repeat is refused with 1003 (already active).
 * @throws ProviderError e.g. 1003 (already active), 1001 (no such card).
 */
export async function activateCard(input: CardLookup & { customerInfo: CustomerInfo }, actor: Actor): Promise<CardView> {
  const client = providerClient("open-loyalty");
  return auditedProviderCall(
    {
      actor,
      action: "openloyalty.card.activate",
      provider: "open-loyalty",
      target: cardTarget(input.accountId),
      request: { entryType: input.entryType, customerType: input.customerInfo.customerType },
    },
    () => client.giftActivate(input),
    { onSuccess: async (_tx, data) => cardView(data, input), responseSummary: (data) => ({ balances: data.balances }) },
  );
}
