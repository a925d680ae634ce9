/*
 * Reads the console pages need (pages never query the database). Card state and balances shown
 * on a card's page come from Kazawallet's API at the time of reading; the local records add what
 * only the console knows (requests whose answer was lost, top-ups, confirmed events).
 */
import type { KazawalletCard } from "@prisma/client";
import { db } from "@/lib/db";
import { OperationError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/provider-error";
import { providerClient } from "@/lib/providers/registry";
import { directionName, stateName, typeName } from "../codes";
import { fromWire, loadCard } from "./card-record";
import { threeDsTimeLeft } from "./card-events";
import { historyOf } from "./requests";
import { isResolvable } from "./resolve-request";
import type { FieldKind } from "../schemas/merchant";

const money = (value: { toString(): string } | null) => (value === null ? null : value.toString());

export interface CardFilter {
  status?: string;
  tier?: string;
  email?: string;
  sort?: "newest" | "oldest" | "balance" | "email";
}

function cardRow(card: KazawalletCard) {
  return {
    id: card.id,
    cardId: card.cardId,
    email: card.email,
    cardType: card.cardType,
    status: card.status,
    balance: money(card.balance),
    currency: card.currency,
    cardNumber: card.cardNumber,
    requestedAt: card.requestedAt.toISOString(),
    lastErrorMessage: card.lastErrorMessage,
  };
}

/**
 * Refreshes the records of issued cards from GET /get-merchant-wallets-cards (state, balance,
 * number). Cards Kazawallet has that no record owns are returned apart and never become records
 * here: reconciliation of a lost issue must still be able to find its card.
 * @returns the foreign cards; an empty list (and `error`) when Kazawallet could not be read.
 */
async function syncCardsFromList(): Promise<{ foreign: ReturnType<typeof fromWire>[]; error: string | null }> {
  try {
    const { cards } = await providerClient("kazawallet").getCardsList();
    const known = new Map((await db.kazawalletCard.findMany({ where: { cardId: { not: null } }, select: { id: true, cardId: true } })).map((c) => [c.cardId!, c.id]));
    const foreign = [];
    for (const card of cards) {
      const id = known.get(card.cardId);
      if (id) await db.kazawalletCard.update({ where: { id }, data: fromWire(card) });
      else foreign.push(fromWire(card));
    }
    return { foreign, error: null };
  } catch (error) {
    if (isProviderError(error)) return { foreign: [], error: error.message };
    throw error;
  }
}

/** The cards list: every record (filtered, sorted) after a refresh from Kazawallet's list. */
export async function listCards(filter: CardFilter) {
  const { foreign, error } = await syncCardsFromList();
  const orderBy =
    filter.sort === "oldest" ? { requestedAt: "asc" as const } : filter.sort === "balance" ? { balance: "desc" as const } : filter.sort === "email" ? { email: "asc" as const } : { requestedAt: "desc" as const };
  const cards = await db.kazawalletCard.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.tier ? { cardType: filter.tier } : {}),
      ...(filter.email ? { email: { contains: filter.email.trim().toLowerCase() } } : {}),
    },
    orderBy,
    take: 500,
  });
  return { cards: cards.map(cardRow), foreignCount: foreign.length, syncError: error };
}

/** One card: the record, Kazawallet's details and transactions (codes decoded), top-ups and card events. */
export async function cardDetail(id: string) {
  const card = await loadCard(id);
  const [topUps, events] = await Promise.all([
    db.kazawalletTopUp.findMany({ where: { cardRecordId: id }, orderBy: { requestedAt: "desc" } }),
    card.cardId ? db.kazawalletCardEvent.findMany({ where: { cardId: card.cardId }, orderBy: { createdAt: "desc" }, take: 100 }) : Promise.resolve([]),
  ]);
  let transactions: ReturnType<typeof transactionRow>[] = [];
  let readError: string | null = null;
  let current = card;
  if (card.cardId) {
    try {
      const client = providerClient("kazawallet");
      const [details, list] = await Promise.all([client.getCardDetails(card.cardId), client.getCardTransactions(card.cardId)]);
      current = await db.kazawalletCard.update({ where: { id }, data: fromWire(details.card) });
      transactions = list.transactions.sort((a, b) => b.transactionAt - a.transactionAt).map(transactionRow);
    } catch (error) {
      if (!isProviderError(error)) throw error;
      readError = error.message;
    }
  }
  return {
    card: cardRow(current),
    transactions,
    readError,
    topUps: topUps.map((t) => ({ id: t.id, amount: t.amount.toString(), fee: money(t.fee), status: t.status, requestedAt: t.requestedAt.toISOString(), lastErrorMessage: t.lastErrorMessage })),
    pendingThreeDs: events.filter((e) => e.threeDsStatus === "PENDING").map(threeDsRow),
    unconfirmedEvents: events.filter((e) => !e.confirmed).map((e) => ({ id: e.id, event: e.event, amount: e.amount.toString(), at: e.createdAt.toISOString() })),
  };
}
export type CardDetail = Awaited<ReturnType<typeof cardDetail>>;

