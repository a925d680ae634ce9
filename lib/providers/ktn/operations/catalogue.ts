import Decimal from "decimal.js";
import { OperationError } from "@/lib/errors";
import { providerConfig, providerClient } from "@/lib/providers/registry";
import { isKtnUnitPriceAllowed, ktnChargedAmount, ktnDenominations } from "../denominations";
import { quoteKtnFee } from "../fees";
import type { KtnFeePreference, KtnGiftCard } from "../schemas";

/** The catalogue changes rarely; one fetch a minute per process is plenty (ms). */
const CATALOGUE_TTL_MS = 60_000;
const cache = ((globalThis as { __ktnCatalogue?: Map<string, { at: number; cards: KtnGiftCard[] }> }).__ktnCatalogue ??=
  new Map());

/** Every purchasable card (KTN listGiftCards), cached for a minute per base URL. @throws ProviderError */
export async function listCatalogue(): Promise<KtnGiftCard[]> {
  const key = providerConfig("ktn").baseUrl;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CATALOGUE_TTL_MS) return hit.cards;
  const cards = await providerClient("ktn").listGiftCards();
  cache.set(key, { at: Date.now(), cards });
  return cards;
}

/** @throws OperationError NOT_FOUND when the product is not in the catalogue. */
export async function findCard(productId: number): Promise<KtnGiftCard> {
  const card = (await listCatalogue()).find((c) => c.productId === productId);
  if (!card) throw new OperationError("NOT_FOUND", `Gift card product ${productId} is not in the KTN catalogue.`);
  return card;
}

export interface PurchaseQuote {
  /** Face value in the card's currency (major units). */
  unitPrice: Decimal;
  /** The card's cost in dollars (KTN's subTotal), KTN's fee and the total charged, in dollars. */
  charged: Decimal;
  fee: Decimal;
  total: Decimal;
  tierField: string;
}

/**
 * Checks `unitPrice` against the card's denominations and prices it with the fee tiers.
 * @throws OperationError DENOMINATION / FEE_TIER with a message saying what is allowed.
 */
export function quotePurchase(card: KtnGiftCard, unitPrice: Decimal.Value, preference: KtnFeePreference): PurchaseQuote {
  if (!isKtnUnitPriceAllowed(card, unitPrice)) {
    const d = ktnDenominations(card);
    const allowed = !d ? "no denominations" : d.type === "FIXED" ? `one of ${d.values.join(", ")}` : `between ${d.min} and ${d.max}`;
    throw new OperationError("DENOMINATION", `${card.productName} can be bought for ${allowed} ${card.recipientCurrencyCode}.`, {
      unitPrice: [`Choose ${allowed}.`],
    });
  }
  // The tiers are in dollars and price the charged amount (the card's dollar cost), not its face value.
  const charged = ktnChargedAmount(card, unitPrice);
  const quote = charged ? quoteKtnFee(charged, preference) : undefined;
  if (!charged || !quote) {
    throw new OperationError("FEE_TIER", "KTN prices purchases between 1 and 5,000 only.", { unitPrice: ["Between 1 and 5,000."] });
  }
  return { unitPrice: new Decimal(unitPrice), charged, fee: quote.fee, total: charged.add(quote.fee), tierField: quote.tier.field };
}
