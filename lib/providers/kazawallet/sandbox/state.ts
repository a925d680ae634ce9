import Decimal from "decimal.js";
import type { SandboxTier } from "./fees";

/** The sandbox's records, in Kazawallet's terms (field names as the simulated API answers them). */

export type CardState = "active" | "locked" | "cancelled";

export interface SandboxCard {
  cardId: string;
  email: string;
  cardType: SandboxTier;
  status: CardState;
  balance: Decimal;
  currency: string;
  cardNumber: string;
  createdAt: Date;
}

export interface SandboxTransaction {
  id: string;
  cardId: string;
  amount: Decimal;
  currency: string;
  status: number;
  type: number;
  direction: number;
  merchantName: string | null;
  reason: string | null;
  transactionAt: number;
  /** The 3DS code awaiting validation (status 3) — never answered by the API, only sent in 3DS_CONFIRM. */
  pendingCode?: string;
}

export interface SandboxLink {
  orderId: string;
  amount: string;
  currency: string;
  email: string;
  ref: string | null;
  status: "pending" | "fulfilled" | "timed_out";
}

export interface SandboxPaymentRequest {
  transactionId: string;
  kind: "withdrawal" | "deposit";
  email: string;
  currency: string;
  amount: Decimal;
  paymentMethod: string;
  status: "pending" | "completed" | "rejected";
}

export interface SandboxGiftCard {
  code: string;
  amount: Decimal;
  currency: string;
  expiresAt: Date;
  redeemedBy: string | null;
}

export interface Delivery {
  body: unknown;
  status: number | null;
  error: string | null;
}

export interface SandboxState {
  wallets: Map<string, Decimal>;
  cards: SandboxCard[];
  transactions: SandboxTransaction[];
  links: SandboxLink[];
  requests: SandboxPaymentRequest[];
  transfers: { id: string; email: string; currency: string; amount: Decimal }[];
  giftCards: SandboxGiftCard[];
  deliveries: Delivery[];
  /** Every request received: method and path (never headers), for tests to count calls. */
  journal: { method: string; path: string }[];
  sequence: number;
  /** This simulator instance's id tag: ids stay unique across resets and restarts, as Kazawallet's are. */
  idTag: string;
}

/** The seeded merchant wallets (OUR DESIGN: several currencies, USD, USDT and SYP among them). */
const SEED_WALLETS: [string, string][] = [
  ["USD", "25000.00"],
  ["USDT", "10000.00"],
  ["SYP", "50000000"],
  ["EUR", "5000.00"],
];

/** The seeded start; `idTag` and `sequence` carry over a reset so no id is ever handed out twice. */
export function seedState(idTag: string, sequence = 0): SandboxState {
  return {
    wallets: new Map(SEED_WALLETS.map(([currency, amount]) => [currency, new Decimal(amount)])),
    cards: [],
    transactions: [],
    links: [],
    requests: [],
    transfers: [],
    giftCards: [],
    deliveries: [],
    journal: [],
    sequence,
    idTag,
  };
}

/** The next id with `prefix`, e.g. "kc-3fa9c1000001" (tag, then a sequence). */
export function nextId(state: SandboxState, prefix: string): string {
  state.sequence += 1;
  return `${prefix}-${state.idTag}${String(state.sequence).padStart(6, "0")}`;
}
