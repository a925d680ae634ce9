import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox, sandboxControl } from "./support/sandbox";

type SandboxOperation = { operation_id: number; status: string; transaction_code: string | null; depositor: string | null };

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kvitka");
});

async function kvitkaOperations(page: Page): Promise<SandboxOperation[]> {
  return (await sandboxControl<{ operations: SandboxOperation[] }>(page.request, "kvitka", "operations")).operations;
}

async function withdraw(page: Page, customer: string, points: string): Promise<string> {
  await page.goto("/kvitka/withdraw");
  await page.getByLabel("Customer reference").fill(customer);
  await page.getByLabel("Points to withdraw").fill(points);
  await page.getByRole("button", { name: "Check with KvitkaCard" }).click();
  await expect(page.getByTestId("operation-status")).toHaveText("initiated");
  await page.getByRole("button", { name: "Confirm withdrawal" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Confirm withdrawal" }).click();
  const code = page.getByTestId("transaction-code");
  await expect(code).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  return (await code.textContent())!.replace(/\s/g, "");
}

async function verifyCode(page: Page, code: string, customer: string) {
  await page.goto("/kvitka/deposit");
  await page.getByLabel("Transaction code").fill(code);
  await page.getByLabel("Customer reference").fill(customer);
  await page.getByRole("button", { name: "Verify code" }).click();
}

async function confirmCredit(page: Page) {
  await page.getByRole("button", { name: "Confirm credit" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Confirm credit" }).click();
  await expect(page.getByTestId("operation-status")).toHaveText("completed");
}

test("withdraw end to end: preview from KvitkaCard, confirm, the code shown once, then only masked", async ({ page }) => {
  await signIn(page, "operator");
  await page.goto("/kvitka/withdraw");
  await page.getByLabel("Customer reference").fill("customer-withdraw");
  await page.getByLabel("Points to withdraw").fill("88.16");
  await page.getByRole("button", { name: "Check with KvitkaCard" }).click();

  // KvitkaCard's conversion is the preview: 88.16 points at 0.5 points per KvitkaCoin.
  await expect(page.getByTestId("preview-kc")).toHaveText("176.32 KC");
  await expect(page.getByTestId("not-settled-note")).toContainText("do not deduct any points");
  await expect(page.getByTestId("settled-note")).toHaveCount(0);

  await page.getByRole("button", { name: "Confirm withdrawal" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Confirm withdrawal" }).click();

  const shown = page.getByTestId("transaction-code");
  await expect(shown).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  const code = (await shown.textContent())!.replace(/\s/g, "");
  await expect(page.getByTestId("settled-note")).toContainText("Points may now be deducted from the customer's account");
  await expect(page.getByRole("button", { name: "Copy code" })).toBeVisible();
  const [atKvitka] = await kvitkaOperations(page);
  expect(atKvitka).toMatchObject({ status: "holding", transaction_code: code });

  await page.goto("/kvitka");
  const row = page.getByTestId("operation-row").filter({ hasText: "customer-withdraw" });
  await expect(row).toContainText(`****${code.slice(-4)}`);
  await expect(page.getByText(code)).toHaveCount(0);
  await row.getByRole("link", { name: /Withdraw/ }).click();
  await expect(page.getByTestId("timeline-entry").filter({ hasText: "kvitka.withdraw.confirm" }).filter({ hasText: "succeeded" })).toHaveCount(1);
  await expect(page.locator("body")).not.toContainText(code);
});

test("a partner code is deposited and completed", async ({ page }) => {
  await signIn(page, "operator");
  await page.goto("/kvitka/deposit");
  await page.getByRole("button", { name: "Practise: mint a partner code" }).click();
  await expect(page.getByLabel("Transaction code")).toHaveValue(/^\d{16}$/);
  await page.getByLabel("Customer reference").fill("customer-deposit");
  await page.getByRole("button", { name: "Verify code" }).click();

  // The documentation's example: 176.32 KvitkaCoins credit 88.16 points at this business.
  await expect(page.getByTestId("preview-points")).toHaveText("88.16 points");
  await expect(page.getByTestId("limit-check")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("settled-note")).toHaveCount(0);

  await confirmCredit(page);
  await expect(page.getByTestId("settled-note")).toContainText("Points may now be credited");
  const [atKvitka] = await kvitkaOperations(page);
  expect(atKvitka).toMatchObject({ status: "completed", depositor: "merchant" });

  // The overview counts it among the settled exchanges; its section leads to the live view.
  await page.goto("/");
  const kvitka = page.getByTestId("overview-kvitka");
  const settled = Number(await kvitka.getByRole("link", { name: /^Settled/ }).getByTestId("figure-value").textContent());
  expect(settled).toBeGreaterThanOrEqual(1);
  await kvitka.getByRole("link", { name: "KvitkaCard" }).click();
  await expect(page).toHaveURL(/\/kvitka$/);
});

test("an operation that does not exist is a 404, for the page and for its data route", async ({ page }) => {
  await signIn(page, "operator");
  const res = await page.goto("/kvitka/operations/no-such-operation");
  expect(res?.status()).toBe(404);
  const api = await page.request.get("/api/kvitka/operations/no-such-operation");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "NOT_FOUND", message: "That KvitkaCard operation does not exist." } });
});

test("a second deposit of the same code is refused", async ({ page }) => {
  await signIn(page, "operator");
  const { transaction_code: code } = await sandboxControl<{ transaction_code: string }>(page.request, "kvitka", "mint-partner-code", {});
  await verifyCode(page, code, "customer-twice");
  await confirmCredit(page);

  await verifyCode(page, code, "customer-twice");
  await expect(page.getByTestId("deposit-refused")).toContainText("already been used");
  const [atKvitka] = await kvitkaOperations(page);
  expect(atKvitka.status).toBe("completed");
});

test("a rejected deposit leaves the code usable", async ({ page }) => {
  await signIn(page, "operator");
  const { transaction_code: code } = await sandboxControl<{ transaction_code: string }>(page.request, "kvitka", "mint-partner-code", {});
  await verifyCode(page, code, "customer-reject");
  await expect(page.getByTestId("preview-points")).toHaveText("88.16 points");

  await page.getByRole("button", { name: "Reject" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Reason").fill("Customer prefers to spend it elsewhere");
  await dialog.getByRole("button", { name: "Reject deposit" }).click();
  await expect(page.getByTestId("operation-status")).toHaveText("rejected");
  await expect(page.getByTestId("rejected-note")).toContainText("The code remains valid");
  expect((await kvitkaOperations(page))[0]).toMatchObject({ status: "holding", depositor: null });

  await verifyCode(page, code, "customer-reject");
  await expect(page.getByTestId("operation-status")).toHaveText("pending deposit");
  await confirmCredit(page);
});

test("the operations view updates by itself while it stays open", async ({ page, context }) => {
  await signIn(page, "operator");
  await page.goto("/kvitka");
  await expect(page.getByTestId("limiter-used")).toHaveText(/^\d+ \/ 60$/);
  await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
  const customer = `customer-live-${Date.now()}`;
  const rows = page.getByTestId("operation-row").filter({ hasText: customer });
  await expect(rows).toHaveCount(0);

  const other = await context.newPage();
  await withdraw(other, customer, "50");

  await expect(rows).toHaveCount(1);
  await expect(rows.getByTestId("operation-status")).toHaveText("holding");
  await expect(rows).toContainText("withdraw confirm succeeded");
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);

  await page.getByLabel("Direction").selectOption("DEPOSIT");
  await expect(rows).toHaveCount(0);
  await page.getByLabel("Direction").selectOption("WITHDRAW");
  await page.getByLabel("Status").selectOption("holding");
  await expect(rows).toHaveCount(1);
});
