import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { injectFault, resetSandbox } from "./support/sandbox";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kazawallet");
});

test("an admin runs reconciliation now from Settings → Jobs and sees the run settle a lost answer; a viewer sees no Run now", async ({ page, browser, request }) => {
  // A card issue whose answer is lost: UNKNOWN until someone asks Kazawallet.
  await injectFault(request, { provider: "kazawallet", fault: { kind: "lost-response" }, method: "POST", pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
  await signIn(page, "admin");
  await page.goto("/wallet");
  await page.getByRole("button", { name: "Issue card" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("User email").fill("jobs-e2e@example.com");
  await dialog.getByLabel("Initial top-up (USD)").fill("20");
  await dialog.getByRole("button", { name: "Review issue" }).click();
  await dialog.getByRole("button", { name: "Confirm issue" }).click();
  await expect(page).toHaveURL(/\/wallet\/cards\/[^/]+$/, { timeout: 20_000 });
  await expect(page.getByTestId("card-status")).toHaveText("unknown");
  const cardPage = page.url();

  await page.getByRole("link", { name: "Jobs" }).click();
  await expect(page).toHaveURL(/\/settings\/jobs$/);
  await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  await expect(page.getByText("Schedules off: JOBS=off")).toBeVisible();
  const row = page.locator('[data-testid="job-row"][data-job="reconcile-unknown"]');
  await expect(row.getByTestId("job-last-run")).toContainText("Never run");

  await row.getByRole("button", { name: "Run Reconcile unknown outcomes now" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Run now" }).click();

  await expect(row.getByTestId("job-last-run")).toContainText("succeeded", { timeout: 20_000 });
  await expect(row.getByTestId("job-last-run")).toContainText("Kazawallet cards: 1 of 1 settled");
  const run = page.locator('[data-testid="job-run"][data-job="reconcile-unknown"]').first();
  await expect(run).toContainText("run now");
  await expect(run).toContainText("admin@demo.test");
  await expect(run).toContainText("succeeded");
  await page.screenshot({ path: ".data/test-results/jobs-admin.png", fullPage: true });
  await page.goto(cardPage);
  await expect(page.getByTestId("card-status")).toHaveText("active");

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await viewer.goto("/settings/jobs");
  await viewer.screenshot({ path: ".data/test-results/jobs-viewer.png", fullPage: true });
  await expect(viewer.getByTestId("job-row")).toHaveCount(6);
  await expect(viewer.locator('[data-testid="job-run"][data-job="reconcile-unknown"]').first()).toContainText("admin@demo.test");
  await expect(viewer.getByRole("button", { name: /Run now/ })).toHaveCount(0);
  await viewer.close();
});