function transactionRow(t: { id: string; amount: { toFixed(n: number): string }; currency: string; status: number; type: number; direction: number; merchantName?: string | null; transactionAt: number }) {
  return {
    id: t.id,
    amount: t.amount.toFixed(2),
    currency: t.currency,
    state: stateName(t.status),
    type: typeName(t.type),
    direction: directionName(t.direction),
    expense: t.direction === 2,
    merchantName: t.merchantName ?? null,
    at: new Date(t.transactionAt).toISOString(),
  };
}

function threeDsRow(e: { id: string; cardId: string; amount: { toString(): string }; currency: string; merchantName: string | null; transactionAt: Date; threeDsStatus: string | null }) {
  return { id: e.id, cardId: e.cardId, amount: e.amount.toString(), currency: e.currency, merchantName: e.merchantName, at: e.transactionAt.toISOString(), timeLeftMs: threeDsTimeLeft(e), status: e.threeDsStatus };
}

/** Confirmed 3DS confirmations still waiting for staff, newest first. */
export async function pendingThreeDs() {
  const events = await db.kazawalletCardEvent.findMany({ where: { event: "3DS_CONFIRM", threeDsStatus: "PENDING", confirmed: true }, orderBy: { transactionAt: "desc" } });
  return events.map(threeDsRow);
}

/** Payment links, newest first; `overdue`: still pending past the time its one webhook was expected. */
export async function listPaymentLinks() {
  const links = await db.kazawalletPaymentLink.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  const now = Date.now();
  return links.map((l) => ({
    id: l.id,
    orderId: l.orderId,
    url: l.url,
    amount: l.amount.toString(),
    currency: l.currency,
    email: l.email,
    ref: l.ref,
    status: l.status,
    paidAmount: l.paidAmount,
    createdAt: l.createdAt.toISOString(),
    overdue: l.status === "pending" && l.expectedBy.getTime() < now,
  }));
}

/** Withdrawals, deposits, transfers (or gift codes), newest first, with their status history. */
export async function listRequests(kinds: string[]) {
  const rows = await db.kazawalletRequest.findMany({ where: { kind: { in: kinds } }, orderBy: { createdAt: "desc" }, take: 200 });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    email: r.email,
    currency: r.currency,
    amount: r.amount.toString(),
    paymentMethod: r.paymentMethod,
    providerId: r.providerId,
    status: r.status,
    codeLast4: r.codeLast4,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    history: historyOf(r),
    lastErrorMessage: r.lastErrorMessage,
    createdAt: r.createdAt.toISOString(),
    /** Its answer was lost: an operator may record what Kazawallet says (resolveRequest). */
    resolvable: isResolvable(r),
  }));
}

/** Balances (GET /get-merchant-wallets) and rates (GET /get-rate); `error` when Kazawallet could not be read. */
export async function walletPanel() {
  try {
    const client = providerClient("kazawallet");
    const [wallets, rates] = await Promise.all([client.getMerchantWallets(), client.getRates()]);
    return {
      wallets: wallets.wallets.map((w) => ({ currency: w.currency, amount: w.amount.toFixed(2) })),
      rates: rates.rates.map((r) => ({ from: r.from, to: r.to, rate: r.rate.toString() })),
      error: null,
    };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    return { wallets: [], rates: [], error: error.message };
  }
}

/**
 * A payment method's fields for a form (GET /get-payment-method-fields).
 * @throws OperationError UNKNOWN_METHOD when Kazawallet does not know the method.
 */
export async function paymentMethodFields(id: string, kind: FieldKind) {
  try {
    return await providerClient("kazawallet").getPaymentMethodFields(id, kind);
  } catch (error) {
    if (isProviderError(error) && error.outcome === "failed") throw new OperationError("UNKNOWN_METHOD", error.message);
    throw error;
  }
}

/** The overview: cards by status, items needing someone, and the wallet balances. */
export async function kazawalletFigures() {
  const now = new Date();
  const [byStatus, unknownCards, unknownTopUps, unknownRequests, overdueLinks, unconfirmed, threeDs] = await Promise.all([
    db.kazawalletCard.groupBy({ by: ["status"], _count: { _all: true } }),
    db.kazawalletCard.count({ where: { status: { in: ["UNKNOWN", "NOT_ISSUED"] } } }),
    db.kazawalletTopUp.count({ where: { status: { in: ["UNKNOWN", "NOT_APPLIED"] } } }),
    db.kazawalletRequest.count({ where: { status: "UNKNOWN" } }),
    db.kazawalletPaymentLink.count({ where: { status: "pending", expectedBy: { lt: now } } }),
    db.kazawalletCardEvent.count({ where: { confirmed: false } }),
    db.kazawalletCardEvent.count({ where: { threeDsStatus: "PENDING", confirmed: true } }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return {
    active: count("active"),
    locked: count("locked"),
    cancelled: count("cancelled"),
    attention: unknownCards + unknownTopUps + unknownRequests + overdueLinks + unconfirmed + threeDs,
  };
}
