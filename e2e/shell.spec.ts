import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support/auth";
import { resetSandbox } from "./support/sandbox";

/**
 * The console shell (issue 8): a wrong URL keeps the navigation, the console has an icon, the
 * provider modes fit a phone's header, and forms check their fields before anything is sent.
 */

/** Every server-action POST the page makes (Next sends them with a `next-action` header). */
function recordActionRequests(page: Page): string[] {
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actions.push(request.url());
  });
  return actions;
}

test("an unknown URL keeps the console shell around the 404 and offers a way back", async ({ page }) => {
  await signIn(page, "operator");
  const response = await page.goto("/no-such-page/anywhere");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByTestId("not-found")).toContainText("/no-such-page/anywhere");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders" })).toBeVisible();
  await expect(page.getByTestId("provider-modes")).toBeVisible();
  await expect(page.getByRole("button", { name: /Account menu for operator@demo.test/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("not-found.png") });

  await page.getByRole("link", { name: "Go to the overview" }).click();
  await expect(page).toHaveURL(/\/$/);

  // A record that does not exist (the page calls notFound()) gets the same message inside the shell.
  await page.goto("/gift-cards/orders/no-such-order");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("a signed-out visitor of an unknown URL is sent to sign in, and lands on the 404 afterwards", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page).toHaveURL(/\/login\?next=%2Fno-such-page$/);
  await page.getByLabel("Email").fill("viewer@demo.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/no-such-page$/);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});

test("the console has an icon: /favicon.ico answers 200 with an ICO, and pages link an icon", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  const bytes = await favicon.body();
  expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  await page.goto("/login");
  const icons = page.locator('head link[rel="icon"]');
  await expect(icons.first()).toBeAttached();
  for (const href of await icons.evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("on a 390 px wide screen the provider modes take one line and keep LIVE / SANDBOX readable", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "operator");
  const modes = page.getByTestId("provider-modes");
  const box = (await modes.boundingBox())!;
  const header = (await page.getByRole("banner").boundingBox())!;
  const overflow = await modes.evaluate((list) => list.scrollWidth - list.clientWidth);
  console.log(`provider modes at 390 px: ${box.height.toFixed(1)} px high, ${box.width.toFixed(1)} px wide; header ${header.height.toFixed(1)} px high`);
  expect(box.height).toBeLessThanOrEqual(32);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  // Every provider says its mode, in words, to assistive technology and on hover or focus.
  const chips = modes.getByTestId("provider-mode");
  await expect(chips).toHaveCount(5);
  for (const chip of await chips.all()) await expect(chip).toHaveText(/: (LIVE|SANDBOX|NOT CONNECTED)$/);
  await expect(modes).toContainText("SANDBOX");
  await expect(page.getByRole("banner")).not.toContainText("OFF");
  await modes.locator('[data-provider="ktn"]').focus();
  await expect(page.getByRole("tooltip")).toContainText("KTN Gift Card is in SANDBOX");
  await page.screenshot({ path: test.info().outputPath("header-390.png") });
});

test("a form shows a field error before anything is sent: a bad amount in the purchase dialog makes no request", async ({ page, request }) => {
  await resetSandbox(request, "ktn");
  await signIn(page, "operator");
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Rewarble");
  await page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  const actions = recordActionRequests(page);
  const dialog = page.getByRole("dialog");
  const amount = dialog.getByLabel(/^Amount/);

  await amount.fill("12,50");
  await dialog.getByRole("button", { name: "Review purchase" }).click();
  await expect(dialog.getByText("Enter an amount like 25 or 25.50.")).toBeVisible();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toBeFocused();

  await amount.fill("100000");
  await expect(dialog.getByText(/^Enter an amount between \d+ and \d+\.$/)).toBeVisible();
  await dialog.getByLabel("Sender name").fill("");
  await dialog.getByRole("button", { name: "Review purchase" }).click();
  await expect(dialog.getByText("Enter the sender name shown on the card.")).toBeVisible();
  await expect(dialog.getByRole("heading", { name: /^Buy / })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("purchase-errors-light.png") });

  // Corrected, the form moves on to the confirmation step, still without a request.
  await amount.fill("25");
  await dialog.getByLabel("Sender name").fill("E2E shop");
  await expect(amount).toHaveAttribute("aria-invalid", "false");
  await dialog.getByRole("button", { name: "Review purchase" }).click();
  await expect(dialog.getByRole("heading", { name: "Confirm the purchase" })).toBeVisible();
  expect(actions).toEqual([]);
});
