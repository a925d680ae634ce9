/**
 * `npm run bench -- action`: what the console adds to a money-moving action. A KTN gift-card
 * purchase through the server action's path against the bare client call to the same sandbox,
 * with the sandbox answering every KTN request ACTION_LATENCY_MS (default 200) late (a latency
 * fault), ACTION_RUNS (default 20) of each, alternated, on a throw-away SQLite database.
 * - action path: what purchaseGiftCardAction runs below the session cookie — the staff row read
 *   (as currentStaff does), the permission check, the zod schema, purchaseGiftCard (catalogue
 *   and fee preference from their one-minute caches, local order + REQUESTED audit row, the KTN
 *   call, outcome row and order update) and the DTO. Decoding the Auth.js cookie and
 *   revalidatePath are Next.js' own and not included.
 * - bare: the same client's purchaseGiftCard with a fresh Idempotent-Key.
 * Measured twice: with the latency on every KTN request (the goal's setting), and on
 * purchaseGiftCard only (the console's own work alone, whatever else it asks KTN). Prints p50 /
 * p95 of each path, the overhead (ms) and its share of the bare round trip; goal ≤ 5 % and
 * ≤ 10 ms at p95. Then the floor the path cannot go under on this disk: a durable commit (one
 * row, synchronous = FULL), ACTION_RUNS of them; the path has two (REQUESTED before the call, the
 * outcome after it).
 */
import { randomUUID } from "node:crypto";
import { purchaseSchema } from "@/app/(console)/gift-cards/gift-cards.validation";
import { staffActor } from "@/lib/audit/actor";
import { can } from "@/lib/auth/permissions";
import { listCatalogue } from "@/lib/providers/ktn/operations/catalogue";
import { toOrderDto } from "@/lib/providers/ktn/operations/order-dto";
import { purchaseGiftCard } from "@/lib/providers/ktn/operations/purchase";
import { providerClient } from "@/lib/providers/registry";
import { addFault, clearFaults } from "@/lib/sandbox/faults";
import { resetSandbox } from "@/lib/sandbox/mount";
import { createTestDatabase } from "@/lib/testing/db";
import { percentile, table } from "./support/stats";

const LATENCY_MS = Number(process.env.ACTION_LATENCY_MS ?? 200);
const RUNS = Number(process.env.ACTION_RUNS ?? 20);
const input = { productId: "18808", unitPrice: "25", senderName: "Bench Corp", recipientEmail: "recipient@example.com" };

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

export async function actionBench(): Promise<boolean> {
  process.env.AUDIT_CHAIN_KEY ??= "bench-audit-chain-key-0123456789";
  process.env.AUDIT_CHECKPOINTS ??= "off";
  for (const name of Object.keys(process.env)) if (name.startsWith("KTN_")) delete process.env[name];
  const { db, dispose } = await createTestDatabase();
  const staff = await db.staffUser.create({ data: { email: "bench-operator@demo.test", name: "Bench", role: "OPERATOR", passwordHash: "x" } });
  const client = providerClient("ktn");
  // The sandbox keeps its state between runs (its balance would run out): start from the seed.
  resetSandbox("ktn");
  await listCatalogue();

  const actionPath = async () => {
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
    if (!can(row.role as "OPERATOR", "giftCards.purchase")) throw new Error("forbidden");
    const parsed = purchaseSchema.parse(input);
    const actor = staffActor({ id: row.id, email: row.email, role: row.role as "OPERATOR" }, { ip: "127.0.0.1", userAgent: "bench", requestId: randomUUID() });
    return toOrderDto(await purchaseGiftCard(parsed, actor));
  };
  const bare = () => client.purchaseGiftCard({ productId: 18808, unitPrice: 25, senderName: "Bench Corp", email: "recipient@example.com" }, { idempotencyKey: randomUUID() });

  await actionPath();
  await bare();
  const p = (values: number[], q: number) => percentile(values, q);
  /** Runs both paths alternated with the latency fault on `pathIncludes` (every request when undefined). */
  const measure = async (pathIncludes?: string) => {
    const times = { action: [] as number[], bare: [] as number[] };
    addFault("ktn", { fault: { kind: "latency", ms: LATENCY_MS }, count: 1, pathIncludes });
    for (let i = 0; i < RUNS; i++) {
      const order: ("action" | "bare")[] = i % 2 ? ["bare", "action"] : ["action", "bare"];
      for (const path of order) times[path].push(await timed(path === "action" ? actionPath : bare));
    }
    clearFaults("ktn");
    const overhead50 = p(times.action, 50) - p(times.bare, 50);
    const overhead95 = p(times.action, 95) - p(times.bare, 95);
    return { times, overhead50, overhead95, share: overhead50 / p(times.bare, 50) };
  };
  const every = await measure();
  const purchaseOnly = await measure("purchaseGiftCard");

  console.log(`action: KTN purchase, sandbox latency ${LATENCY_MS} ms, ${RUNS} runs of each path, alternated`);
  const line = (label: string, r: typeof every) => [
    label,
    p(r.times.action, 50).toFixed(1),
    p(r.times.action, 95).toFixed(1),
    p(r.times.bare, 50).toFixed(1),
    p(r.times.bare, 95).toFixed(1),
    r.overhead50.toFixed(1),
    r.overhead95.toFixed(1),
    `${(r.share * 100).toFixed(1)} %`,
  ];
  console.log(
    table([
      ["latency on", "action p50", "action p95", "bare p50", "bare p95", "overhead p50 ms", "overhead p95 ms", "share"],
      line("every KTN request", every),
      line("purchaseGiftCard only", purchaseOnly),
    ]),
  );
  const commits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    commits.push(await timed(() => db.$transaction((tx) => tx.staffUser.update({ where: { id: staff.id }, data: { name: `Bench ${i}` } }))));
  }
  console.log(`durable commit (one row, synchronous = FULL): p50 ${p(commits, 50).toFixed(1)} ms, p95 ${p(commits, 95).toFixed(1)} ms; the action path commits twice`);
  const ok = every.share <= 0.05 && every.overhead95 <= 10;
  console.log(`goal (≤ 5 %, ≤ 10 ms p95, latency on every request): ${ok ? "met" : "NOT met"}`);
  await dispose();
  return ok;
}
