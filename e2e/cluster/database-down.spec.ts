import { expect, test } from "@playwright/test";
import { signIn } from "../support/auth";
import { startCluster, type Cluster } from "./support/cluster";

/**
 * docs/deployment.md › "When PostgreSQL or Redis does not answer": an instance whose database
 * is unreachable shows a page that says so (not a stack trace, not a blank error), and its data
 * routes answer 503 DATABASE_UNAVAILABLE; once the database answers again the console is back.
 */
let cluster: Cluster;
test.beforeAll(async () => {
  cluster = await startCluster({ names: ["a"] });
});
test.afterAll(async () => {
  await cluster?.stop();
});

test("the database does not answer: a page that says so, 503 from the data routes; back once it answers", async ({ page }) => {
  await signIn(page, "operator");
  await cluster.kill("a");
  await cluster.start("a", { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/console" });

  await page.goto("/gift-cards/orders");
  await expect(page.getByRole("heading", { name: "The console cannot reach its database" })).toBeVisible();
  await expect(page.getByText(/settled by reconciliation once the database is back/)).toBeVisible();
  await page.screenshot({ path: ".data/cluster-results/database-down.png", fullPage: true });
  const data = await page.request.get("/api/kvitka/operations");
  expect(data.status()).toBe(503);
  expect((await data.json()).error.code).toBe("DATABASE_UNAVAILABLE");

  await cluster.kill("a");
  await cluster.start("a");
  await page.goto("/gift-cards/orders");
  await expect(page.getByRole("heading", { name: "Gift card orders" })).toBeVisible();
});
