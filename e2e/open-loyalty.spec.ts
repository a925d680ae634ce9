import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { injectFault, resetSandbox, sandboxControl } from "./support/sandbox";

const NEW_CARD = "914639258868549"; // seeded, not activated yet
const EXAMPLE_CARD = "914639258868515"; // the documentation's card: USD 1534.10, 53 Points

type SandboxCard = { accountId: string; balance: string; points: string; active: boolean };

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "open-loyalty");
});

async function lookUp(page: Page, account: string) {
  await page.goto("/prepaid");
  await page.getByLabel("Card number").fill(account);
  await page.getByLabel("Entry type").selectOption("K");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByTestId("card-number")).toHaveText(`Card •••• ${account.slice(-4)}`);
}

async function confirm(page: Page, button: string) {
  await page.getByRole("alertdialog").getByRole("button", { name: button }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
}

const row = (page: Page, kind: string) => page.getByTestId("history-row").and(page.locator(`[data-kind="${kind}"]`));

test("activate → top up → pay → tip → void the payment (its tip with it) → issue and redeem points", async ({ page }) => {
  await signIn(page, "operator");
  await lookUp(page, NEW_CARD);

  await page.getByLabel("First name").fill("Robin");
  await page.getByLabel("Last name").fill("Newcard");
  await page.getByRole("button", { name: "Activate card" }).click();
  await expect(page.getByTestId("balance-USD")).toHaveText("0.00 USD");
  await expect(page.getByText("Robin")).toBeVisible();

  await page.getByLabel("Top-up amount").fill("100");
  await page.getByRole("button", { name: "Review top-up" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("100 USD is added to card •••• 8549");
  await confirm(page, "Top up");
  await expect(page.getByTestId("balance-USD")).toHaveText("100.00 USD");

  await page.getByLabel("Payment amount").fill("40.00");
  await page.getByRole("button", { name: "Review payment" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("40.00 USD is taken from card •••• 8549");
  await confirm(page, "Take payment");
  await expect(page.getByTestId("balance-USD")).toHaveText("60.00 USD");

  await row(page, "PAY").getByRole("button", { name: "Add tip" }).click();
  await page.getByRole("alertdialog").getByLabel("Tip amount").fill("5.00");
  await confirm(page, "Add tip");
  await expect(page.getByTestId("balance-USD")).toHaveText("55.00 USD");
  await expect(row(page, "TIP")).toContainText("→ Payment");

  await row(page, "PAY").getByRole("button", { name: "Void" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("and any tips on it go back");
  await confirm(page, "Void");
  // The void gives back the payment and its tip: the balance is the top-up's again.
  await expect(page.getByTestId("balance-USD")).toHaveText("100.00 USD");
  await expect(row(page, "PAY").getByTestId("transaction-status")).toHaveText("voided");
  await expect(row(page, "TIP").getByTestId("transaction-status")).toHaveText("voided");
  await expect(row(page, "VOID")).toContainText("→ Payment");
  await expect(row(page, "PAY")).toContainText("← Void");
  await expect(row(page, "PAY").getByRole("button", { name: "Void" })).toHaveCount(0);

  await page.getByLabel("Points to issue").fill("20");
  await page.getByRole("button", { name: "Review", exact: true }).first().click();
  await confirm(page, "Issue points");
  await expect(page.getByTestId("balance-points")).toHaveText("20");
  await page.getByLabel("Points to redeem").fill("5");
  await page.getByRole("button", { name: "Review", exact: true }).nth(1).click();
  await confirm(page, "Redeem points");
  await expect(page.getByTestId("balance-points")).toHaveText("15");
  await page.screenshot({ path: ".data/test-results/open-loyalty-card.png", fullPage: true });

  await row(page, "VOID").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: /Void/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Payment of 40.00 USD" })).toBeVisible();
  await page.screenshot({ path: ".data/test-results/open-loyalty-void.png", fullPage: true });

  const { cards } = await sandboxControl<{ cards: SandboxCard[] }>(page.request, "open-loyalty", "cards");
  expect(cards.find((c) => c.accountId === NEW_CARD)).toMatchObject({ active: true, balance: "100.00", points: "15" });

  // The overview counts the channel's activity beside the other providers: six transactions, all succeeded.
  await page.goto("/");
  const figures = page.getByTestId("overview-open-loyalty").getByTestId("figure-value");
  await expect(figures.nth(0)).toHaveText("6");
  await expect(figures.nth(1)).toHaveText("6");
  await expect(figures.nth(3)).toHaveText("0");
  await page.getByTestId("overview-open-loyalty").screenshot({ path: ".data/test-results/open-loyalty-overview.png" });
});

test("a viewer looks a card up but cannot pay, and a forged payment is refused and audited", async ({ browser, baseURL, request }) => {
  const operator = await browser.newPage();
  await signIn(operator, "operator");
  await lookUp(operator, EXAMPLE_CARD);
  let captured: { actionId: string; body: string; url: string; routerState: string | undefined } | undefined;
  await operator.route("**/prepaid/card**", async (route) => {
    const headers = route.request().headers();
    if (route.request().method() === "POST" && headers["next-action"]) {
      captured = { actionId: headers["next-action"], body: route.request().postData() ?? "", url: route.request().url(), routerState: headers["next-router-state-tree"] };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await operator.getByLabel("Payment amount").fill("500.00");
  await operator.getByRole("button", { name: "Review payment" }).click();
  await operator.getByRole("alertdialog").getByRole("button", { name: "Take payment" }).click();
  await expect.poll(() => captured).toBeDefined();
  await operator.close();

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await lookUp(viewer, EXAMPLE_CARD);
  await expect(viewer.getByTestId("balance-USD")).toHaveText("1534.10 USD");
  await expect(viewer.getByTestId("balance-points")).toHaveText("53");
  await expect(viewer.getByRole("button", { name: "Review payment" })).toHaveCount(0);
  await expect(viewer.getByTestId("read-only-note")).toBeVisible();
  await viewer.screenshot({ path: ".data/test-results/open-loyalty-viewer.png", fullPage: true });

  const forged = await viewer.request.post(captured!.url, {
    headers: {
      "next-action": captured!.actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseURL!,
      ...(captured!.routerState ? { "next-router-state-tree": captured!.routerState } : {}),
    },
    data: captured!.body,
  });
  const answer = await forged.text();
  expect(answer).toContain("FORBIDDEN");
  expect(answer).not.toContain('"ok":true');
  await viewer.close();

  const { cards } = await sandboxControl<{ cards: SandboxCard[] }>(request, "open-loyalty", "cards");
  expect(cards.find((c) => c.accountId === EXAMPLE_CARD)?.balance).toBe("1534.10");
  const { transactions } = await sandboxControl<{ transactions: unknown[] }>(request, "open-loyalty", "transactions");
  expect(transactions).toHaveLength(0);

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/audit?action=openloyalty.transaction.pay&outcome=DENIED");
  await expect(admin.getByRole("row").filter({ hasText: "viewer@demo.test" }).first()).toBeVisible();
  await admin.close();
});

test("a payment whose answer is lost is reconciled under its own order number, charged once", async ({ page }) => {
  await signIn(page, "operator");
  await lookUp(page, EXAMPLE_CARD);
  await injectFault(page.request, { provider: "open-loyalty", fault: { kind: "lost-response" }, method: "POST", pathIncludes: "giftTransaction", count: 1 });
  await page.getByLabel("Payment amount").fill("34.10");
  await page.getByRole("button", { name: "Review payment" }).click();
  await confirm(page, "Take payment");
  await expect(row(page, "PAY").getByTestId("transaction-status")).toHaveText("unknown");
  // The card is busy until the outcome is known.
  await page.getByLabel("Top-up amount").fill("1");
  await page.getByRole("button", { name: "Review top-up" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Top up" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Reconcile it first");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();

  await row(page, "PAY").getByRole("button", { name: "Reconcile" }).click();
  await expect(row(page, "PAY").getByTestId("transaction-status")).toHaveText("succeeded");
  await expect(page.getByTestId("balance-USD")).toHaveText("1500.00 USD");
  const { transactions } = await sandboxControl<{ transactions: { kind: string }[] }>(page.request, "open-loyalty", "transactions");
  expect(transactions.filter((t) => t.kind === "PAY")).toHaveLength(1);
});
