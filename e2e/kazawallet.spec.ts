import { expect, test, type Page, type Request } from "@playwright/test";
import { signIn } from "./support/auth";
import { injectFault, resetSandbox, sandboxControl } from "./support/sandbox";

type SandboxState = {
  cards: { cardId: string; email: string; status: string; balance: string }[];
  links: { orderId: string; status: string }[];
};
type Deliveries = { deliveries: { body: { event?: string; order_id?: string }; status: number | null }[] };

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kazawallet");
});

const shot = (page: Page, name: string) => page.screenshot({ path: `.data/test-results/kazawallet-${name}.png`, fullPage: true });

/** A server action request as the browser sent it, to replay later (a forged or repeated call). */
type CapturedAction = { actionId: string; body: string; routerState?: string; path: string };

function capture(page: Page, matches: (body: string) => boolean): () => CapturedAction | undefined {
  let captured: CapturedAction | undefined;
  page.on("request", (req: Request) => {
    const headers = req.headers();
    const body = req.postData() ?? "";
    if (!captured && req.method() === "POST" && headers["next-action"] && matches(body)) {
      captured = { actionId: headers["next-action"], body, routerState: headers["next-router-state-tree"], path: new URL(req.url()).pathname };
    }
  });
  return () => captured;
}

async function replay(page: Page, baseURL: string, action: CapturedAction): Promise<string> {
  const response = await page.request.post(action.path, {
    headers: {
      "next-action": action.actionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseURL,
      ...(action.routerState ? { "next-router-state-tree": action.routerState } : {}),
    },
    data: action.body,
  });
  return response.text();
}

