import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox, sandboxControl } from "./support/sandbox";

const EVENT_TYPES = 7;
const ORG = "/sandbox/kard/v2/issuers/org_sandbox";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kard");
});

/** Runs "Point all event types at this console" and checks the summary it shows. */
async function pointAllAtConsole(page: Page, summary: string) {
  await page.getByRole("button", { name: "Point all event types at this console" }).click();
  await page.getByRole("button", { name: "Point all here" }).click();
  await expect(page.getByTestId("point-all-result")).toContainText(summary);
}

interface SandboxSubscription {
  eventName: string;
  webhookUrl: string;
  enabled: boolean;
}

const sandboxSubscriptions = async (request: APIRequestContext) =>
  (await sandboxControl<{ subscriptions: SandboxSubscription[] }>(request, "kard", "state")).subscriptions;

/** Every row points at this console's receiver and is switched on. */
async function expectAllAtConsole(page: Page, consoleUrl: string) {
  const rows = page.getByTestId("subscription-row");
  await expect(rows).toHaveCount(EVENT_TYPES);
  for (const row of await rows.all()) {
    await expect(row).toContainText(consoleUrl);
    await expect(row.getByText("this console")).toBeVisible();
    await expect(row.getByRole("switch")).toBeChecked();
  }
}

test("a new sandbox console is subscribed to itself; an admin switches one off, points one elsewhere, and points all back", async ({ page, request, baseURL }) => {
  await signIn(page, "admin");
  await page.goto("/kard/subscriptions");
  const consoleUrl = `${baseURL}/api/webhooks/kard`;
  await expect(page.getByTestId("console-webhook-url")).toHaveText(consoleUrl);
  await expectAllAtConsole(page, consoleUrl);
  await page.screenshot({ path: test.info().outputPath("subscriptions.png"), fullPage: true });

  // Pointing all at the console changes nothing on a new sandbox.
  await pointAllAtConsole(page, `0 created, 0 updated, ${EVENT_TYPES} unchanged`);

  await page.getByRole("switch", { name: "clawback enabled" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(`Kard stops sending clawback notifications to ${consoleUrl}`);
  await page.getByRole("button", { name: "Switch off" }).click();
  await expect(page.getByRole("switch", { name: "clawback enabled" })).not.toBeChecked();
  const atKard = await sandboxSubscriptions(request);
  expect(atKard).toHaveLength(EVENT_TYPES);
  expect(atKard.filter((s) => !s.enabled).map((s) => s.eventName)).toEqual(["clawback"]);
  expect(atKard.every((s) => s.webhookUrl === consoleUrl)).toBe(true);

  // Pointing one elsewhere: plain http is refused for anything but localhost.
  await page.getByRole("button", { name: "Change URL of auditUpdate" }).click();
  const url = page.getByRole("dialog").getByLabel("Webhook URL");
  await url.fill("http://audits.example/kard");
  await page.getByRole("button", { name: "Save URL" }).click();
  await expect(page.getByRole("dialog")).toContainText("Use an https URL");
  await url.fill("https://audits.example/kard");
  await page.getByRole("button", { name: "Save URL" }).click();
  const audits = page.locator('[data-testid="subscription-row"][data-event="auditUpdate"]');
  await expect(audits).toContainText("https://audits.example/kard");
  await expect(audits.getByText("this console")).toHaveCount(0);

  // Both come back with one click.
  await pointAllAtConsole(page, `0 created, 2 updated, ${EVENT_TYPES - 2} unchanged`);
  await expectAllAtConsole(page, consoleUrl);
  expect((await sandboxSubscriptions(request)).every((s) => s.webhookUrl === consoleUrl && s.enabled)).toBe(true);

  await page.goto("/audit?action=kard.subscription.update&outcome=SUCCEEDED");
  await expect(page.getByRole("row").filter({ hasText: "kard-subscription:clawback" }).first()).toBeVisible();
});

test("an issuer starting without subscriptions points every event type at the console in one step", async ({ page, request, baseURL }) => {
  await sandboxControl(request, "kard", "clear-subscriptions");
  await signIn(page, "admin");
  await page.goto("/kard/subscriptions");
  await expect(page.getByText("No subscriptions")).toBeVisible();
  await pointAllAtConsole(page, `${EVENT_TYPES} created, 0 updated, 0 unchanged`);
  await expectAllAtConsole(page, `${baseURL}/api/webhooks/kard`);
  await pointAllAtConsole(page, `0 created, 0 updated, ${EVENT_TYPES} unchanged`);
});

test("an operator sees the subscriptions without any control, and a forged change is refused", async ({ browser, baseURL, request }) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/kard/subscriptions");
  // Capture a genuine "switch off" server action request, without letting it through.
  let captured: { actionId: string; body: string; routerState: string | undefined } | undefined;
  await admin.route("**/kard/subscriptions", async (route) => {
    const headers = route.request().headers();
    if (route.request().method() === "POST" && headers["next-action"]) {
      captured = { actionId: headers["next-action"], body: route.request().postData() ?? "", routerState: headers["next-router-state-tree"] };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await admin.getByRole("switch", { name: "earnedRewardSettled enabled" }).click();
  await admin.getByRole("button", { name: "Switch off" }).click();
  await expect.poll(() => captured).toBeDefined();
  await admin.close();

  const operator = await browser.newPage();
  await signIn(operator, "operator");
  await operator.goto("/kard/subscriptions");
  await expect(operator.getByTestId("subscription-row")).toHaveCount(EVENT_TYPES);
  await expect(operator.getByRole("switch")).toHaveCount(0);
  await expect(operator.getByRole("button", { name: /Point all|New subscription|Change URL/ })).toHaveCount(0);
  await expect(operator.getByTestId("subscription-row").first().getByText("on", { exact: true })).toBeVisible();
  await operator.screenshot({ path: test.info().outputPath("subscriptions-operator.png"), fullPage: true });

  const forged = await operator.request.post("/kard/subscriptions", {
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
  await operator.close();

  expect((await sandboxSubscriptions(request)).every((s) => s.enabled)).toBe(true);
  const auditor = await browser.newPage();
  await signIn(auditor, "admin");
  await auditor.goto("/audit?action=kard.subscription.update&outcome=DENIED");
  await expect(auditor.getByRole("row").filter({ hasText: "operator@demo.test" }).first()).toBeVisible();
  await auditor.close();
});

/** Sends a card purchase to the sandbox's API as an issuer's backend would. */
async function sendPurchase(request: APIRequestContext, transactionId: string, status: "APPROVED" | "SETTLED") {
  const auth = await request.post("/sandbox/kard/v2/auth/token", {
    headers: { authorization: `Basic ${Buffer.from("kard_sandbox_client:kard_sandbox_secret").toString("base64")}` },
    form: { grant_type: "client_credentials" },
  });
  expect(auth.ok()).toBeTruthy();
  const { access_token: token } = (await auth.json()) as { access_token: string };
  const at = new Date().toISOString();
  const sent = await request.post(`${ORG}/transactions`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      data: [
        {
          type: "transaction",
          id: `${transactionId}-${status}`,
          attributes: {
            userId: "sandbox-sandbox-new-customer",
            amount: 10000,
            status,
            currency: "USD",
            description: "BaaS Pro Shops",
            cardBIN: "123456",
            cardLastFour: "4321",
            direction: "DEBIT",
            paymentType: "CARD",
            transactionId,
            authorizationDate: at,
            ...(status === "SETTLED" ? { settledDate: at } : {}),
          },
        },
      ],
    },
  });
  expect(sent.status()).toBe(202);
}

test("support lists the reconciliation files, downloads one and compares it with the webhooks received", async ({ browser, request }) => {
  const transactionId = `e2e-${Date.now()}`;
  await sendPurchase(request, transactionId, "APPROVED");
  await sendPurchase(request, transactionId, "SETTLED");
  // Waits for the sandbox's deliveries to this console's webhook route, then publishes today's files.
  const { data: notifications } = await sandboxControl<{ data: { type: string; status: string }[] }>(request, "kard", "notifications");
  expect(notifications.map((n) => [n.type, n.status])).toEqual([
    ["earnedRewardApproved", "delivered"],
    ["earnedRewardSettled", "delivered"],
  ]);
  const today = new Date().toISOString().slice(0, 10);
  await sandboxControl(request, "kard", "generate-files", { date: today });

  const page = await browser.newPage();
  await signIn(page, "support");
  await page.goto("/kard/files");
  await expect(page.getByTestId("file-row").first()).toBeVisible();
  await page.getByLabel("Type").selectOption("earnedRewardSettledDailyReconciliationFile");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=earnedRewardSettledDailyReconciliationFile/);
  const fileName = `cardlinked-reconciliation-${today.slice(2).replace(/-/g, "")}-settled.json`;
  const row = page.getByTestId("file-row").filter({ hasText: fileName });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("file-row").filter({ hasText: "approved" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("files.png"), fullPage: true });

  const download = await page.request.get((await row.getByRole("link", { name: `Download ${fileName}` }).getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="${fileName}"`);
  expect(await download.text()).toContain(transactionId);

  await row.getByRole("link", { name: fileName, exact: true }).click();
  await expect(page.getByRole("heading", { name: fileName })).toBeVisible();
  await expect(page.getByTestId("count-matched")).toContainText("1");
  for (const status of ["amountMismatch", "fileOnly", "webhookOnly"]) await expect(page.getByTestId(`count-${status}`)).toContainText("0");
  await expect(page.locator(".recharts-surface")).toBeVisible();
  const line = page.getByRole("row").filter({ hasText: transactionId });
  await expect(line).toContainText("Matched");
  await expect(line).toContainText("$20.00");
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("comparison.png"), fullPage: true });
  await page.close();
});

// After the files test: its comparison counts every webhook this console received today.
test("a new sandbox console shows Kard's webhook of one settled transaction in its inbox, with no subscription step", async ({ page, request, baseURL }) => {
  const transactionId = `e2e-settled-${Date.now()}`;
  await sendPurchase(request, transactionId, "SETTLED");
  const { data: notifications } = await sandboxControl<{ data: { type: string; status: string; deliveries: { url: string; httpStatus?: number }[] }[] }>(request, "kard", "notifications");
  expect(notifications.map((n) => [n.type, n.status])).toEqual([["earnedRewardSettled", "delivered"]]);
  expect(notifications[0].deliveries.map((d) => [d.url, d.httpStatus])).toEqual([[`${baseURL}/api/webhooks/kard`, 200]]);

  await signIn(page, "operator");
  await page.getByRole("link", { name: "Webhook inbox" }).click();
  const row = page.getByRole("row").filter({ hasText: "earnedRewardSettled" }).filter({ hasText: transactionId });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("sandbox-sandbox-new-customer");
  await expect(row.getByTestId("webhook-signature")).toHaveAttribute("data-status", "VALID");
  await expect(row.getByTestId("webhook-status")).toHaveText(/applied/i);
  await page.screenshot({ path: test.info().outputPath("inbox-default-subscription.png"), fullPage: true });
});
