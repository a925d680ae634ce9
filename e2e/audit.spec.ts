import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox } from "./support/sandbox";

test("the audit page lists a purchase flow, filters it, exports CSV and verifies the chain", async ({ page, request }) => {
  await resetSandbox(request, "ktn");
  await signIn(page, "operator");
  await page.goto("/gift-cards");
  await page.getByLabel("Search").fill("Amazon US");
  await page.getByTestId("catalogue-card").filter({ hasText: /^Amazon US/ }).first().getByRole("button", { name: /^Buy/ }).click();
  await page.getByRole("button", { name: "Review purchase" }).click();
  await page.getByRole("button", { name: "Confirm purchase" }).click();
  await expect(page).toHaveURL(/\/gift-cards\/orders\/[\w-]+$/);
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();

  await signIn(page, "admin");
  await page.getByRole("link", { name: "Audit history" }).click();
  await page.getByLabel("Action").selectOption("ktn.order.purchase");
  await page.getByLabel("Actor").fill("operator@demo.test");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = page.getByRole("row").filter({ hasText: "ktn.order.purchase" });
  await expect(rows.filter({ hasText: "REQUESTED" }).first()).toBeVisible();
  await expect(rows.filter({ hasText: "SUCCEEDED" }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "auth.session.sign-in" })).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const csv = readFileSync(file!, "utf8");
  expect(csv.split(/\r?\n/)[0]).toContain("action");
  expect(csv).toContain("ktn.order.purchase");
  expect(csv).toContain("operator@demo.test");
  expect(csv).not.toContain("auth.session.sign-in,");

  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(page.getByText(/Intact: \d+ events/)).toBeVisible();
});