async function issuePlusCard(page: Page, email: string, amount: string) {
  await page.goto("/wallet");
  await page.getByRole("button", { name: "Issue card" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("User email").fill(email);
  await dialog.getByLabel("Tier").selectOption("plus");
  await dialog.getByLabel("Initial top-up (USD)").fill(amount);
  await expect(dialog.getByTestId("issue-fee-preview")).toHaveText("$5.00");
  await expect(dialog.getByTestId("issue-total-preview")).toHaveText("$106.50");
  await dialog.getByRole("button", { name: "Review issue" }).click();
  await dialog.getByRole("button", { name: "Confirm issue" }).click();
  await expect(page).toHaveURL(/\/wallet\/cards\/[^/]+$/);
  await expect(page.getByTestId("card-status")).toHaveText("active");
}

async function topUp(page: Page, amount: string) {
  await page.getByLabel("Top-up amount (USD)").fill(amount);
  await page.getByRole("button", { name: "Top up", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Confirm top-up" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
}

test("an operator issues a plus card, tops it up, locks and unlocks it, sees a purchase and validates a 3DS payment, then cancels it", async ({ page, baseURL }) => {
  await signIn(page, "operator");
  await issuePlusCard(page, "holder@example.com", "100");
  await expect(page.getByTestId("card-balance")).toHaveText("$100.00");
  const { cards } = await sandboxControl<SandboxState>(page.request, "kazawallet", "state");
  const cardId = cards[0].cardId;

  const topUpCall = capture(page, (body) => body.includes('"amount":"25"'));
  await topUp(page, "25");
  await expect(page.getByTestId("card-balance")).toHaveText("$125.00");
  await expect(page.getByTestId("top-up-status")).toHaveText("succeeded");

  await page.getByRole("button", { name: "Lock card" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Lock card" }).click();
  await expect(page.getByTestId("card-status")).toHaveText("locked");
  await page.getByRole("button", { name: "Unlock card" }).click();
  await expect(page.getByTestId("card-status")).toHaveText("active");

  // A purchase at Kazawallet: its CC_CONSUME webhook reaches the console and is confirmed against the API.
  await sandboxControl(page.request, "kazawallet", "purchase", { cardId, amount: "12.50", merchantName: "Coffee Bar" });
  const { deliveries } = await sandboxControl<Deliveries>(page.request, "kazawallet", "deliveries");
  expect(deliveries.filter((d) => d.body.event === "CC_CONSUME").map((d) => d.status)).toEqual([200]);
  await page.reload();
  const purchase = page.getByTestId("card-transaction").filter({ hasText: "Coffee Bar" });
  await expect(purchase).toContainText("Consumption");
  await expect(purchase).toContainText("Expense");
  await expect(purchase).toContainText("Successful");
  await expect(page.getByTestId("card-balance")).toHaveText("$112.50");
  await expect(page.getByTestId("spend-chart")).toContainText("12.50");

  // A purchase needing 3DS: the confirmed 3DS_CONFIRM event waits for staff, who validate it.
  await sandboxControl(page.request, "kazawallet", "purchase", { cardId, amount: "20", merchantName: "Shoe Shop", threeDS: true });
  await page.reload();
  const pending = page.getByTestId("three-ds-item");
  await expect(pending).toContainText("Shoe Shop");
  await expect(pending.getByTestId("three-ds-time-left")).toContainText("min left");
  await shot(page, "card-detail");
  await pending.getByRole("button", { name: "Validate 3DS" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Validate payment" }).click();
  await expect(page.getByTestId("three-ds-item")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("card-balance")).toHaveText("$92.50");
  await expect(page.getByTestId("card-transaction").filter({ hasText: "Shoe Shop" })).toContainText("Successful");

  await page.getByRole("button", { name: "Cancel card" }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByRole("textbox").fill("CANCEL");
  await confirm.getByRole("button", { name: "Cancel card" }).click();
  await expect(page.getByTestId("card-status")).toHaveText("cancelled");
  await expect(page.getByLabel("Top-up amount (USD)")).toHaveCount(0);

  // The top-up sent again to the cancelled card is refused by Kazawallet; the balance stays returned.
  const answer = await replay(page, baseURL!, topUpCall()!);
  expect(answer).toContain("Card is cancelled: cannot top up");
  const after = await sandboxControl<SandboxState>(page.request, "kazawallet", "state");
  expect(after.cards[0]).toMatchObject({ status: "cancelled", balance: "0.00" });
  await page.goto("/wallet");
  await expect(page.getByTestId("card-row").filter({ hasText: "holder@example.com" }).getByTestId("card-status")).toHaveText("cancelled");
  await shot(page, "cards-list");
});

test("a payment link is created and marked paid from its webhook", async ({ page }) => {
  await signIn(page, "operator");
  await page.goto("/wallet/payment-links");
  await page.getByLabel("Amount").fill("25.50");
  await page.getByLabel("Payer email").fill("payer@example.com");
  await page.getByLabel("Reference (optional)").fill("order-1");
  await page.getByRole("button", { name: "Create link" }).click();
  const row = page.getByTestId("payment-link-row").filter({ hasText: "order-1" });
  await expect(row.getByTestId("payment-link-status")).toHaveText("pending");
  await expect(row.getByRole("button", { name: "Copy link" })).toBeVisible();

  const { links } = await sandboxControl<SandboxState>(page.request, "kazawallet", "state");
  await sandboxControl(page.request, "kazawallet", "pay-link", { orderId: links[0].orderId, status: "fulfilled" });
  await page.reload();
  await expect(row.getByTestId("payment-link-status")).toHaveText("fulfilled");
  await shot(page, "payment-links");
});

test("a support user can lock a card but cannot issue or top up, and a forged issue is refused and audited", async ({ browser, baseURL }) => {
  const operator = await browser.newPage();
  await signIn(operator, "operator");
  const issueCall = capture(operator, (body) => body.includes("support-target@example.com"));
  await issuePlusCard(operator, "support-target@example.com", "100");
  const cardUrl = operator.url();
  await operator.close();

  const support = await browser.newPage();
  await signIn(support, "support");
  await support.goto("/wallet");
  await expect(support.getByRole("button", { name: "Issue card" })).toHaveCount(0);
  await support.goto(cardUrl);
  await expect(support.getByLabel("Top-up amount (USD)")).toHaveCount(0);
  await expect(support.getByRole("button", { name: "Cancel card" })).toHaveCount(0);
  await support.getByRole("button", { name: "Lock card" }).click();
  await support.getByRole("alertdialog").getByRole("button", { name: "Lock card" }).click();
  await expect(support.getByTestId("card-status")).toHaveText("locked");

  const answer = await replay(support, baseURL!, issueCall()!);
  expect(answer).toContain("FORBIDDEN");
  expect(answer).not.toContain('"ok":true');
  const state = await sandboxControl<SandboxState>(support.request, "kazawallet", "state");
  expect(state.cards.filter((c) => c.email === "support-target@example.com")).toHaveLength(1);
  await support.close();

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/audit?action=kazawallet.card.issue&outcome=DENIED");
  await expect(admin.getByRole("row").filter({ hasText: "support@demo.test" }).first()).toBeVisible();
  await admin.close();
});

test("a withdrawal form is built from the method's fields and follows its webhook; a gift code is shown once, then masked; balances and the overview show Kazawallet", async ({ page }) => {
  await signIn(page, "operator");
  await page.goto("/wallet/payouts");
  await expect(page.getByLabel("TRC20 wallet address")).toBeVisible();
  await page.getByLabel("User email").fill("payee@example.com");
  await page.getByLabel("Currency").fill("USDT");
  await page.getByLabel("Amount").fill("10");
  await page.getByLabel("TRC20 wallet address").fill("TXsandboxAddress");
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Send withdrawal" }).click();
  const row = page.getByTestId("payout-row").filter({ hasText: "payee@example.com" });
  await expect(row.getByTestId("request-status")).toHaveText("pending");
  const { requests } = await sandboxControl<{ requests: { transactionId: string }[] }>(page.request, "kazawallet", "state");
  await sandboxControl(page.request, "kazawallet", "complete-request", { transactionId: requests[0].transactionId, status: "completed" });
  await page.reload();
  await expect(row.getByTestId("request-status")).toHaveText("completed");
  await expect(row).toContainText("completed (webhook");
  await shot(page, "payouts");

  await page.goto("/wallet/gift-codes");
  await page.getByLabel("Amount").fill("20");
  await page.getByRole("button", { name: "Create gift code" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Create code" }).click();
  const code = (await page.getByTestId("gift-code").textContent())!;
  expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
  await expect(page.getByTestId("gift-expiry")).toContainText(String(new Date().getFullYear() + 1));
  await page.reload();
  await expect(page.getByTestId("gift-code")).toHaveCount(0);
  await expect(page.getByTestId("gift-code-masked").first()).toHaveText(`****${code.slice(-4)}`);
  await expect(page.locator("body")).not.toContainText(code);
  await shot(page, "gift-codes");

  await page.goto("/wallet/balances");
  await expect(page.getByTestId("wallet-balance").filter({ hasText: "SYP" })).toBeVisible();
  await expect(page.getByTestId("wallet-balance").filter({ hasText: "USDT" })).toContainText("9,990");
  await page.goto("/");
  await expect(page.getByTestId("overview-kazawallet")).toBeVisible();
  await shot(page, "overview");
});

test("an issue whose answer is lost stays UNKNOWN until reconciliation links the one card Kazawallet made", async ({ page }) => {
  await signIn(page, "operator");
  await injectFault(page.request, { provider: "kazawallet", fault: { kind: "lost-response" }, pathIncludes: "/wallet-cards/create-then-topup", count: 1 });
  await page.goto("/wallet");
  await page.getByRole("button", { name: "Issue card" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("User email").fill("lost-answer@example.com");
  await dialog.getByLabel("Initial top-up (USD)").fill("30");
  await dialog.getByRole("button", { name: "Review issue" }).click();
  await dialog.getByRole("button", { name: "Confirm issue" }).click();
  await expect(page).toHaveURL(/\/wallet\/cards\/[^/]+$/, { timeout: 20_000 });
  await expect(page.getByTestId("card-status")).toHaveText("unknown");
  await expect(page.getByTestId("card-note")).toContainText("not known whether the card exists");
  await expect(page.getByRole("button", { name: "Send the issue again" })).toHaveCount(0);
  await page.getByRole("button", { name: "Reconcile with Kazawallet" }).click();
  await expect(page.getByTestId("card-status")).toHaveText("active");
  await expect(page.getByTestId("card-balance")).toHaveText("$30.00");
  const { cards } = await sandboxControl<SandboxState>(page.request, "kazawallet", "state");
  expect(cards.filter((c) => c.email === "lost-answer@example.com")).toHaveLength(1);
});
