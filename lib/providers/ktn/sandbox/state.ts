import Decimal from "decimal.js";
import type { KtnChargeType, KtnCredential, KtnOrderStatus } from "../schemas";

export interface SandboxAccount {
  createdAt: Date;
  updatedAt: Date;
  version: number;
  balanceAccountUpdatedAt: Date;
  balanceAccountVersion: number;
  /** Dollars. */
  balance: Decimal;
  chargeType: KtnChargeType;
}

export interface SandboxOrder {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  productId: number;
  productName: string;
  quantity: number;
  /** Face value in the card currency. */
  unitPrice: Decimal;
  /** Dollars. */
  subTotal: Decimal;
  fee: Decimal;
  total: Decimal;
  email: string | null;
  senderName: string;
  paymentStatus: KtnOrderStatus;
  giftCardStatus: KtnOrderStatus;
  giftCardTransactionId: string | null;
  giftCardCustomIdentifier: string | null;
  paymentTransactionId: string;
  chargeType: KtnChargeType;
  /** What was taken from the account balance (0 under CHARGE_CARD); given back on failure, void and refund. */
  balanceHeld: Decimal;
  idempotencyKey: string | null;
  /** The request a replay of `idempotencyKey` must match. */
  requestFingerprint: string | null;
  credentials: KtnCredential[];
}

export interface SandboxState {
  account: SandboxAccount;
  /** The merchant profile's active fee preference: what getActiveFeePreference answers and purchases charge. */
  feePreference: SandboxFeePreference;
  orders: Map<number, SandboxOrder>;
  orderIdByKey: Map<string, number>;
  nextOrderId: number;
}

/** Source: "Get Active Fee Preference" example, verbatim. */
export const SEEDED_FEE_PREFERENCE = {
  id: 3,
  createdAt: "2026-04-15T18:20:53.228+00:00",
  updatedAt: "2026-04-15T18:20:53.228+00:00",
  version: 0,
  active: true,
  giftCardFeeType: "FEE_TYPE_MERCHANT_API",
  feeFor1To99: 0.6,
  feeFor100To250: 0.5,
  feeFor251To500: 0.4,
  feeFor501To750: 0.3,
  feeFor751To999: 0.2,
  feePercentageFor1000To5000: 2,
};

/** The fee preference as the sandbox keeps it: the documented shape (dates as KTN prints them). */
export type SandboxFeePreference = typeof SEEDED_FEE_PREFERENCE;

export const SEEDED_BALANCE = "25000.00";

/**
 * The documentation's example order 65 (fulfilled, charged to card), with its example credentials,
 * so the order list and credentials pages have something from day one. The example's recipient
 * email is replaced by an example.com address.
 */
function documentedOrder(): SandboxOrder {
  return {
    id: 65,
    createdAt: new Date("2026-04-24T03:21:54.084+00:00"),
    updatedAt: new Date("2026-04-24T03:22:44.510+00:00"),
    version: 2,
    productId: 20308,
    productName: "Visa Prepaid US $1 to $150",
    quantity: 1,
    unitPrice: new Decimal(1),
    subTotal: new Decimal(1),
    fee: new Decimal("0.6"),
    total: new Decimal("1.6"),
    email: "recipient@example.com",
    senderName: "ibrahim",
    paymentStatus: "SUCCESS",
    giftCardStatus: "SUCCESS",
    giftCardTransactionId: "67767",
    giftCardCustomIdentifier: "81d71b7a-3b70-4ade-9bf9-6b5138b598c1",
    paymentTransactionId: "onDXOXLWWWbboObL",
    chargeType: "CHARGE_CARD",
    balanceHeld: new Decimal(0),
    idempotencyKey: null,
    requestFingerprint: null,
    credentials: [{ cardNumber: "9onzdtest", pinCode: "24485test", redemptionUrl: null }],
  };
}

/**
 * The seeded start: the documented profile (created 2026-04-15), but charging the account
 * balance with $25 000.00 so purchases work out of the box.
 */
export function seedState(): SandboxState {
  const order = documentedOrder();
  return {
    account: {
      createdAt: new Date("2026-04-15T18:25:05.437+00:00"),
      updatedAt: new Date("2026-04-24T03:13:16.558+00:00"),
      version: 3,
      balanceAccountUpdatedAt: new Date("2026-04-15T18:25:05.439+00:00"),
      balanceAccountVersion: 0,
      balance: new Decimal(SEEDED_BALANCE),
      chargeType: "CHARGE_ACCOUNT_BALANCE",
    },
    feePreference: { ...SEEDED_FEE_PREFERENCE },
    orders: new Map([[order.id, order]]),
    orderIdByKey: new Map(),
    nextOrderId: order.id + 1,
  };
}

/** Timestamps as the documentation prints them: `2026-04-24T03:21:54.084+00:00`. */
export function ktnTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** Moves money on the balance account (positive credits, negative debits). */
export function adjustBalance(account: SandboxAccount, delta: Decimal, at: Date): void {
  if (delta.isZero()) return;
  account.balance = account.balance.plus(delta);
  account.balanceAccountUpdatedAt = at;
  account.balanceAccountVersion += 1;
}
