/**
 * `npm run bench -- lists`: every list page's query, and each of its filters, at two sizes.
 * Two throw-away SQLite databases migrated like `npm start` does, bulk-seeded (support/seed.ts)
 * to LISTS_SMALL (default 1 000) and LISTS_LARGE (default 1 000 000) audit rows, with
 * LISTS_OTHERS_SMALL / LISTS_OTHERS_LARGE (1 000 / 100 000) orders, Kvitka operations, webhook
 * events and Kard transactions. Each case calls the function the page calls (the page's data
 * query; rendering does not depend on the row count) against each database in turn, alternated,
 * LISTS_REPEAT times (default 7) after one warm-up, and prints the medians (ms) and the ratio
 * large/small; the goal is ≤ 1.3× for every case. Fails (exit 1) when a case exceeds it.
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
const REPEAT = Number(process.env.LISTS_REPEAT ?? 7);
const GOAL = 1.3;

const audit = (filter: AuditFilterInput) => (client: PrismaClient) => queryAuditEvents(filter, client);

/** [page, filter, query]: the query runs with the database installed as the process-wide client. */
const CASES: [string, string, (client: PrismaClient) => Promise<unknown>][] = [
  ["/audit", "none", audit({})],
  ["/audit", "page 2 (cursor)", async (client) => queryAuditEvents({ cursor: (await queryAuditEvents({}, client)).nextCursor ?? undefined }, client)],
  ["/audit", "actor", audit({ actor: "operator3" })],
  ["/audit", "action (rare: 0.1 %)", audit({ action: "staff.user.create" })],
  ["/audit", "action (common)", audit({ action: "ktn.order.purchase" })],
  ["/audit", "provider", audit({ provider: "kvitka" })],
  ["/audit", "outcome", audit({ outcome: "FAILED" })],
  ["/audit", "provider + outcome", audit({ provider: "ktn", outcome: "UNKNOWN" })],
  ["/audit", "action + outcome", audit({ action: "kvitka.withdraw.confirm", outcome: "DENIED" })],
  ["/audit", "date range (one day)", audit({ from: "2026-01-05", to: "2026-01-05" })],
  ["/audit", "record timeline (target)", (client) => auditTrail("gift-card-order:order-7", client)],
  ["/gift-cards/orders", "none", () => listOrders({})],
  ["/gift-cards/orders", "status", () => listOrders({ status: "UNKNOWN" })],
  ["/gift-cards/orders", "search", () => listOrders({ q: "ktn-77" })],
  ["/kvitka (operations)", "none", () => listOperations({})],
  ["/kvitka (operations)", "direction", () => listOperations({ direction: "DEPOSIT" })],
  ["/kvitka (operations)", "status", () => listOperations({ status: "unknown" })],
  ["/kvitka (operations)", "direction + status", () => listOperations({ direction: "WITHDRAW", status: "failed" })],
  ["/webhooks", "none", () => listWebhookEvents({})],
  ["/webhooks", "status", () => listWebhookEvents({ status: "FAILED" })],
  ["/webhooks", "signature", () => listWebhookEvents({ signatureStatus: "INVALID" })],
  ["/webhooks", "provider + type", () => listWebhookEvents({ provider: "kard", type: "clawback" })],
  ["/webhooks", "filter menus (facets)", () => webhookFacets()],
  ["/kard/transactions", "none", () => listKardTransactions({})],
  ["/kard/transactions", "user", () => listKardTransactions({ userId: "user-42" })],
];

async function timeOnce(client: PrismaClient, query: (client: PrismaClient) => Promise<unknown>): Promise<number> {
  setDb(client);
  const started = performance.now();
  await query(client);
  return performance.now() - started;
}

export async function listsBench(): Promise<boolean> {
  const small = throwAwayDatabase();
  const large = throwAwayDatabase();
  let started = performance.now();
  seedLists(small.file, { audit: SMALL, others: OTHERS_SMALL });
  seedLists(large.file, { audit: LARGE, others: OTHERS_LARGE });
  console.log(`lists: seeded ${SMALL} / ${LARGE} audit rows and ${OTHERS_SMALL} / ${OTHERS_LARGE} of each other list in ${((performance.now() - started) / 1000).toFixed(1)} s; median of ${REPEAT}, alternated`);
  const clients = [createPrismaClient(small.url), createPrismaClient(large.url)];
  const rows: (string | number)[][] = [["page", "filter", `ms @${SMALL}`, `ms @${LARGE}`, "ratio", ""]];
  let ok = true;
  started = performance.now();
  for (const [page, filter, query] of CASES) {
    const times: [number[], number[]] = [[], []];
    for (const client of clients) await timeOnce(client, query);
    for (let i = 0; i < REPEAT; i++) {
      for (const [k, client] of (i % 2 ? [...clients].reverse() : clients).entries()) times[i % 2 ? 1 - k : k].push(await timeOnce(client, query));
    }
    const [a, b] = times.map(median);
    const ratio = b / a;
    const pass = ratio <= GOAL;
    ok &&= pass;
    rows.push([page, filter, a.toFixed(2), b.toFixed(2), ratio.toFixed(2), pass ? "ok" : `> ${GOAL}`]);
  }
  setDb(undefined);
  console.log(table(rows));
  console.log(`timed in ${((performance.now() - started) / 1000).toFixed(1)} s; ${ok ? "every case within" : "SOME CASES OVER"} ${GOAL}×`);
  await Promise.all(clients.map((c) => c.$disconnect()));
  small.dispose();
  large.dispose();
  return ok;
}
