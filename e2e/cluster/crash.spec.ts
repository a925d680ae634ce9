import { expect, test, type Page } from "@playwright/test";
import { hmacBase64, kardNotification } from "@/lib/providers/kard/testing/webhooks";
import { signIn } from "../support/auth";
import { injectFault, sandboxControl } from "../support/sandbox";
import { startCluster, verifyAuditChain, type Cluster } from "./support/cluster";

/**
 * Issue 12, "Restarts and faults lose nothing": a console instance is killed with SIGKILL (no
 * shutdown hook runs) in the middle of a gift-card purchase and in the middle of a webhook
 * burst. The simulators live on the other instance (SANDBOX_ORIGIN), so KTN goes on as a real
 * provider would: it applies the purchase the dead instance sent. After the restart,
 * reconciliation leaves exactly one order per idempotency key, and every webhook that was
 * acknowledged is stored exactly once.
 */
let cluster: Cluster;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function runReconciliation(page: Page): Promise<void> {
  await page.goto("/settings/jobs");
  const row = page.locator('[data-testid="job-row"][data-job="reconcile-unknown"]');
  await row.getByRole("button", { name: "Run Reconcile unknown outcomes now" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Run now" }).click();
  await expect(row.getByTestId("job-last-run")).toContainText("succeeded", { timeout: 30_000 });
}

type Order = { id: string; idempotencyKey: string; status: string; providerOrderId: string | null; createdAt: Date };
const localOrders = () => cluster.sql<Order>(`SELECT id, "idempotencyKey", status, "providerOrderId", "createdAt" FROM "GiftCardOrder"`);

test("killed in the middle of a purchase: after the restart, reconciliation leaves exactly one order for its key", async ({ page }) => {
  await signIn(page, "admin");
  // KTN takes 2.5 s to answer the purchase (within the 3 s timeout): time to kill the instance waiting for it.
  await injectFault(page.request, { provider: "ktn", fault: { kind: "latency", ms: 2_500 }, method: "POST", pathIncludes: "purchaseGiftCard", count: 1 });
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Rewarble");
  await page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  await page.getByLabel(/^Amount/).fill("60");
  await page.getByRole("button", { name: "Review purchase" }).click();

  cluster.balancer.pin("b");
  await page.getByRole("button", { name: "Confirm purchase" }).click();
  const [order] = await until("the order stored before KTN is asked", localOrders, (rows) => rows.length === 1);
  // The purchase is on its way to KTN (sent right after the fee preference, which has no added latency).
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await cluster.kill("b");
  expect((await localOrders())[0].status, "the dead instance never heard KTN's answer").toBe("PENDING");

  // KTN applies the purchase the dead instance sent.
  const atKtn = async () => (await sandboxControl<{ orders: { id: number; idempotencyKey: string | null }[] }>(page.request, "ktn", "orders")).orders.filter((o) => o.idempotencyKey === order.idempotencyKey);
  cluster.balancer.pin("a");
  await until("KTN applied the purchase", atKtn, (orders) => orders.length === 1);

  await cluster.start("b");
  cluster.balancer.pin(null);
  // Reconciliation replays a PENDING order once it is older than three provider timeouts (9 s here).
  await until("the order is stale", async () => Date.now() - new Date(order.createdAt).getTime(), (age) => age > 10_000, 15_000);
  await runReconciliation(page);

  const orders = await localOrders();
  expect(orders).toHaveLength(1);
  const [settled] = orders;
  expect(settled.status).not.toMatch(/PENDING|UNKNOWN/);
  const held = await atKtn();
  expect(held, "KTN holds one order for the key").toHaveLength(1);
  expect(settled.providerOrderId).toBe(String(held[0].id));
  await page.goto(`/gift-cards/orders/${settled.id}`);
  await expect(page.getByTestId("provider-order-id")).toHaveText(String(held[0].id));
});

test("killed in the middle of a webhook burst: every acknowledged event is stored once, and Kard's redelivery completes the rest", async ({ request }) => {
  const events = Array.from({ length: 150 }, (_, i) => {
    const body = kardNotification("validTransaction", `crash-reward-${i}`, { transactionId: `crash-tx-${i}` });
    return { id: `crash-reward-${i}`, body };
  });
  const deliver = (body: string) => request.post("/api/webhooks/kard", { data: body, headers: { "content-type": "application/json", "notify-signature": hmacBase64(body) }, failOnStatusCode: false, timeout: 20_000 });

  cluster.balancer.pin("b");
  const acknowledged = new Set<string>();
  let next = 0;
  let killing: Promise<void> | null = null;
  const worker = async () => {
    while (next < events.length) {
      const event = events[next++];
      const answer = await deliver(event.body).catch(() => null);
      if (answer?.ok()) acknowledged.add(event.id);
      if (acknowledged.size >= 40 && !killing) killing = cluster.kill("b");
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await killing;
  expect(acknowledged.size).toBeGreaterThanOrEqual(40);
  expect(acknowledged.size, "the kill interrupted the burst").toBeLessThan(events.length);

  await cluster.start("b");
  cluster.balancer.pin(null);
  type Row = { eventId: string; deliveries: number; status: string };
  const stored = () => cluster.sql<Row>(`SELECT "eventId", deliveries, status FROM "WebhookEvent" WHERE "eventId" LIKE 'crash-reward-%'`);
  const afterCrash = await stored();
  for (const id of acknowledged) expect(afterCrash.filter((r) => r.eventId === id), `acknowledged ${id} stored once`).toHaveLength(1);
  // The restarted instance's sweep applies what the dead one stored but never applied.
  await until("no acknowledged event left unapplied", stored, (rows) => rows.every((r) => r.status !== "RECEIVED"), 60_000);

  // Kard redelivers what it has no 2xx for (and, here, everything): each event still stored once.
  const again = await Promise.all(events.map((e) => deliver(e.body)));
  expect(again.filter((a) => !a.ok()).map((a) => a.status())).toEqual([]);
  const rows = await stored();
  expect(rows).toHaveLength(events.length);
  expect(new Set(rows.map((r) => r.eventId)).size).toBe(events.length);
  for (const row of rows) expect(row.deliveries).toBeLessThanOrEqual(2);
  for (const id of acknowledged) expect(rows.find((r) => r.eventId === id)!.deliveries).toBe(2);
});

test("after both crashes, one audit chain verifies", () => {
  const { ok, output } = verifyAuditChain(cluster);
  expect(ok, output).toBe(true);
});
