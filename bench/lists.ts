/**
 * `npm run bench -- lists`: every list page's query, and each of its filters, at two sizes.
 * Two throw-away SQLite databases migrated like `npm start` does, bulk-seeded (support/seed.ts)
 * to LISTS_SMALL (default 1 000) and LISTS_LARGE (default 1 000 000) audit rows, with
 * LISTS_OTHERS_SMALL / LISTS_OTHERS_LARGE (1 000 / 100 000) orders, Kvitka operations, webhook
 * events and Kard transactions. Each case calls the function the page calls (the page's data
 * query; rendering does not depend on the row count) against each database in turn, alternated,
 * LISTS_REPEAT times (default 11) after one warm-up, and prints the medians (ms) and the ratio
 * large/small at equal answer size (a rare filter fills less than a page at 1 k: the large
 * database is then asked for as many rows; its full page is printed beside); the goal is ≤ 1.3× for every case. Fails (exit 1) when a case exceeds it.
 */
import type { PrismaClient } from "@prisma/client";
import { queryAuditEvents, auditTrail, type AuditFilterInput } from "@/lib/audit/query";
import { createPrismaClient, setDb } from "@/lib/db";
import { listKardTransactions } from "@/lib/providers/kard/operations/queries-transactions";
import { listOrders } from "@/lib/providers/ktn/operations/queries";
import { listOperations } from "@/lib/providers/kvitka/operations/queries";
import { listWebhookEvents, webhookFacets } from "@/lib/webhooks/queries";
import { throwAwayDatabase } from "./support/database";
import { seedLists } from "./support/seed";
import { median, table } from "./support/stats";

const SMALL = Number(process.env.LISTS_SMALL ?? 1_000);
const LARGE = Number(process.env.LISTS_LARGE ?? 1_000_000);
const OTHERS_SMALL = Number(process.env.LISTS_OTHERS_SMALL ?? 1_000);
const OTHERS_LARGE = Number(process.env.LISTS_OTHERS_LARGE ?? 100_000);
const REPEAT = Number(process.env.LISTS_REPEAT ?? 11);
const GOAL = 1.3;

type Query = (client: PrismaClient, limit?: number) => Promise<unknown>;
const audit = (filter: AuditFilterInput): Query => (client, limit) => queryAuditEvents({ ...filter, limit }, client);

/**
 * [page, filter, query]: the query runs with the database installed as the process-wide client;
 * `limit` (when given) caps the answer at that many rows, for the comparison at equal size.
 */
const CASES: [string, string, Query][] = [
  ["/audit", "none", audit({})],
  ["/audit", "page 2 (cursor)", async (client, limit) => queryAuditEvents({ limit, cursor: (await queryAuditEvents({}, client)).nextCursor ?? undefined }, client)],
  ["/audit", "actor", audit({ actor: "operator3" })],
  ["/audit", "action (rare: 0.1 %)", audit({ action: "staff.user.create" })],
  ["/audit", "action (common)", audit({ action: "ktn.order.purchase" })],
  ["/audit", "provider", audit({ provider: "kvitka" })],
  ["/audit", "outcome", audit({ outcome: "FAILED" })],
  ["/audit", "provider + outcome", audit({ provider: "ktn", outcome: "UNKNOWN" })],
  ["/audit", "action + outcome", audit({ action: "kvitka.withdraw.confirm", outcome: "DENIED" })],
  ["/audit", "date range (one day)", audit({ from: "2026-01-05", to: "2026-01-05" })],
  ["/audit", "record timeline (target)", (client) => auditTrail("gift-card-order:order-7", client)],
  ["/gift-cards/orders", "none", (_c, take) => listOrders({ take })],
  ["/gift-cards/orders", "status", (_c, take) => listOrders({ status: "UNKNOWN", take })],
  ["/gift-cards/orders", "search", (_c, take) => listOrders({ q: "ktn-77", take })],
  ["/gift-cards/orders", "search (common: a brand)", (_c, take) => listOrders({ q: "brand 1", take })],
  ["/gift-cards/orders", "search (a sender)", (_c, take) => listOrders({ q: "sender 123", take })],
  ["/kvitka (operations)", "none", (_c, take) => listOperations({ take })],
  ["/kvitka (operations)", "direction", (_c, take) => listOperations({ direction: "DEPOSIT", take })],
  ["/kvitka (operations)", "status", (_c, take) => listOperations({ status: "unknown", take })],
  ["/kvitka (operations)", "direction + status", (_c, take) => listOperations({ direction: "WITHDRAW", status: "failed", take })],
  ["/webhooks", "none", (_c, limit) => listWebhookEvents({}, limit)],
  ["/webhooks", "status", (_c, limit) => listWebhookEvents({ status: "FAILED" }, limit)],
  ["/webhooks", "signature", (_c, limit) => listWebhookEvents({ signatureStatus: "INVALID" }, limit)],
  ["/webhooks", "provider + type", (_c, limit) => listWebhookEvents({ provider: "kard", type: "clawback" }, limit)],
  ["/webhooks", "filter menus (facets)", () => webhookFacets()],
  ["/kard/transactions", "none", (_c, take) => listKardTransactions({ take })],
  ["/kard/transactions", "user", (_c, take) => listKardTransactions({ userId: "user-42", take })],
];

