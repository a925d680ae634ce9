import Decimal from "decimal.js";
import { decodeState, encodeState, type JsonValue } from "@/lib/sandbox/state-codec";
import type { SandboxCard } from "./cards";
import { refusal } from "./responses";
import type { IssuanceRequest, PayRequest, PointsRequest, TipRequest, VoidRequest } from "./requests";

export type SandboxKind = "TOPUP" | "PAY" | "VOID" | "TIP" | "POINTS_ISSUE" | "POINTS_REDEEM";

/** One transaction the simulated platform answered; `result` 0 applied, 1 failed (nothing moved), 2 pending (applied at the card's next inquiry). */
export interface SandboxTransaction {
  kind: SandboxKind;
  tranOrderNo: string;
  /** The request that created it, minus `clientId`: a repeated tranOrderNo must match it. */
  fingerprint: string;
  accountId: string;
  checkoutId: string;
  transIndexCode: string;
  /** Money in the card's currency (TOPUP, PAY, VOID, TIP) or whole points; what was approved. */
  amount: Decimal;
  /** Signed change this transaction makes to the card (money or points) once applied. */
  delta: Decimal;
  result: 0 | 1 | 2;
  voided: boolean;
  /** VOID: the voided original's checkoutId; TIP: the payment it attaches to. */
  originalCheckoutId?: string;
  /** VOID: the voided original's transIndexCode. */
  originalTransIndexCode?: string;
}

/** The documentation's example merchant and platform ids, answered on every sandbox transaction. */
export const MID = "202507081058";
export const PAYWIZARD_ID = "10020000080";
/** The documentation's Pay example checkoutId: sandbox ids count up from just after it. */
const FIRST_CHECKOUT = 933392815902294016n;

interface Forced {
  result: 1 | 2;
  remaining: number;
}

/**
 * The simulated platform's money: cards, transactions by checkoutId and by tranOrderNo.
 * Rules (docs/providers/open-loyalty.md, "Sandbox"): activate once; pay declines on insufficient
 * funds unless `nsfAllowed`, which approves the available amount (none when the card is empty);
 * void reverses a payment (with its tips) or a top-up once; a tip attaches to a live payment of
 * the same card; points never go below zero; the same tranOrderNo again answers the first
 * transaction and moves nothing twice, another request under it is refused.
 */
