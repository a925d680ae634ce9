import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox } from "./support/sandbox";

/**
 * Forms on react-hook-form over the server actions' own schemas (issue 8): errors in the browser
 * before sending, the server's field errors on the same fields, and the rough edges of the
 * order page and the Locations tab. Screenshots of converted dialogs, light and dark.
 */

function recordActionRequests(page: Page): string[] {
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actions.push(request.url());
  });
  return actions;
}

test("a refund asks for its reason before sending, and a refunded order no longer offers Reveal credentials", async ({ page, request }) => {
  await resetSandbox(request, "ktn");
  await signIn(page, "operator");
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Rewarble");
  await page.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  await page.getByLabel(/^Amount/).fill("25");
  await page.getByRole("button", { name: "Review purchase" }).click();
  await page.getByRole("button", { name: "Confirm purchase" }).click();
  await expect(page.getByTestId("order-status").first()).toHaveText(/fulfilled/i, { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Reveal credentials" })).toBeVisible();

  const actions = recordActionRequests(page);
  await page.getByRole("button", { name: "Refund" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: "Refund order" }).click();
  await expect(dialog.getByText("Say why the order is refunded (at least 3 characters).")).toBeVisible();
  expect(actions).toEqual([]);

  await dialog.getByLabel("Reason").fill("Customer changed their mind");
  await dialog.getByRole("button", { name: "Refund order" }).click();
  await expect(page.getByTestId("order-status").first()).toHaveText(/refunded/i);
  await expect(page.getByRole("button", { name: "Reveal credentials" })).toHaveCount(0);
});

test("the server's refusal lands on the field it names; a short password is caught before sending", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/settings/staff");
  await page.getByRole("button", { name: "Add staff" }).click();
  const dialog = page.getByRole("dialog");
  const actions = recordActionRequests(page);

  await dialog.getByLabel("Email").fill("admin@demo.test");
  await dialog.getByLabel("Name").fill("Second Admin");
  await dialog.getByLabel("Initial password (optional)").fill("short");
  await dialog.getByRole("button", { name: "Create account" }).click();
  await expect(dialog.getByText(/^Use at least \d+ characters, or leave it empty to generate one\.$/)).toBeVisible();
  expect(actions).toEqual([]);

  await dialog.getByLabel("Initial password (optional)").fill("");
  await dialog.getByRole("button", { name: "Create account" }).click();
  await expect(dialog.getByText("This email already has an account.")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  expect(actions).toHaveLength(1);
});

test("the Locations tab shows coordinates without float noise and says the radius is in miles", async ({ page }) => {
  await signIn(page, "operator");
  await page.goto("/kard/users/sandbox-sandbox-new-customer?tab=locations");
  await expect(page.getByLabel("Latitude (°)")).toHaveValue("40.742015");
  await expect(page.getByLabel("Longitude (°)")).toHaveValue("-73.993015");
  await expect(page.getByLabel("Radius (miles)")).toHaveValue("10");
  await expect(page.getByText(/location\(s\) within 10 miles of 40\.7420° N, 73\.9930° W\./)).toBeVisible();

  await page.getByLabel("Radius (miles)").fill("2.5");
  await page.getByRole("button", { name: "Find locations" }).click();
  await expect(page.getByText("Radius is a whole number of miles from 1 to 500.")).toBeVisible();
  await page.getByLabel("Radius (miles)").fill("25");
  await page.getByRole("button", { name: "Find locations" }).click();
  await expect(page.getByText(/within 25 miles of/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("locations.png"), fullPage: true });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`converted dialogs with their errors, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page, "admin");
    const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`) });

    await page.goto("/kard/users");
    await page.getByRole("button", { name: "Enroll user" }).click();
    await page.getByLabel(/^Email/).fill("not-an-email");
    await page.getByLabel("Zip code").fill("1001");
    await page.getByRole("button", { name: "Enroll", exact: true }).click();
    await expect(page.getByText("Enter the user id.")).toBeVisible();
    await expect(page.getByText("Enter a valid email or leave it empty.")).toBeVisible();
    await expect(page.getByText("Enter a US zip code like 10011.")).toBeVisible();
    await shot("enroll-errors");
    await page.keyboard.press("Escape");

    await page.goto("/kvitka/withdraw");
    await page.getByLabel("Points to withdraw").fill("12.345");
    await page.getByRole("button", { name: "Check with KvitkaCard" }).click();
    await expect(page.getByText("Enter the customer's reference.")).toBeVisible();
    await expect(page.getByText("Enter points like 120 or 88.16.")).toBeVisible();
    await shot("withdraw-errors");

    await page.goto("/kard/transactions");
    await page.getByLabel("Amount (dollars)").fill("0");
    await page.getByLabel("Card BIN (first 6)").fill("41");
    await page.getByRole("button", { name: "Submit transaction" }).click();
    await expect(page.getByText("The amount must be more than zero.")).toBeVisible();
    await expect(page.getByText("The BIN is the card number's first 6 digits.")).toBeVisible();
    await shot("transaction-errors");
  });
}
