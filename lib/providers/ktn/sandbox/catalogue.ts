/*
 * The KTN sandbox's gift card catalogue. Products 1234, 18808 and 20308 are the documentation's
 * own examples ("Purchase Gift Card" curl, "Quick Start Guide", purchase response); the rest are
 * plausible cards over several countries, currencies, brands and categories. Image URLs use the
 * reserved `.invalid` domain: they never resolve, the UI must show a fallback.
 */

export interface SandboxBrand {
  brandId: number;
  brandName: string;
  /** Non-refundable brands answer 400 to refundOrderPayment ("Some gift cards are non-refundable"). */
  refundable: boolean;
  /** Sent as the credentials' `redemptionUrl`; null for code + PIN cards. */
  redemptionUrl: string | null;
}

export type SandboxDenominations = { type: "FIXED"; values: number[] } | { type: "RANGE"; min: number; max: number };

export interface SandboxProduct {
  productId: number;
  productName: string;
  brandId: number;
  categoryId: number;
  countryIso: string;
  /** recipientCurrencyCode: the currency of the denominations and of `unitPrice`. */
  currency: string;
  denominations: SandboxDenominations;
  discountPercentage: number;
  /** Fulfilment of this product always fails (the order ends FAILED and is not charged). */
  alwaysFails?: boolean;
  redeemInstruction?: { concise: string; verbose: string };
}

/**
 * Dollars per unit of each card currency. The merchant account is in dollars: an order's
 * subTotal, fee and total are the card's face value converted at these rates (they are also the
 * `…SenderDenomination` values of the catalogue).
 */
export const USD_PER_UNIT: Record<string, string> = {
  USD: "1",
  EUR: "1.08",
  GBP: "1.27",
  CAD: "0.73",
  AUD: "0.66",
  INR: "0.012",
  JPY: "0.0067",
  MXN: "0.058",
  BRL: "0.18",
  AED: "0.2723",
};

export const CATEGORIES: Record<number, string> = {
  1: "Shopping",
  2: "Entertainment",
  3: "Gaming",
  4: "Food & Dining",
  5: "Travel",
  6: "Prepaid Cards",
  7: "Music",
  8: "Fashion & Beauty",
  99: "Sandbox Testing",
};

export const COUNTRIES: Record<string, string> = {
  US: "United States",
  GB: "United Kingdom",
  DE: "Germany",
  FR: "France",
  ES: "Spain",
  IT: "Italy",
  CA: "Canada",
  AU: "Australia",
  IN: "India",
  JP: "Japan",
  MX: "Mexico",
  BR: "Brazil",
  AE: "United Arab Emirates",
};

const brand = (brandId: number, brandName: string, refundable: boolean, redemptionUrl: string | null = null): SandboxBrand => ({
  brandId,
  brandName,
  refundable,
  redemptionUrl,
});

export const BRANDS: SandboxBrand[] = [
  brand(1, "Amazon", true),
  brand(2, "Apple", true),
  brand(3, "Google Play", false),
  brand(4, "Netflix", true),
  brand(5, "Spotify", true),
  brand(6, "Steam", false),
  brand(7, "PlayStation", false),
  brand(8, "Xbox", false),
  brand(9, "Nintendo eShop", false),
  brand(10, "Uber", true),
  brand(11, "Airbnb", true),
  brand(12, "Starbucks", true),
  brand(13, "Zalando", true),
  brand(14, "IKEA", true),
  brand(15, "Flipkart", true),
  brand(16, "Carrefour", true),
  brand(17, "Visa Prepaid", true, "https://redeem.ktn-sandbox.invalid/visa"),
  brand(18, "Mastercard Prepaid", true, "https://redeem.ktn-sandbox.invalid/mastercard"),
  brand(19, "Razer Gold", false),
  brand(20, "Roblox", false),
  brand(21, "Decathlon", true),
  brand(22, "Sephora", true),
  brand(561, "Rewarble Visa", true, "https://www.rewarble.com/redeem"),
  brand(900, "Sandbox Always Fails", true),
];

const fixed = (...values: number[]): SandboxDenominations => ({ type: "FIXED", values });
const range = (min: number, max: number): SandboxDenominations => ({ type: "RANGE", min, max });

function product(
  productId: number,
  productName: string,
  brandId: number,
  categoryId: number,
  countryIso: string,
  currency: string,
  denominations: SandboxDenominations,
  extra: Partial<SandboxProduct> = {},
): SandboxProduct {
  return { productId, productName, brandId, categoryId, countryIso, currency, denominations, discountPercentage: 2.5, ...extra };
}

