import { expect, test, type Page } from "@playwright/test";
import { hmacBase64, kardNotification } from "@/lib/providers/kard/testing/webhooks";
import { signIn } from "../support/auth";
import { sandboxControl } from "../support/sandbox";
import { startCluster, verifyAuditChain, type Cluster } from "./support/cluster";

/**
 * Issue 12, "Several instances": two console instances on one PostgreSQL and one Redis behind a
 * round-robin balancer behave as one console. Purchases, webhooks and KvitkaCard operations are
 * spread over both (the balancer counts what each served); afterwards one audit chain verifies,
 * every order is held once by the provider and once locally, every event is stored once, and
 * KvitkaCard's 60 requests / 60 s were never exceeded at the provider although more were sent
 * within a minute than one window allows.
 */
let cluster: Cluster;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

async function buy(page: Page, amount: string): Promise<void> {
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Rewarble");
  await page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  await page.getByLabel(/^Amount/).fill(amount);
  await page.getByRole("button", { name: "Review purchase" }).click();
  await page.getByRole("button", { name: "Confirm purchase" }).click();
  await expect(page).toHaveURL(/\/gift-cards\/orders\/[\w-]+$/);
}

const served = (name: string) => cluster.balancer.served.get(name) ?? { requests: 0, actions: 0, webhooks: 0 };

test("a session signed in through one instance is honoured by the other", async ({ page }) => {
  await signIn(page, "admin");
  for (const instance of cluster.instances) {
    const res = await page.request.get(`${instance.url}/audit`, { maxRedirects: 0 });
    expect(res.status(), `instance ${instance.name} answers the signed-in page`).toBe(200);
  }
  expect(served("a").requests).toBeGreaterThan(0);
  expect(served("b").requests).toBeGreaterThan(0);
});

test("purchases on both instances: each order once at KTN and once in the console", async ({ page }) => {
  await signIn(page, "operator");
  const before = { a: served("a").actions, b: served("b").actions };
  for (const amount of ["25", "30", "35", "40", "45", "50"]) await buy(page, amount);
  expect(served("a").actions, "instance a ran purchase actions").toBeGreaterThan(before.a);
  expect(served("b").actions, "instance b ran purchase actions").toBeGreaterThan(before.b);

  const local = await cluster.sql<{ idempotencyKey: string; providerOrderId: string | null }>(`SELECT "idempotencyKey", "providerOrderId" FROM "GiftCardOrder"`);
  expect(local).toHaveLength(6);
  expect(local.every((o) => o.providerOrderId)).toBe(true);
  expect(new Set(local.map((o) => o.providerOrderId)).size).toBe(6);
  const { orders: all } = await sandboxControl<{ orders: { id: number; idempotencyKey: string | null }[] }>(page.request, "ktn", "orders");
  // The simulator starts with the documentation's example order (no idempotency key): not ours.
  const orders = all.filter((o) => o.idempotencyKey !== null);
  expect(orders).toHaveLength(6);
  for (const order of local) {
    const atKtn = orders.filter((o) => o.idempotencyKey === order.idempotencyKey);
    expect(atKtn, `KTN holds the order of key ${order.idempotencyKey} once`).toHaveLength(1);
    expect(String(atKtn[0].id)).toBe(order.providerOrderId);
  }
});

test("webhooks delivered to both instances are each stored once, redeliveries counted", async ({ request }) => {
  const events = Array.from({ length: 40 }, (_, i) => {
    const id = `cluster-reward-${i}`;
    const body = kardNotification("validTransaction", id, { transactionId: `cluster-tx-${i}` });
    return { id, body };
  });
  const deliver = ({ body }: { body: string }) =>
    request.post("/api/webhooks/kard", { data: body, headers: { "content-type": "application/json", "notify-signature": hmacBase64(body) } });
  const answers = await Promise.all(events.map(deliver));
  expect(answers.map((a) => a.status()).filter((s) => s >= 300)).toEqual([]);
  const redelivered = await Promise.all(events.slice(0, 5).map(deliver));
  expect(redelivered.every((a) => a.ok())).toBe(true);
  expect(served("a").webhooks).toBeGreaterThan(10);
  expect(served("b").webhooks).toBeGreaterThan(10);

  const rows = await cluster.sql<{ eventId: string; deliveries: number }>(`SELECT "eventId", deliveries FROM "WebhookEvent" WHERE provider = 'kard' AND "eventId" LIKE 'cluster-reward-%'`);
  expect(rows).toHaveLength(40);
  const deliveries = new Map(rows.map((r) => [r.eventId, r.deliveries]));
  for (const [i, event] of events.entries()) expect(deliveries.get(event.id), event.id).toBe(i < 5 ? 2 : 1);
});

test("KvitkaCard: more withdrawals in a minute than one window allows, spread over both instances, never exceed 60 / 60 s at the provider", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "operator");
  await page.goto("/kvitka/withdraw");
  await page.getByLabel("Customer reference").fill("cluster-customer-0");
  await page.getByLabel("Points to withdraw").fill("10");
  const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByRole("button", { name: "Check with KvitkaCard" }).click();
  const action = await sent;
  await expect(page.getByTestId("operation-status")).toHaveText("initiated");

  // The same server action, as the browser sent it, 64 more times at once for other customers.
  const body = action.postData()!;
  expect(body).toContain("cluster-customer-0");
  const headers = Object.fromEntries(Object.entries(action.headers()).filter(([name]) => ["next-action", "next-router-state-tree", "content-type", "accept", "origin"].includes(name)));
  const before = { a: served("a").actions, b: served("b").actions };
  const started = Date.now();
  const replies = await Promise.all(
    Array.from({ length: 64 }, (_, i) => page.request.post("/kvitka/withdraw", { headers, data: body.replaceAll("cluster-customer-0", `cluster-customer-${i + 1}`), timeout: 200_000 })),
  );
  const seconds = (Date.now() - started) / 1000;
  expect(replies.map((r) => r.status()).filter((s) => s !== 200)).toEqual([]);
  expect(served("a").actions - before.a).toBeGreaterThan(20);
  expect(served("b").actions - before.b).toBeGreaterThan(20);

  const operations = await cluster.sql<{ status: string; lastErrorCode: string | null }>(`SELECT status, "lastErrorCode" FROM "KvitkaOperation" WHERE direction = 'WITHDRAW'`);
  expect(operations).toHaveLength(65);
  expect(operations.filter((o) => o.lastErrorCode)).toEqual([]);
  // The 61st request had to wait for the first window's slot: the shared budget held it back.
  expect(seconds).toBeGreaterThan(55);

  const { requests } = await sandboxControl<{ requests: { at: string; business: string | null }[] }>(page.request, "kvitka", "requests");
  const times = requests.filter((r) => r.business === "merchant").map((r) => Date.parse(r.at)).sort((x, y) => x - y);
  expect(times.length).toBeGreaterThanOrEqual(65);
  const busiest = Math.max(...times.map((t) => times.filter((u) => u > t - 60_000 && u <= t).length));
  expect(busiest, "requests KvitkaCard received within any 60 s").toBeLessThanOrEqual(60);
});

test("after all of it, one audit chain verifies", () => {
  const { ok, output } = verifyAuditChain(cluster);
  expect(ok, output).toBe(true);
});
