import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox, sandboxControl } from "./support/sandbox";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "ktn");
});

test("a viewer browses the catalogue without a purchase button, and a forged purchase is refused and audited", async ({ browser, baseURL, request }) => {
  // Capture a genuine purchase server-action request as an operator, without letting it through.
  const operator = await browser.newPage();
  await signIn(operator, "operator");
  await operator.goto("/gift-cards");
  let captured: { actionId: string; body: string; routerState: string | undefined } | undefined;
  await operator.route("**/gift-cards", async (route) => {
    const headers = route.request().headers();
    if (route.request().method() === "POST" && headers["next-action"]) {
      captured = { actionId: headers["next-action"], body: route.request().postData() ?? "", routerState: headers["next-router-state-tree"] };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await operator.getByLabel("Search").fill("Rewarble");
  await operator.getByTestId("catalogue-card").filter({ hasText: "Rewarble VISA Global US" }).getByRole("button", { name: /^Buy/ }).click();
  await operator.getByLabel(/^Amount/).fill("10");
  await operator.getByRole("button", { name: "Review purchase" }).click();
  await operator.getByRole("button", { name: "Confirm purchase" }).click();
  await expect.poll(() => captured).toBeDefined();
  await operator.close();

  const viewer = await browser.newPage();
  await signIn(viewer, "viewer");
  await viewer.goto("/gift-cards");
  await expect(viewer.getByTestId("catalogue-card").first()).toBeVisible();
  await expect(viewer.getByRole("button", { name: /^Buy/ })).toHaveCount(0);

  const forged = await viewer.request.post("/gift-cards", {
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

  // Nothing reached KTN (the sandbox was reset: only its seeded example order remains), and the
  // refusal is in the audit history.
  const { orders } = await sandboxControl<{ orders: { idempotencyKey: string | null }[] }>(request, "ktn", "orders");
  expect(orders.filter((o) => o.idempotencyKey)).toHaveLength(0);
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/audit?action=ktn.order.purchase&outcome=DENIED");
  await expect(admin.getByRole("row").filter({ hasText: "viewer@demo.test" }).first()).toBeVisible();
  await admin.close();
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, "support");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/gift-cards");
  await expect(page).toHaveURL(/\/login/);
});
