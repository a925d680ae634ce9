import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { injectFault, resetSandbox, sandboxControl } from "./support/sandbox";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "ktn");
});

test("operator buys a RANGE card, follows it to fulfilment, reveals the credentials and refunds it", async ({ page }) => {
  await signIn(page, "operator");
  await page.getByRole("link", { name: "Catalogue" }).click();
  await expect(page.getByRole("heading", { name: "Gift card catalogue" })).toBeVisible();

  await page.getByLabel("Denomination").selectOption("RANGE");
  await page.getByLabel("Search").fill("Rewarble");
  const card = page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" });
  await expect(card).toHaveCount(1);
  await card.getByRole("button", { name: /^Buy/ }).click();

  await page.getByLabel(/^Amount/).fill("25");
  await expect(page.getByTestId("fee-preview")).toHaveText("$0.60");
  await expect(page.getByTestId("total-preview")).toHaveText("$25.60");
  await page.getByRole("button", { name: "Review purchase" }).click();
  await page.getByRole("button", { name: "Confirm purchase" }).click();

  await expect(page).toHaveURL(/\/gift-cards\/orders\/[\w-]+$/);
  await expect(page.getByTestId("order-status").first()).toHaveText(/fulfilled/i, { timeout: 20_000 });

  await page.getByRole("button", { name: "Reveal credentials" }).click();
  await expect(page.getByTestId("credential-cardNumber")).toBeVisible();

  await page.getByRole("button", { name: "Refund" }).click();
  await page.getByLabel("Reason").fill("Customer changed their mind");
  await page.getByRole("button", { name: "Refund order" }).click();
  await expect(page.getByTestId("order-status").first()).toHaveText(/refunded/i);

  const timeline = page.getByTestId("timeline-entry");
  for (const action of ["ktn.order.purchase", "ktn.order.credentials-reveal", "ktn.order.refund"]) {
    await expect(timeline.filter({ hasText: action }).first()).toBeVisible();
  }
  // A refunded card is no longer valid at KTN: nothing left to reveal.
  await expect(page.getByRole("button", { name: "Reveal credentials" })).toHaveCount(0);
});

test("the overview counts the console's gift card orders, each figure leading to the orders it counts", async ({ page }) => {
  await signIn(page, "operator");
  const orders = await localOrderCount(page);
  await page.goto("/");
  const ktn = page.getByTestId("overview-ktn");
  await expect(ktn.getByRole("heading", { name: "KTN Gift Card" })).toBeVisible();
  await expect(figure(ktn, "Gift card orders")).toHaveText(String(orders));
  await page.screenshot({ path: ".data/test-results/overview.png", fullPage: true });

  await ktn.getByRole("link", { name: /Fulfilled/ }).click();
  await expect(page).toHaveURL(/\/gift-cards\/orders\?status=FULFILLED$/);
});

/** The value of the overview tile labelled `label` in `section`. */
function figure(section: Locator, label: string): Locator {
  return section.getByRole("link", { name: new RegExp(`^${label}`) }).getByTestId("figure-value");
}

test("a purchase whose response is lost ends UNKNOWN and reconciles to exactly one KTN order", async ({ page, request }) => {
  await injectFault(request, { provider: "ktn", fault: { kind: "lost-response" }, method: "POST", pathIncludes: "purchaseGiftCard", count: 1 });
  await signIn(page, "operator");
  const ordersBefore = await localOrderCount(page);
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Rewarble");
  await page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  await page.getByLabel(/^Amount/).fill("40");
  await page.getByRole("button", { name: "Review purchase" }).click();
  await page.getByRole("button", { name: "Confirm purchase" }).click();

  await expect(page.getByText(/did not confirm the purchase in time/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/gift-cards\/orders\/[\w-]+$/);
  const timeline = page.getByTestId("timeline-entry");
  await expect(timeline.filter({ hasText: "ktn.order.purchase" }).filter({ hasText: "UNKNOWN" })).toHaveCount(1);
  await expect(timeline.filter({ hasText: "ktn.order.reconcile" }).filter({ hasText: "SUCCEEDED" }).first()).toBeVisible();
  await expect(page.getByTestId("provider-order-id")).not.toHaveText("—");

  const key = (await page.getByText(/^[0-9a-f-]{36}$/).first().textContent())!.trim();
  const { orders } = await sandboxControl<{ orders: { idempotencyKey: string | null }[] }>(request, "ktn", "orders");
  expect(orders.filter((o) => o.idempotencyKey === key)).toHaveLength(1);

  expect(await localOrderCount(page)).toBe(ordersBefore + 1);
});

/** The console's own order count, from the "all" status chip of the orders page. */
async function localOrderCount(page: Page): Promise<number> {
  await page.goto("/gift-cards/orders");
  const chip = await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: /^all/ }).textContent();
  return Number(chip!.replace(/\D/g, ""));
}
