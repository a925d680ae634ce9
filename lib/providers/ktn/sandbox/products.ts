import Decimal from "decimal.js";
import { BRANDS, CATEGORIES, COUNTRIES, PRODUCTS, USD_PER_UNIT, type SandboxBrand, type SandboxProduct } from "./catalogue";

const ASSET_HOST = "https://cdn.ktn-sandbox.invalid";

const productsById = new Map(PRODUCTS.map((p) => [p.productId, p]));
const brandsById = new Map(BRANDS.map((b) => [b.brandId, b]));

export function findProduct(productId: number): SandboxProduct | undefined {
  return productsById.get(productId);
}

/** The product of an existing order: orders are only ever created from the catalogue. */
export function requireProduct(productId: number): SandboxProduct {
  const found = productsById.get(productId);
  if (!found) throw new Error(`catalogue: no product ${productId}`);
  return found;
}

export function brandOf(product: SandboxProduct): SandboxBrand {
  const found = brandsById.get(product.brandId);
  if (!found) throw new Error(`catalogue: product ${product.productId} has unknown brand ${product.brandId}`);
  return found;
}

/** The dollar amount charged for a face value of `unitPrice` in the card currency (cents, half-up). */
export function senderAmount(product: SandboxProduct, unitPrice: Decimal.Value): Decimal {
  const rate = USD_PER_UNIT[product.currency];
  if (!rate) throw new Error(`catalogue: no rate for ${product.currency}`);
  return new Decimal(unitPrice).mul(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function productPhoto(product: SandboxProduct): string {
  return `${ASSET_HOST}/giftcards/${product.productId}.png`;
}

export function redeemInstructionOf(product: SandboxProduct): { concise: string; verbose: string } {
  if (product.redeemInstruction) return product.redeemInstruction;
  const { brandName, redemptionUrl } = brandOf(product);
  const where = redemptionUrl ?? `the ${brandName} website or app`;
  return {
    concise: `Redeem at ${where}. Enter the code (and PIN if any) at checkout.`,
    verbose:
      `Description:\n${product.productName} gift card in ${product.currency}.\n\n` +
      `How to redeem:\n1. Go to ${where}.\n2. Enter the card number and PIN.\n3. The value is added to your ${brandName} balance.`,
  };
}

const amount = (value: Decimal.Value) => new Decimal(value).toNumber();

/** A product as "List Gift Cards" documents it: every table field, plus the sender amounts the example shows. */
export function productJson(product: SandboxProduct) {
  const brand = brandOf(product);
  const d = product.denominations;
  const toSender = (v: number) => amount(senderAmount(product, v));
  return {
    productId: product.productId,
    productName: product.productName,
    denominationType: d.type,
    fixedRecipientDenominations: d.type === "FIXED" ? d.values : null,
    minRecipientDenomination: d.type === "RANGE" ? d.min : null,
    maxRecipientDenomination: d.type === "RANGE" ? d.max : null,
    fixedSenderDenominations: d.type === "FIXED" ? d.values.map(toSender) : null,
    minSenderDenomination: d.type === "RANGE" ? toSender(d.min) : null,
    maxSenderDenomination: d.type === "RANGE" ? toSender(d.max) : null,
    recipientCurrencyCode: product.currency,
    senderFee: 0,
    senderFeePercentage: 0,
    discountPercentage: product.discountPercentage,
    logoUrls: [productPhoto(product)],
    brand: { brandId: brand.brandId, brandName: brand.brandName },
    category: { id: product.categoryId, name: CATEGORIES[product.categoryId] },
    country: {
      isoName: product.countryIso,
      name: COUNTRIES[product.countryIso],
      flagUrl: `${ASSET_HOST}/flags/${product.countryIso.toLowerCase()}.svg`,
    },
    redeemInstruction: redeemInstructionOf(product),
  };
}