export function createLedger(cards: () => Map<string, SandboxCard>, now: () => number) {
  let state = cards();
  let byCheckout = new Map<string, SandboxTransaction>();
  let byOrder = new Map<string, SandboxTransaction>();
  let counter = 0n;
  let forced: Forced | undefined;

  function nextIds() {
    counter += 1n;
    return { checkoutId: String(FIRST_CHECKOUT + counter * 7n), transIndexCode: `${PAYWIZARD_ID}${String(7293844967n + counter).padStart(11, "0")}` };
  }

  /** @throws refusal CARD_NOT_FOUND / CARD_NOT_ACTIVE */
  function activeCard(accountId: string): SandboxCard {
    const card = state.get(accountId);
    if (!card) throw refusal("CARD_NOT_FOUND", `No card ${accountId} on this channel.`, now());
    if (!card.active) throw refusal("CARD_NOT_ACTIVE", `Card ${accountId} has not been activated.`, now());
    return card;
  }

  function checkCurrency(card: SandboxCard, currency: string) {
    if (currency !== card.currency) throw refusal("CURRENCY_MISMATCH", `Card ${card.accountId} holds ${card.currency}, not ${currency}.`, now());
  }

  function apply(tx: SandboxTransaction) {
    const card = state.get(tx.accountId)!;
    if (tx.kind === "POINTS_ISSUE" || tx.kind === "POINTS_REDEEM") card.points = card.points.plus(tx.delta);
    else card.balance = card.balance.plus(tx.delta);
  }

  /** The forced result of the next money transaction (control `next-result`), else 0. */
  function takeResult(): 0 | 1 | 2 {
    if (!forced) return 0;
    const { result } = forced;
    forced.remaining -= 1;
    if (forced.remaining <= 0) forced = undefined;
    return result;
  }

  /**
   * Records and answers a new transaction, or the first one under this tranOrderNo.
   * @throws refusal ORDER_NO_REUSED when the tranOrderNo carried another request.
   */
  function once(kind: SandboxKind, tranOrderNo: string, fingerprint: string, create: () => Omit<SandboxTransaction, "kind" | "tranOrderNo" | "fingerprint" | "checkoutId" | "transIndexCode" | "result" | "voided">) {
    const first = byOrder.get(tranOrderNo);
    if (first) {
      if (first.fingerprint !== fingerprint) throw refusal("ORDER_NO_REUSED", `tranOrderNo ${tranOrderNo} was used for another request.`, now());
      return first;
    }
    const tx: SandboxTransaction = { kind, tranOrderNo, fingerprint, ...nextIds(), ...create(), result: takeResult(), voided: false };
    if (tx.result === 0) apply(tx);
    byOrder.set(tranOrderNo, tx);
    byCheckout.set(tx.checkoutId, tx);
    return tx;
  }

  /** Pending transactions of a card are applied when it is next read (the processor has finished by then). */
  function settlePending(accountId: string) {
    for (const tx of byCheckout.values()) {
      if (tx.accountId === accountId && tx.result === 2) {
        tx.result = 0;
        apply(tx);
      }
    }
  }

  /** @throws refusal ORIGINAL_NOT_FOUND / ALREADY_VOIDED */
  function original(checkoutId: string): SandboxTransaction {
    const tx = byCheckout.get(checkoutId);
    if (!tx || tx.result === 1) throw refusal("ORIGINAL_NOT_FOUND", `No transaction ${checkoutId}.`, now());
    if (tx.voided) throw refusal("ALREADY_VOIDED", `Transaction ${checkoutId} was voided already.`, now());
    return tx;
  }

  const tipsOf = (checkoutId: string) => [...byCheckout.values()].filter((t) => t.kind === "TIP" && t.originalCheckoutId === checkoutId && t.result === 0 && !t.voided);

  return {
    card: (accountId: string) => state.get(accountId),
    activeCard,
    settlePending,

    /** @throws refusal CARD_NOT_FOUND / CARD_ALREADY_ACTIVE */
    activate(accountId: string, activating: "Y" | "N", customerInfo: Record<string, unknown>): SandboxCard {
      const card = state.get(accountId);
      if (!card) throw refusal("CARD_NOT_FOUND", `No card ${accountId} on this channel.`, now());
      if (card.active) throw refusal("CARD_ALREADY_ACTIVE", `Card ${accountId} is active already.`, now());
      card.customerInfo = customerInfo;
      if (activating === "Y") card.active = true;
      return card;
    },

    topUp(p: IssuanceRequest, fingerprint: string) {
      return once("TOPUP", p.tranOrderNo, fingerprint, () => {
        const inactive = state.get(p.accountId);
        if (inactive && !inactive.active && p.activating === "Y") inactive.active = true;
        const live = activeCard(p.accountId);
        checkCurrency(live, p.tranCurrency);
        if (p.customerInfo) live.customerInfo = p.customerInfo;
        const amount = new Decimal(p.amount);
        return { accountId: p.accountId, amount, delta: amount };
      });
    },

    /** @throws refusal INSUFFICIENT_FUNDS (card holds less and no nsfAllowed, or holds nothing) */
    pay(p: PayRequest, fingerprint: string) {
      return once("PAY", p.tranOrderNo, fingerprint, () => {
        const card = activeCard(p.accountId);
        checkCurrency(card, p.tranCurrency);
        const asked = new Decimal(p.amount);
        if (asked.gt(card.balance) && (!p.nsfAllowed || card.balance.lte(0))) {
          throw refusal("INSUFFICIENT_FUNDS", `Card ${p.accountId} holds ${card.balance.toFixed(2)} ${card.currency}, less than ${asked.toFixed(2)}.`, now());
        }
        const amount = Decimal.min(asked, card.balance);
        return { accountId: p.accountId, amount, delta: amount.neg() };
      });
    },

    /** @throws refusal ORIGINAL_NOT_FOUND / ALREADY_VOIDED / NOT_APPLICABLE / INSUFFICIENT_FUNDS (a top-up already spent) */
    void(p: VoidRequest, fingerprint: string) {
      return once("VOID", p.tranOrderNo, fingerprint, () => {
        const ori = original(p.oriOrderNo);
        if (ori.kind !== "PAY" && ori.kind !== "TOPUP") throw refusal("NOT_APPLICABLE", "Only a payment or a top-up can be voided.", now());
        if (ori.result === 2) settlePending(ori.accountId);
        const card = activeCard(ori.accountId);
        const tips = ori.kind === "PAY" ? tipsOf(ori.checkoutId) : [];
        const delta = tips.reduce((sum, tip) => sum.minus(tip.delta), ori.delta.neg());
        if (card.balance.plus(delta).lt(0)) throw refusal("INSUFFICIENT_FUNDS", `Card ${card.accountId} no longer holds the top-up to reverse.`, now());
        ori.voided = true;
        for (const tip of tips) tip.voided = true;
        return { accountId: ori.accountId, amount: delta.abs(), delta, originalCheckoutId: ori.checkoutId, originalTransIndexCode: ori.transIndexCode };
      });
    },

    /** @throws refusal ORIGINAL_NOT_FOUND / ALREADY_VOIDED / NOT_APPLICABLE / INSUFFICIENT_FUNDS */
    tip(p: TipRequest, fingerprint: string) {
      return once("TIP", p.tranOrderNo, fingerprint, () => {
        const ori = original(p.oriOrderNo);
        if (ori.accountId !== p.accountId) throw refusal("ORIGINAL_NOT_FOUND", `No transaction ${p.oriOrderNo} on card ${p.accountId}.`, now());
        if (ori.kind !== "PAY") throw refusal("NOT_APPLICABLE", "A tip attaches to a payment only.", now());
        const card = activeCard(p.accountId);
        checkCurrency(card, p.tranCurrency);
        const amount = new Decimal(p.amount);
        if (amount.gt(card.balance)) throw refusal("INSUFFICIENT_FUNDS", `Card ${p.accountId} holds ${card.balance.toFixed(2)} ${card.currency}, less than the tip.`, now());
        return { accountId: p.accountId, amount, delta: amount.neg(), originalCheckoutId: ori.checkoutId };
      });
    },

    /** @throws refusal INSUFFICIENT_POINTS (redeeming more than the card holds) */
    points(kind: "POINTS_ISSUE" | "POINTS_REDEEM", p: PointsRequest, fingerprint: string) {
      return once(kind, p.tranOrderNo, fingerprint, () => {
        const card = activeCard(p.accountId);
        const amount = new Decimal(p.amount);
        if (kind === "POINTS_REDEEM" && amount.gt(card.points)) {
          throw refusal("INSUFFICIENT_POINTS", `Card ${p.accountId} holds ${card.points.toFixed(0)} points, less than ${amount.toFixed(0)}.`, now());
        }
        return { accountId: p.accountId, amount, delta: kind === "POINTS_ISSUE" ? amount : amount.neg() };
      });
    },

    /** Control `next-result`: the next `count` money transactions answer `result` (1 failure, 2 pending). */
    force(result: 1 | 2, count: number) {
      forced = { result, remaining: count };
    },

    cards: () => [...state.values()],
    transactions: () => [...byCheckout.values()],

    /** Back to the seeded cards; the id counter carries over, so no checkoutId is handed out twice. */
    reset() {
      state = cards();
      byCheckout = new Map();
      byOrder = new Map();
      forced = undefined;
    },

    /** The whole state as plain JSON (lib/sandbox/state-codec.ts), the id counter included. */
    snapshot(): JsonValue {
      return encodeState({
        cards: state,
        transactions: [...byCheckout.values()],
        orders: [...byOrder].map(([order, tx]) => [order, tx.checkoutId]),
        counter: counter.toString(),
        forced: forced ?? null,
      });
    },

    /** Replaces the state with one `snapshot()` returned. */
    restore(json: JsonValue) {
      const saved = decodeState<{
        cards: Map<string, SandboxCard>;
        transactions: SandboxTransaction[];
        orders: [string, string][];
        counter: string;
        forced: Forced | null;
      }>(json);
      state = saved.cards;
      byCheckout = new Map(saved.transactions.map((tx) => [tx.checkoutId, tx]));
      byOrder = new Map(saved.orders.map(([order, checkoutId]) => [order, byCheckout.get(checkoutId)!]));
      counter = BigInt(saved.counter);
      forced = saved.forced ?? undefined;
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
