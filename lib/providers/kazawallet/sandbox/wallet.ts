import Decimal from "decimal.js";
import { refusal } from "./errors";
import type { SandboxState } from "./state";

/** Upper-case currency code (the documentation writes "USD" and "usd" alike). */
export const currencyOf = (code: string) => code.trim().toUpperCase();

/** Takes `amount` from the merchant's `currency` wallet, or refuses when it is short or does not exist. */
export function debit(state: SandboxState, currency: string, amount: Decimal): void {
  const code = currencyOf(currency);
  const balance = state.wallets.get(code);
  if (!balance) throw refusal(`Merchant has no ${code} wallet`);
  if (balance.lt(amount)) throw refusal(`Insufficient ${code} balance`);
  state.wallets.set(code, balance.minus(amount));
}

/** Adds `amount` to the merchant's `currency` wallet (created when missing). */
export function credit(state: SandboxState, currency: string, amount: Decimal): void {
  const code = currencyOf(currency);
  state.wallets.set(code, (state.wallets.get(code) ?? new Decimal(0)).plus(amount));
}

/** A positive amount with at most `places` decimals from a request body, or a refusal naming `field`. */
export function amountField(value: unknown, field = "amount", places = 2): Decimal {
  if (typeof value !== "string" && typeof value !== "number") throw refusal(`${field} is required`);
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    throw refusal(`${field} must be a number`);
  }
  if (!d.isFinite() || d.lte(0)) throw refusal(`${field} must be greater than 0`);
  if (d.decimalPlaces() > places) throw refusal(`${field} has at most ${places} decimals`);
  return d;
}

/** A required non-empty string field, or a refusal naming it. */
export function stringField(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || !value.trim()) throw refusal(`${field} is required`);
  return value.trim();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A required email field; `@unknown.test` addresses are not Kazawallet users (the sandbox's USER_NOT_FOUND). */
export function userEmail(body: Record<string, unknown>, field = "email"): string {
  const email = stringField(body, field).toLowerCase();
  if (!EMAIL.test(email)) throw refusal(`${field} is not an email address`);
  if (email.endsWith("@unknown.test")) throw refusal("User not found", 404);
  return email;
}
