import Decimal from "decimal.js";

/** A prepaid card as the simulator keeps it: money in the card's currency, whole points. */
export interface SandboxCard {
  accountId: string;
  active: boolean;
  currency: string;
  balance: Decimal;
  points: Decimal;
  customerInfo: Record<string, unknown> | null;
}

interface SeedCard {
  accountId: string;
  active: boolean;
  balance: string;
  points: number;
  customerInfo: Record<string, unknown> | null;
  note: string;
}

/**
 * The seeded cards. The first is the documentation's example account (USD 1534.10 and 53 Points,
 * recovered spec §3); the others cover a card not activated yet, a nearly empty card (NSF at
 * the boundary) and an empty one.
 */
export const SEED_CARDS: readonly SeedCard[] = [
  {
    accountId: "914639258868515",
    active: true,
    balance: "1534.10",
    points: 53,
    customerInfo: { customerType: "1", firstName: "Alex", lastName: "Example", country: "US", emailPref: "I" },
    note: "the documentation's example card",
  },
  { accountId: "914639258868523", active: false, balance: "0.00", points: 0, customerInfo: null, note: "not activated yet" },
  { accountId: "914639258868531", active: true, balance: "25.00", points: 5, customerInfo: { customerType: "1", firstName: "Sam", lastName: "Lowbalance", country: "US" }, note: "USD 25.00: NSF at the boundary" },
  { accountId: "914639258868549", active: false, balance: "0.00", points: 0, customerInfo: null, note: "not activated yet (a second one)" },
  { accountId: "914639258868556", active: true, balance: "0.00", points: 0, customerInfo: { customerType: "3", firstName: "Gift", lastName: "Giver", country: "US" }, note: "empty" },
];

export function seededCards(): Map<string, SandboxCard> {
  return new Map(
    SEED_CARDS.map((seed) => [
      seed.accountId,
      { accountId: seed.accountId, active: seed.active, currency: "USD", balance: new Decimal(seed.balance), points: new Decimal(seed.points), customerInfo: seed.customerInfo },
    ]),
  );
}
