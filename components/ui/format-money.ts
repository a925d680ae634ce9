import Decimal from "decimal.js";

/** Anything that prints itself as a decimal string: decimal.js and Prisma `Decimal` values. */
export type DecimalLike = { toFixed(): string };

export type MoneyFormatOptions = {
  /** BCP 47 locale. Fixed by default so server and browser render the same text. */
  locale?: string;
  /**
   * The amount counts the currency's minor unit (e.g. cents for USD, whole yen for JPY) and is
   * shifted by the currency's fraction digits before display. Only meaningful for ISO 4217 codes.
   */
  minorUnits?: boolean;
  signDisplay?: Intl.NumberFormatOptions["signDisplay"];
};

export const DEFAULT_MONEY_LOCALE = "en-US";

const ISO_4217 = /^[A-Z]{3}$/;

// High precision so shifting a long minor-unit amount never rounds: the default 20 significant digits could.
const ExactDecimal = Decimal.clone({ precision: 100 });

/**
 * Formats a decimal amount for display, e.g. ("1234.5", "USD") → "$1,234.50" and
 * ("1500", "points") → "1,500 points". Arithmetic is decimal (decimal.js) and the number reaches
 * Intl.NumberFormat as a string, so no binary float ever touches the value.
 *
 * `currency` is either an ISO 4217 code (formatted as currency) or any other unit name such as
 * "points" or "KvitkaCoins" (formatted as a plain number followed by the unit).
 * Digits beyond the currency's usual fraction digits are shown, not rounded away: a
 * console that moves money must not hide a sub-cent amount a provider reported.
 *
 * @throws RangeError when `amount` is not a finite decimal number.
 */
export function formatMoney(amount: string | DecimalLike, currency: string, options: MoneyFormatOptions = {}): string {
  const { locale = DEFAULT_MONEY_LOCALE, minorUnits = false, signDisplay } = options;
  const raw = typeof amount === "string" ? amount.trim() : amount.toFixed();
  let value: Decimal;
  try {
    value = new ExactDecimal(raw);
  } catch {
    throw new RangeError(`Not a decimal amount: ${JSON.stringify(raw)}`);
  }
  if (!value.isFinite()) throw new RangeError(`Not a finite amount: ${JSON.stringify(raw)}`);

  const isCurrency = ISO_4217.test(currency);
  const currencyDigits = isCurrency
    ? (new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2)
    : 0;
  if (minorUnits && isCurrency) value = value.dividedBy(new ExactDecimal(10).pow(currencyDigits));
  if (value.isZero()) value = new ExactDecimal(0);

  const fractionDigits = Math.max(currencyDigits, value.decimalPlaces());
  const text = value.toFixed() as Intl.StringNumericLiteral;

  if (isCurrency) {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: currencyDigits,
      maximumFractionDigits: fractionDigits,
      signDisplay,
    }).format(text);
  }
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
    signDisplay,
  }).format(text);
  return currency ? `${number} ${currency}` : number;
}
