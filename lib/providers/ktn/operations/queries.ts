import type { GiftCardOrder, Prisma } from "@prisma/client";
import { toCsv } from "@/lib/csv";
import { containsText, db } from "@/lib/db";
import { providerClient } from "@/lib/providers/registry";
import type { KtnAccountDetails, KtnFeePreference, KtnGiftCard } from "../schemas";
import { listCatalogue } from "./catalogue";
import { rememberFeePreference } from "./fee-preference";
import { searchOrderIds } from "./order-search";

/** What the catalogue page shows: every card, the fee tiers that price them, and the merchant account. */
export interface CatalogueView {
  cards: KtnGiftCard[];
  preference: KtnFeePreference;
  account: KtnAccountDetails;
}

/**
 * The catalogue (cached, see listCatalogue), the active fee preference (read fresh, and kept as
 * the one purchases are quoted from: rememberFeePreference) and the account, read together.
 * @throws ProviderError
 */
export async function catalogueView(): Promise<CatalogueView> {
  const client = providerClient("ktn");
  const [cards, preference, account] = await Promise.all([listCatalogue(), client.getActiveFeePreference(), client.getAccountDetails()]);
  return { cards, preference: rememberFeePreference(preference), account };
}

/** One order by our id; null when there is none. */
export function findOrder(id: string): Promise<GiftCardOrder | null> {
  return db.giftCardOrder.findUnique({ where: { id } });
}

export interface OrderQuery {
  status?: string;
  /** Matches product, brand, sender or KTN order id. */
  q?: string;
  /** The id of the last order of the previous page. */
  cursor?: string;
  take?: number;
}

function where({ status, q }: OrderQuery): Prisma.GiftCardOrderWhereInput {
  return {
    ...(status ? { status } : {}),
    ...(q
      ? { OR: [{ productName: containsText(q) }, { brandName: containsText(q) }, { senderName: containsText(q) }, { providerOrderId: q }] }
      : {}),
  };
}

/**
 * Newest first, cursor-paginated. `nextCursor` is null on the last page. A text search goes
 * through the orders' trigram index on SQLite (searchOrderIds), else through `where`.
 */
export async function listOrders(query: OrderQuery): Promise<{ orders: GiftCardOrder[]; nextCursor: string | null }> {
  const take = query.take ?? 25;
  const ids = query.q ? await searchOrderIds({ q: query.q, status: query.status, cursor: query.cursor, take: take + 1 }) : null;
  const rows = ids
    ? await ordersInOrder(ids)
    : await db.giftCardOrder.findMany({
        where: where(query),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: take + 1,
        ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      });
  return { orders: rows.slice(0, take), nextCursor: rows.length > take ? rows[take - 1].id : null };
}

/** The orders of `ids`, in the order of `ids`. */
async function ordersInOrder(ids: string[]): Promise<GiftCardOrder[]> {
  const byId = new Map((await db.giftCardOrder.findMany({ where: { id: { in: ids } } })).map((order) => [order.id, order]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Orders counted by status, for the filter chips. */
export async function countOrdersByStatus(): Promise<Record<string, number>> {
  const groups = await db.giftCardOrder.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

/** The orders at a glance, for the overview. */
export interface OrderFigures {
  total: number;
  fulfilled: number;
  /** PENDING or PROCESSING: KTN has not fulfilled them yet. */
  waitingOnKtn: number;
  /** KTN has not confirmed what happened: reconciliation resolves them. */
  unknown: number;
}

export async function orderFigures(): Promise<OrderFigures> {
  const counts = await countOrdersByStatus();
  const count = (status: string) => counts[status] ?? 0;
  return {
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
    fulfilled: count("FULFILLED"),
    waitingOnKtn: count("PENDING") + count("PROCESSING"),
    unknown: count("UNKNOWN"),
  };
}

const CSV_COLUMNS = [
  "id",
  "createdAt",
  "status",
  "providerOrderId",
  "productId",
  "productName",
  "brandName",
  "countryIsoName",
  "currencyCode",
  "unitPrice",
  "feeAmount",
  "totalAmount",
  "senderName",
  "createdByEmail",
  "idempotencyKey",
] as const;

/**
 * Every matching order as CSV, streamed in batches of 500 (header first), written by lib/csv: a
 * value a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed
 * with a quote.
 */
export async function* ordersCsv(query: OrderQuery): AsyncGenerator<string> {
  yield toCsv([], { fields: CSV_COLUMNS }) + "\r\n";
  let cursor: string | undefined;
  for (;;) {
    const { orders, nextCursor } = await listOrders({ ...query, cursor, take: 500 });
    if (orders.length) {
      const rows = orders.map((o) => CSV_COLUMNS.map((c) => (o[c] instanceof Date ? (o[c] as Date).toISOString() : String(o[c] ?? ""))));
      yield toCsv(rows) + "\r\n";
    }
    if (!nextCursor) return;
    cursor = nextCursor;
  }
}
