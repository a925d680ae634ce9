import { Prisma } from "@prisma/client";
import { db, onPostgres } from "@/lib/db";

/** The shortest text the trigram index finds: FTS5's trigram tokenizer matches nothing shorter. */
const MIN_INDEXED_LENGTH = 3;

/**
 * From this many name matches on, a text is common: scanning the orders newest first (the list's
 * index) finds a page after about take × orders / matches rows, sooner than sorting every match.
 */
const COMMON_MATCHES = 1_000;

/** `text` as one FTS5 string (a phrase, which the trigram tokenizer matches as a substring). */
const ftsPhrase = (text: string) => `"${text.replaceAll('"', '""')}"`;

export interface OrderSearch {
  /** Part of the product, brand or sender name (any case), or the whole KTN order id. */
  q: string;
  status?: string;
  /** The id of the last order of the previous page. */
  cursor?: string;
  /** How many ids at most. */
  take: number;
}

/**
 * On SQLite, the ids of the newest `take` orders (createdAt, then id, descending, after
 * `cursor`) whose product, brand or sender name contains `q` — through the FTS5 trigram table
 * GiftCardOrderSearch (migration orders_search): the matches are collected first, then sorted,
 * so the cost follows the matches, not the table — or whose KTN order id is `q` (its index).
 * @returns null when the index is not the faster way: on PostgreSQL (whose pg_trgm indexes serve
 *   the Prisma `contains` filter itself), for a `q` shorter than 3 characters, and for a common
 *   `q` (COMMON_MATCHES or more names); the caller then filters with Prisma in the list's order.
 */
export async function searchOrderIds(search: OrderSearch): Promise<string[] | null> {
  if (onPostgres() || [...search.q].length < MIN_INDEXED_LENGTH) return null;
  const status = search.status ? Prisma.sql`AND o."status" = ${search.status}` : Prisma.empty;
  const after = search.cursor
    ? Prisma.sql`AND (o."createdAt", o."id") < (SELECT c."createdAt", c."id" FROM "GiftCardOrder" c WHERE c."id" = ${search.cursor})`
    : Prisma.empty;
  // One evaluation of the MATCH (its cost follows the doclists of the text's trigrams): the
  // matches, at most COMMON_MATCHES, are materialised once, counted, and joined to their orders
  // with the matches as the outer loop (CROSS JOIN: SQLite would otherwise walk the list's index
  // in order and test every order against them). One row comes back, even for no match.
  const [{ matches, ids }] = await db.$queryRaw<{ matches: number | bigint; ids: string }[]>`
    WITH m AS MATERIALIZED (
      SELECT s."orderId" AS "id" FROM "GiftCardOrderSearch" s WHERE "GiftCardOrderSearch" MATCH ${ftsPhrase(search.q)} LIMIT ${COMMON_MATCHES}
    ), page AS (
      SELECT o."id", o."createdAt" FROM (
        SELECT "id" FROM m UNION SELECT p."id" FROM "GiftCardOrder" p WHERE p."providerOrderId" = ${search.q}
      ) x CROSS JOIN "GiftCardOrder" o ON o."id" = x."id"
      WHERE 1 = 1 ${status} ${after}
      ORDER BY o."createdAt" DESC, o."id" DESC
      LIMIT ${search.take}
    )
    SELECT (SELECT count(*) FROM m) AS "matches",
      (SELECT json_group_array("id" ORDER BY "createdAt" DESC, "id" DESC) FROM page) AS "ids"`;
  if (Number(matches) >= COMMON_MATCHES) return null;
  return JSON.parse(ids) as string[];
}
