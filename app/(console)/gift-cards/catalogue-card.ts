import { ktnDenominations, type KtnDenominations } from "@/lib/providers/ktn/denominations";
import type { KtnGiftCard } from "@/lib/providers/ktn/schemas";

/** What the catalogue browser needs of a KTN product (no redemption texts or logos over the wire). */
export interface CatalogueCard {
  productId: number;
  productName: string;
  brandName: string;
  categoryName: string | null;
  countryIsoName: string | null;
  countryName: string | null;
  currencyCode: string;
  denominationType: "FIXED" | "RANGE";
  denominations: KtnDenominations | null;
  redeemConcise: string;
  /** The wire card without its long texts, for pricing in the browser (ktnChargedAmount). */
  pricing: KtnGiftCard;
}

export function toCatalogueCard(card: KtnGiftCard): CatalogueCard {
  return {
    productId: card.productId,
    productName: card.productName,
    brandName: card.brand.brandName,
    categoryName: card.category?.name ?? null,
    countryIsoName: card.country?.isoName ?? null,
    countryName: card.country?.name ?? null,
    currencyCode: card.recipientCurrencyCode ?? "USD",
    denominationType: card.denominationType,
    denominations: ktnDenominations(card) ?? null,
    redeemConcise: card.redeemInstruction.concise,
    pricing: { ...card, logoUrls: [], redeemInstruction: { concise: card.redeemInstruction.concise, verbose: "" } },
  };
}

export function describeDenominations(d: KtnDenominations | null, currency: string): string {
  if (!d) return "not purchasable";
  return d.type === "FIXED" ? `${d.values.join(" · ")} ${currency}` : `${d.min}–${d.max} ${currency}`;
}
