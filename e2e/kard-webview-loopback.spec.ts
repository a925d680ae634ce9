import { expect, test as base } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox } from "./support/sandbox";

/**
 * The console opened at 127.0.0.1 instead of the `localhost` of its APP_URL: the WebView preview
 * still renders (the sandbox WebView's frame-ancestors take the loopback aliases of the console's
 * origin) and the console and the WebView still exchange their location messages.
 */
const test = base.extend({
  baseURL: async ({ baseURL }, provide) => provide(baseURL!.replace("//localhost:", "//127.0.0.1:")),
});

const NEW_CUSTOMER = "sandbox-sandbox-new-customer";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kard");
});

test("the WebView preview renders and answers the location request when the console is opened at 127.0.0.1", async ({ page, baseURL }, testInfo) => {
  expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors|Refused to frame/i.test(message.text())) refused.push(message.text());
  });

  await signIn(page, "operator");
  expect(new URL(page.url()).origin).toBe(baseURL);
  await page.getByRole("link", { name: "WebView preview" }).click();
  await page.getByLabel("Show the WebView for").selectOption(NEW_CUSTOMER);

  const frame = page.frameLocator('iframe[title="Kard Rewards WebView"]');
  await expect(frame.getByTestId("offer-card").first()).toBeVisible();
  // The WebView asked its container for the location and got the console's answer.
  await expect(frame.getByTestId("rewards-nearby-section")).toContainText(/\d+ offer locations within 10 miles/);
  expect(refused).toEqual([]);

  await page.getByRole("tab", { name: "Location" }).click();
  const log = page.getByTestId("message-log-entry");
  await expect(log.filter({ hasText: "REQUEST_LOCATION from" }).first()).toBeVisible();
  await expect(log.filter({ hasText: "LOCATION_RESPONSE →" }).first()).toBeVisible();
  await expect(log.filter({ hasText: "Ignored a message" })).toHaveCount(0);

  await page.getByTestId("device-frame").evaluate((device) => device.scrollIntoView({ block: "end" }));
  await testInfo.attach("preview-at-127.0.0.1", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  await page.screenshot({ path: testInfo.outputPath("preview-at-127.0.0.1.png"), fullPage: true });
});
