import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox, sandboxControl } from "./support/sandbox";

/**
 * Kard console (issue 3): enrol → browse offers → activate (the CTA disappears) → APPROVED then
 * SETTLED for that merchant → both notifications reach the inbox with valid signatures → the
 * earned reward shows on the user page; a viewer browses but cannot enrol or submit.
 */
// An untargeted in-store offer of the sandbox catalogue that must be activated before it pays.
const MERCHANT = "Sunrise Coffee Roasters";

test.describe.configure({ mode: "serial" });

// The sandbox starts subscribed to this console's webhook receiver for every event type.
test.beforeAll(async ({ playwright }, testInfo) => {
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await resetSandbox(api, "kard");
  await api.dispose();
});

async function submitEvent(page: Page, status: "APPROVED" | "SETTLED") {
  await page.getByLabel("Status").selectOption(status);
  await page.getByRole("button", { name: "Submit transaction" }).click();
  await expect(page.getByText(`Kard accepted 1 event(s) — ${status}`)).toBeVisible();
}

test("operator enrols a user, activates an offer, and the settled purchase's reward and signed notifications show up", async ({ page }) => {
  const userId = `e2e-${Date.now()}`;
  await signIn(page, "operator");
  await page.getByRole("link", { name: "Users & offers" }).click();
  await expect(page.getByRole("heading", { name: "Kard users" })).toBeVisible();
  await expect(page.getByTestId("kard-user-row").filter({ hasText: "sandbox-sandbox-new-customer" })).toBeVisible();

  await page.getByRole("button", { name: "Enroll user" }).click();
  await page.getByLabel("User id").fill(userId);
  await page.getByLabel(/^Email/).fill("E2E.Shopper+kard@Example.com");
  await page.getByLabel("Zip code").fill("10011");
  await page.getByRole("button", { name: "Enroll", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/kard/users/${userId}$`));
  await expect(page.getByText("E•••@Example.com")).toBeVisible();
  await expect(page.getByTestId("user-source")).toHaveText("enrolled here");

  // Browse: filter to in-store food offers and find the one that needs activation.
  await page.getByLabel("Category").selectOption("Food & Beverage");
  await page.getByLabel("Purchase channel").selectOption("INSTORE");
  const card = page.getByTestId("offer-card").filter({ hasText: MERCHANT });
  await expect(card).toBeVisible();
  await expect(page.getByTestId("offer-card").filter({ hasNotText: "In store" })).toHaveCount(0);
  await expect(card.getByTestId("offer-base-reward")).toHaveText("10% cash back");
  await expect(card.getByTestId("offer-short-description")).toBeVisible();
  await expect(card.getByTestId("offer-tag").first()).toBeVisible();

  await card.getByTestId("offer-cta").click();
  await expect(page.getByText(`${MERCHANT}: activated.`)).toBeVisible();
  await expect(card.getByTestId("offer-cta")).toHaveCount(0);

  // The offer's detail records a VIEW attribution.
  await card.getByRole("button", { name: `Details of ${MERCHANT}` }).click();
  await expect(page.getByTestId("attribution-status")).toContainText("VIEW attribution recorded");
  await expect(page.getByTestId("offer-detail-tag")).toHaveText("Activated");
  await page.keyboard.press("Escape");

  // A purchase at that merchant, authorised then settled.
  await card.getByRole("link", { name: "Test transaction" }).click();
  await expect(page).toHaveURL(/\/kard\/transactions\?/);
  await expect(page.getByLabel("User", { exact: true })).toHaveValue(userId);
  await expect(page.getByLabel("Merchant / description")).toHaveValue(MERCHANT);
  await page.getByLabel("Amount (dollars)").fill("40.00");
  const transactionId = await page.getByLabel("Transaction id").inputValue();
  await submitEvent(page, "APPROVED");
  await submitEvent(page, "SETTLED");
  const rows = page.getByRole("row").filter({ hasText: transactionId });
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId("transaction-submission").filter({ hasText: "accepted" })).toHaveCount(2);

  // Both notifications reach the inbox, signed with the webhook key.
  await page.getByRole("link", { name: "Webhook inbox" }).click();
  for (const type of ["earnedRewardApproved", "earnedRewardSettled"]) {
    const row = page.getByRole("row").filter({ hasText: type }).filter({ hasText: userId });
    await expect(row).toHaveCount(1, { timeout: 15_000 });
    await expect(row.getByTestId("webhook-signature")).toHaveAttribute("data-status", "VALID");
    await expect(row.getByTestId("webhook-signature")).toHaveText(/valid/i);
  }

  // The reward, and the transaction's status as the notifications left it.
  await page.goto(`/kard/users/${userId}?tab=rewards`);
  const reward = page.getByRole("row").filter({ hasText: transactionId });
  await expect(reward).toContainText(MERCHANT);
  await expect(reward).toContainText("$40.00");
  await expect(reward.getByTestId("reward-user-commission")).toHaveText("$4.00");
  await page.getByRole("tab", { name: "Transactions" }).click();
  await expect(page.getByRole("row").filter({ hasText: transactionId }).getByTestId("transaction-status")).toHaveText(["reward settled", "reward settled"]);
  await page.screenshot({ path: test.info().outputPath("kard-user-transactions.png"), fullPage: true });
});

/** Captures the next server-action POST `page` makes to `path` (aborting it) while `act` runs. */
async function captureAction(page: Page, path: string, act: () => Promise<void>) {
  let captured: { actionId: string; body: string; routerState?: string } | undefined;
  await page.route(`**${path}`, async (route) => {
    const headers = route.request().headers();
    if (route.request().method() === "POST" && headers["next-action"]) {
      captured = { actionId: headers["next-action"], body: route.request().postData() ?? "", routerState: headers["next-router-state-tree"] };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await act();
  await expect.poll(() => captured).toBeDefined();
  return captured!;
}

async function forge(viewer: Page, path: string, baseURL: string, action: { actionId: string; body: string; routerState?: string }) {
  const response = await viewer.request.post(path, {
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

async function operatorActions(browser: Browser) {
  const operator = await browser.newPage();
  await signIn(operator, "operator");
  await operator.goto("/kard/users");
  const enroll = await captureAction(operator, "/kard/users", async () => {
    await operator.getByRole("button", { name: "Enroll user" }).click();
    await operator.getByLabel("User id").fill("forged-user");
    await operator.getByRole("button", { name: "Enroll", exact: true }).click();
  });
  await operator.goto("/kard/transactions?userId=sandbox-sandbox-new-customer&description=Forged");
  const submit = await captureAction(operator, "/kard/transactions**", async () => {
    await operator.getByRole("button", { name: "Submit transaction" }).click();
  });
  await operator.close();
  return { enroll, submit };
}

test("a viewer browses users, offers and transactions but cannot enrol or submit, and forged attempts are refused", async ({ browser, baseURL, request }) => {
  const captured = await operatorActions(browser);

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await viewer.goto("/kard/users");
  await expect(viewer.getByTestId("kard-user-row").filter({ hasText: "sandbox-sandbox-lapsed-customer" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Enroll user" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Unenroll/ })).toHaveCount(0);

  await viewer.getByRole("link", { name: "sandbox-sandbox-new-customer" }).click();
  await expect(viewer.getByTestId("offer-card").first()).toBeVisible();
  await expect(viewer.getByTestId("offer-cta")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Edit" })).toHaveCount(0);

  await viewer.goto("/kard/transactions");
  await expect(viewer.getByTestId("read-only-notice")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Submit transaction" })).toHaveCount(0);
  await expect(viewer.getByRole("heading", { name: "Sent to Kard" })).toBeVisible();

  for (const [path, action] of [
    ["/kard/users", captured.enroll],
    ["/kard/transactions", captured.submit],
  ] as const) {
    const answer = await forge(viewer, path, baseURL!, action);
    expect(answer).toContain("FORBIDDEN");
    expect(answer).not.toContain('"ok":true');
  }
  await viewer.close();

  // Nothing reached Kard: no user "forged-user", no transaction described "Forged".
  const state = await sandboxControl<{ users: { id: string }[]; events: { description: string }[] }>(request, "kard", "state");
  expect(state.users.map((u) => u.id)).not.toContain("forged-user");
  expect(state.events.filter((e) => e.description === "Forged")).toHaveLength(0);

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  for (const action of ["kard.user.enroll", "kard.transaction.submit"]) {
    await admin.goto(`/audit?action=${action}&outcome=DENIED`);
    await expect(admin.getByRole("row").filter({ hasText: "viewer@demo.test" }).first()).toBeVisible();
  }
  await admin.close();
});