/** How many rows a list answer holds (a page, or one of the shapes the list functions return). */
function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const value = Object.values(result as Record<string, unknown>).find(Array.isArray);
  return value ? (value as unknown[]).length : 0;
}

async function timeOnce(client: PrismaClient, query: Query, limit?: number): Promise<[number, number]> {
  setDb(client);
  const started = performance.now();
  const result = await query(client, limit);
  return [performance.now() - started, rowCount(result)];
}

export async function listsBench(): Promise<boolean> {
  const small = throwAwayDatabase();
  const large = throwAwayDatabase();
  let started = performance.now();
  seedLists(small.file, { audit: SMALL, others: OTHERS_SMALL });
  seedLists(large.file, { audit: LARGE, others: OTHERS_LARGE });
  console.log(`lists: seeded ${SMALL} / ${LARGE} audit rows and ${OTHERS_SMALL} / ${OTHERS_LARGE} of each other list in ${((performance.now() - started) / 1000).toFixed(1)} s; median of ${REPEAT}, alternated`);
  const clients = [createPrismaClient(small.url), createPrismaClient(large.url)];
  const rows: (string | number)[][] = [["page", "filter", "rows", `ms @${SMALL}`, `ms @${LARGE}`, "ratio", "", `ms @${LARGE}, full page`, "rows"]];
  let ok = true;
  started = performance.now();
  for (const [page, filter, query] of CASES) {
    // A rare filter fills less than a page at 1 k; the large database is then also asked for
    // that many rows, so the ratio compares answers of equal size (the full page is shown too).
    const counts = [(await timeOnce(clients[0], query))[1], (await timeOnce(clients[1], query))[1]];
    const equal = counts[1] > counts[0] ? Math.max(counts[0], 1) : undefined;
    const times: number[][] = [[], [], []];
    for (let i = 0; i < REPEAT; i++) {
      const runs: [number, PrismaClient, number | undefined][] = [[0, clients[0], undefined], [1, clients[1], equal], [2, clients[1], undefined]];
      for (const [k, client, limit] of i % 2 ? runs.reverse() : runs) times[k].push((await timeOnce(client, query, limit))[0]);
    }
    const [a, b, full] = times.map(median);
    const ratio = b / a;
    const pass = ratio <= GOAL;
    ok &&= pass;
    rows.push([page, filter, counts[0], a.toFixed(2), b.toFixed(2), ratio.toFixed(2), pass ? "ok" : `> ${GOAL}`, full.toFixed(2), counts[1]]);
  }
  setDb(undefined);
  console.log(table(rows));
  console.log(`timed in ${((performance.now() - started) / 1000).toFixed(1)} s; ${ok ? "every case within" : "SOME CASES OVER"} ${GOAL}×`);
  await Promise.all(clients.map((c) => c.$disconnect()));
  small.dispose();
  large.dispose();
  return ok;
}
