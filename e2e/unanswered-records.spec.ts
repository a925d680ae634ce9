import { expect, test } from "@playwright/test";
import { signIn } from "./support/auth";
import { injectFault, resetSandbox, sandboxControl } from "./support/sandbox";

/** The Kard sandbox's seeded new-customer persona (lib/providers/kard/testing/personas.ts). */
const NEW_CUSTOMER = "sandbox-sandbox-new-customer";

/**
 * An operator settles records whose answer was lost, where they meet them: a Kard transaction
 * event resent from the transactions list (Kard takes it once), and a Kazawallet transfer
 * resolved on the payouts page with what Kazawallet says (nothing sent again).
 */

test("a Kard event whose answer is lost is resent from the transactions list and counted once", async ({ page }) => {
  await resetSandbox(page.request, "kard");
  await signIn(page, "operator");
  await injectFault(page.request, { provider: "kard", fault: { kind: "lost-response" }, method: "POST", pathIncludes: "/transactions", count: 1 });
  await page.goto("/kard/transactions");
  const transactionId = `e2e-lost-${Date.now()}`;
  // A user Kard knows after the reset above (users other specs enrolled are gone at Kard), filled
  // until the form holds it: a choice made before the page hydrated is reset by React.
  await expect(async () => {
    await page.locator("#tx-userId").selectOption(NEW_CUSTOMER);
    await page.getByLabel("Transaction id").fill(transactionId);
    await page.getByLabel("Merchant / description").fill("Sunrise Coffee Roasters");
    await page.getByLabel("Amount (dollars)").fill("12.50");
    await expect(page.locator("#tx-userId")).toHaveValue(NEW_CUSTOMER, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("button", { name: "Submit transaction" }).click();
  const row = page.getByRole("row").filter({ hasText: transactionId });
  await expect(row.getByTestId("transaction-submission")).toHaveText("unknown", { timeout: 20_000 });

  await row.getByRole("button", { name: "Resend" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`Send ${transactionId} to Kard again?`);
  await expect(dialog).toContainText("never counted twice");
  await page.screenshot({ path: ".data/test-results/kard-resend-confirm.png" });
  await dialog.getByRole("button", { name: "Resend event" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByTestId("transaction-submission")).toHaveText("accepted");
  await expect(row.getByRole("button", { name: "Resend" })).toHaveCount(0);
  await page.screenshot({ path: ".data/test-results/kard-resent.png", fullPage: true });

  const { events } = await sandboxControl<{ events: { transactionId: string }[] }>(page.request, "kard", "state");
  expect(events.filter((e) => e.transactionId === transactionId)).toHaveLength(1);
});

test("a Kazawallet transfer whose answer is lost is resolved on the payouts page with Kazawallet's id, and not sent again", async ({ page, browser }) => {
  await resetSandbox(page.request, "kazawallet");
  await signIn(page, "operator");
  await injectFault(page.request, { provider: "kazawallet", fault: { kind: "lost-response" }, method: "POST", pathIncludes: "/transfer-from-merchant-to-user", count: 1 });
  await page.goto("/wallet/payouts");
  // Filled until the form holds it: a choice made before the page hydrated is reset by React.
  await expect(async () => {
    await page.getByLabel("Kind").selectOption("TRANSFER");
    await page.getByLabel("User email").fill("lost-transfer@example.com");
    await page.getByLabel("Currency").fill("USD");
    await page.getByLabel("Amount").fill("5");
    await expect(page.getByLabel("Kind")).toHaveValue("TRANSFER", { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Send transfer" }).click();
  const row = page.getByTestId("payout-row").filter({ hasText: "lost-transfer@example.com" });
  await expect(row.getByTestId("request-status")).toHaveText("unknown", { timeout: 20_000 });

  // What Kazawallet's support says: it has the transfer, under this id.
  const { transfers } = await sandboxControl<{ transfers: { id: string; email: string }[] }>(page.request, "kazawallet", "state");
  const atKazawallet = transfers.filter((t) => t.email === "lost-transfer@example.com");
  expect(atKazawallet).toHaveLength(1);

  await row.getByRole("button", { name: "Resolve" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Kazawallet says").selectOption("created");
  await dialog.getByLabel("Kazawallet's id").fill(String(atKazawallet[0].id));
  await dialog.getByLabel("Who said so, and when").fill("Kazawallet support chat, ticket 4411");
  await dialog.getByRole("button", { name: "Review resolution" }).click();
  await expect(dialog.getByTestId("resolve-summary")).toContainText(`created this transfer of $5.00 for lost-transfer@example.com as ${atKazawallet[0].id}`);
  await page.screenshot({ path: ".data/test-results/kazawallet-resolve-confirm.png" });
  await dialog.getByRole("button", { name: "Record resolution" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row.getByTestId("request-status")).toHaveText("completed");
  await expect(row).toContainText(String(atKazawallet[0].id));
  await expect(row.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  await page.screenshot({ path: ".data/test-results/kazawallet-resolved.png", fullPage: true });

  const after = await sandboxControl<{ transfers: { email: string }[] }>(page.request, "kazawallet", "state");
  expect(after.transfers.filter((t) => t.email === "lost-transfer@example.com")).toHaveLength(1);

  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/audit?action=kazawallet.request.resolve");
  await expect(admin.getByRole("row").filter({ hasText: "operator@demo.test" }).first()).toBeVisible();
  await admin.close();
});