export const PRODUCTS: SandboxProduct[] = [
  product(1234, "Amazon US", 1, 1, "US", "USD", fixed(10, 25, 50, 100), { discountPercentage: 3 }),
  product(18808, "Rewarble VISA Global US", 561, 6, "US", "USD", range(5, 100), {
    discountPercentage: 1,
    redeemInstruction: {
      concise: "Visit the Redemption Website: www.rewarble.com/redeem.\nEnter Rewarble Code...",
      verbose: "Description:\nExperience the simplicity and privacy of digital payments...",
    },
  }),
  product(20308, "Visa Prepaid US $1 to $150", 17, 6, "US", "USD", range(1, 150), {
    discountPercentage: 0,
    redeemInstruction: {
      concise: "Description:\n\nUse your Visa Prepaid card anywhere...",
      verbose: "Description:\n\nUse your Visa Prepaid card anywhere...",
    },
  }),
  product(10001, "Amazon UK", 1, 1, "GB", "GBP", fixed(10, 25, 50, 100)),
  product(10002, "Amazon DE", 1, 1, "DE", "EUR", fixed(15, 25, 50, 100)),
  product(10003, "Amazon CA", 1, 1, "CA", "CAD", range(5, 500)),
  product(10004, "Amazon JP", 1, 1, "JP", "JPY", range(1000, 50000)),
  product(10005, "Amazon IN", 1, 1, "IN", "INR", fixed(500, 1000, 2000, 5000)),
  product(10006, "Amazon MX", 1, 1, "MX", "MXN", range(100, 5000)),
  product(10010, "Apple US", 2, 2, "US", "USD", range(2, 500)),
  product(10011, "Apple UK", 2, 2, "GB", "GBP", fixed(15, 25, 50, 100)),
  product(10012, "Apple AU", 2, 2, "AU", "AUD", fixed(20, 50, 100)),
  product(10020, "Google Play US", 3, 2, "US", "USD", fixed(10, 25, 50, 100)),
  product(10021, "Google Play BR", 3, 2, "BR", "BRL", fixed(30, 50, 100, 200)),
  product(10022, "Google Play IN", 3, 2, "IN", "INR", range(100, 5000)),
  product(10030, "Netflix US", 4, 2, "US", "USD", fixed(25, 30, 50, 100)),
  product(10031, "Netflix FR", 4, 2, "FR", "EUR", fixed(15, 25, 50)),
  product(10032, "Netflix MX", 4, 2, "MX", "MXN", fixed(200, 300, 500)),
  product(10040, "Spotify US", 5, 7, "US", "USD", fixed(10, 30, 60)),
  product(10041, "Spotify DE", 5, 7, "DE", "EUR", fixed(10, 30, 60)),
  product(10050, "Steam US", 6, 3, "US", "USD", fixed(5, 10, 20, 50, 100)),
  product(10051, "Steam ES", 6, 3, "ES", "EUR", fixed(5, 10, 20, 50, 100)),
  product(10060, "PlayStation Store US", 7, 3, "US", "USD", fixed(10, 25, 50, 75, 100)),
  product(10061, "PlayStation Store UK", 7, 3, "GB", "GBP", fixed(10, 20, 50)),
  product(10070, "Xbox US", 8, 3, "US", "USD", fixed(15, 25, 50, 100)),
  product(10080, "Nintendo eShop US", 9, 3, "US", "USD", fixed(10, 20, 35, 50)),
  product(10081, "Nintendo eShop JP", 9, 3, "JP", "JPY", fixed(1000, 3000, 5000, 9000)),
  product(10090, "Uber US", 10, 5, "US", "USD", range(15, 500)),
  product(10091, "Uber Eats AU", 10, 4, "AU", "AUD", fixed(25, 50, 100)),
  product(10100, "Airbnb US", 11, 5, "US", "USD", range(25, 2000)),
  product(10101, "Airbnb CA", 11, 5, "CA", "CAD", range(50, 1000)),
  product(10110, "Starbucks US", 12, 4, "US", "USD", range(5, 500)),
  product(10111, "Starbucks CA", 12, 4, "CA", "CAD", fixed(10, 25, 50)),
  product(10120, "Zalando DE", 13, 8, "DE", "EUR", fixed(20, 50, 100)),
  product(10121, "Zalando FR", 13, 8, "FR", "EUR", fixed(20, 50, 100)),
  product(10130, "IKEA IT", 14, 1, "IT", "EUR", range(20, 1000)),
  product(10140, "Flipkart IN", 15, 1, "IN", "INR", range(100, 10000)),
  product(10150, "Carrefour AE", 16, 4, "AE", "AED", fixed(100, 200, 500, 1000)),
  product(10151, "Carrefour FR", 16, 4, "FR", "EUR", range(10, 500)),
  product(10160, "Mastercard Prepaid US", 18, 6, "US", "USD", range(10, 1000)),
  product(10161, "Visa Prepaid EU", 17, 6, "DE", "EUR", range(20, 3000)),
  product(10162, "Visa Prepaid US $1000 to $4500", 17, 6, "US", "USD", range(1000, 4500), { discountPercentage: 0 }),
  product(10170, "Razer Gold Global", 19, 3, "US", "USD", fixed(5, 10, 20, 50, 100)),
  product(10180, "Roblox US", 20, 3, "US", "USD", fixed(10, 25, 50)),
  product(10190, "Decathlon ES", 21, 1, "ES", "EUR", fixed(20, 50, 100)),
  product(10200, "Sephora US", 22, 8, "US", "USD", range(10, 500)),
  product(90001, "Sandbox Failing Card US", 900, 99, "US", "USD", fixed(10, 25, 50), { alwaysFails: true, discountPercentage: 0 }),
  product(90002, "Sandbox Failing Card EU", 900, 99, "DE", "EUR", range(5, 200), { alwaysFails: true, discountPercentage: 0 }),
  product(90003, "Sandbox Failing Card IN", 900, 99, "IN", "INR", fixed(500, 1000), { alwaysFails: true, discountPercentage: 0 }),
];
