import { personaId } from "../config";

/**
 * The two sandbox personas every Kard sandbox environment carries.
 * - new-customer: "no record of prior transactions at the merchant".
 * - lapsed-customer: "prior transaction history at the merchant, but none within the last 6
 *   months". Its history is below; the rewarded visits within the last 12 months show up in
 *   Get Earned Rewards, the 420-day-old one falls outside that window.
 * Amounts in cents; `daysAgo` is relative to the sandbox's creation.
 * Source: Kard seed, "Targeted Offers" and "Testing The User Experiences".
 */
interface PersonaVisit {
  offerId: string;
  daysAgo: number;
  amountCents: number;
  /** The user's reward for that visit in cents (an earlier campaign of the same merchant). */
  rewardCents: number;
  cardBIN: string;
  cardLastFour: string;
}

export interface PersonaSeed {
  id: string;
  attributes: {
    enrolledRewards: ["CARDLINKED"];
    zipCode: string;
    email: string;
    birthYear: string;
  };
  history: PersonaVisit[];
}

export const PERSONAS: PersonaSeed[] = [
  {
    id: personaId("new-customer"),
    attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "10010", email: "new.customer@sandbox.example", birthYear: "1994" },
    history: [],
  },
  {
    id: personaId("lapsed-customer"),
    attributes: { enrolledRewards: ["CARDLINKED"], zipCode: "30303", email: "lapsed.customer@sandbox.example", birthYear: "1987" },
    history: [
      { offerId: "5e27318c9b346f00087fbb5c", daysAgo: 200, amountCents: 2450, rewardCents: 140, cardBIN: "411111", cardLastFour: "4321" },
      { offerId: "66a1f0c2b7e4d90012ab300a", daysAgo: 260, amountCents: 8999, rewardCents: 720, cardBIN: "411111", cardLastFour: "4321" },
      { offerId: "66a1f0c2b7e4d90012ab3012", daysAgo: 300, amountCents: 6400, rewardCents: 256, cardBIN: "411111", cardLastFour: "4321" },
      { offerId: "66a1f0c2b7e4d90012ab301d", daysAgo: 215, amountCents: 15000, rewardCents: 900, cardBIN: "522222", cardLastFour: "8765" },
      { offerId: "66a1f0c2b7e4d90012ab300b", daysAgo: 420, amountCents: 29999, rewardCents: 900, cardBIN: "411111", cardLastFour: "4321" },
    ],
  },
];
