import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { signIn } from "./support/auth";
import { resetSandbox } from "./support/sandbox";

/**
 * The Kard Rewards WebView preview: the sandbox WebView in the console's device frame, themed
 * from the editor, with the console answering its REQUEST_LOCATION.
 */
const NEW_CUSTOMER = "sandbox-sandbox-new-customer";

test.beforeEach(async ({ request }) => {
  await resetSandbox(request, "kard");
});

const webview = (page: Page) => page.frameLocator('iframe[title="Kard Rewards WebView"]');

async function openPreview(page: Page) {
  await signIn(page, "operator");
  await page.getByRole("link", { name: "WebView preview" }).click();
  await expect(page.getByRole("heading", { name: "WebView preview" })).toBeVisible();
  await page.getByLabel("Show the WebView for").selectOption(NEW_CUSTOMER);
  await expect(webview(page).getByTestId("offer-card").first()).toBeVisible();
}

/**
 * Scrolls the console until the whole device is on screen, as a person would. Needed before
 * tapping the WebView's tab bar: it is `position: fixed` inside the frame, so Chromium cannot
 * scroll it into view from within.
 */
async function showDevice(page: Page) {
  await page.getByTestId("device-frame").evaluate((frame) => frame.scrollIntoView({ block: "end" }));
}

async function tapTab(page: Page, view: "rewards" | "offers" | "nearby") {
  await showDevice(page);
  await webview(page).locator(`nav [data-go='${view}']`).click();
}

/** Attaches a screenshot of the device, after checking that all of it fits in the window. */
async function attachFrame(page: Page, testInfo: TestInfo, name: string) {
  await showDevice(page);
  const box = (await page.getByTestId("device-frame").boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  await testInfo.attach(name, { body: await page.getByTestId("device-frame").screenshot(), contentType: "image/png" });
}

test("preview a persona, brand it, switch to dark, answer the location request with a point and then an error", async ({ page, baseURL }, testInfo) => {
  const consoleOrigin = new URL(baseURL!).origin;
  await openPreview(page);
  const frame = webview(page);
  const nearbySection = frame.getByTestId("rewards-nearby-section");

  // The WebView asked for the location on load; the console answered with New York.
  await expect(nearbySection).toContainText(/\d+ offer locations within 10 miles/);
  await expect(nearbySection.getByTestId("map-marker").first()).toBeVisible();
  await attachFrame(page, testInfo, "iphone-frame");

  await page.getByLabel("Light mode: primary", { exact: true }).fill("#c2185b");
  await page.getByLabel("Offers page title").fill("Offres spéciales");
  await expect(frame.locator("nav [data-go='offers']")).toHaveText("Offres spéciales");
  await expect(frame.locator("nav [aria-current='page']")).toHaveCSS("color", "rgb(194, 24, 91)");
  await expect(page.getByTestId("encoded-theme")).not.toHaveText(/no overrides/);

  await page.getByLabel("Theme mode").selectOption("dark");
  await expect(frame.locator("html")).toHaveAttribute("data-mode", "dark");
  await expect(frame.locator("body")).toHaveCSS("background-color", "rgb(26, 26, 26)");
  await expect(frame.locator("nav [aria-current='page']")).toHaveCSS("color", "rgb(77, 166, 255)");
  await expect(frame.locator("nav [data-go='offers']")).toHaveText("Offres spéciales");

  // The reloaded frame asked again and got New York: the nearby-offers page lists the locations.
  await expect(nearbySection).toContainText(/\d+ offer locations within 10 miles/);
  await tapTab(page, "nearby");
  await expect(frame.locator("[data-view='nearby'] [data-testid='nearby-location']").first()).toContainText("New York, NY");

  await page.getByRole("tab", { name: "Location" }).click();
  const log = page.getByTestId("message-log-entry");
  await expect(log.filter({ hasText: `REQUEST_LOCATION from ${consoleOrigin}` }).first()).toBeVisible();
  await expect(log.filter({ hasText: `LOCATION_RESPONSE → ${consoleOrigin}` }).first()).toBeVisible();

  await page.getByLabel("An error (ERROR)").check();
  await page.getByLabel("Error text sent in").fill("Location permission not granted");
  await page.getByRole("button", { name: "Send this answer now" }).click();
  await expect(frame.locator("[data-view='nearby'] [data-nearby-status]")).toHaveText("Location permission not granted");
  await expect(frame.locator("[data-view='nearby'] [data-testid='nearby-location']")).toHaveCount(0);
  await expect(log.filter({ hasText: `ERROR → ${consoleOrigin}` })).toHaveCount(1);

  await tapTab(page, "rewards");
  await page.getByRole("button", { name: "Android" }).click();
  await expect(webview(page).getByTestId("offer-card").first()).toBeVisible();
  await attachFrame(page, testInfo, "android-frame");
  await page.getByRole("button", { name: "Desktop" }).click();
  await expect(webview(page).getByTestId("offer-card").first()).toBeVisible();
  await attachFrame(page, testInfo, "desktop-frame");
});

test("messages posted from a foreign origin are ignored by the WebView and by the console", async ({ page }) => {
  const ignoredByWebview: string[] = [];
  page.on("console", (message) => {
    if (message.text().startsWith("[kard-webview] ignored a message")) ignoredByWebview.push(message.text());
  });
  // A page on another origin that targets the WebView frame (frames[0]) and the console with
  // otherwise valid messages (https: the console's CSP lets it frame only itself and https pages).
  await page.route("https://foreign.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<script>
        const webview = window.parent.frames[0];
        webview.postMessage({ type: "LOCATION_RESPONSE", payload: { ok: true, coords: { latitude: 37.7749, longitude: -122.4194, accuracy: 5, altitude: null, heading: null, speed: null }, timestamp: Date.now() } }, "*");
        webview.postMessage({ type: "ERROR", payload: { ok: false, error: "Injected by a foreign origin" } }, "*");
        window.parent.postMessage({ type: "REQUEST_LOCATION" }, "*");
      </script>`,
    }),
  );

  await openPreview(page);
  const nearbySection = webview(page).getByTestId("rewards-nearby-section");
  await expect(nearbySection).toContainText(/\d+ offer locations within 10 miles/);
  const before = await nearbySection.innerText();

  await page.evaluate(() => {
    const foreign = document.createElement("iframe");
    foreign.src = "https://foreign.test/attack.html";
    foreign.hidden = true;
    document.body.append(foreign);
  });

  await expect.poll(() => ignoredByWebview.length).toBe(2);
  expect(ignoredByWebview[0]).toContain("https://foreign.test");
  await expect(nearbySection).not.toContainText("Injected");
  expect(await nearbySection.innerText()).toBe(before);

  await page.getByRole("tab", { name: "Location" }).click();
  const log = page.getByTestId("message-log-entry");
  await expect(log.filter({ hasText: "Ignored a message from https://foreign.test: not the WebView's origin" })).toHaveCount(1);
  await expect(log.filter({ hasText: "REQUEST_LOCATION from" })).toHaveCount(1);
  await expect(log.filter({ hasText: "LOCATION_RESPONSE →" })).toHaveCount(1);
});

test("save the current theme, apply it after a reset, and delete it", async ({ page }) => {
  await openPreview(page);
  await page.getByLabel("Rewards page title").fill("Mes récompenses");
  await page.getByRole("tab", { name: "Saved themes" }).click();
  await page.getByLabel("Save the current theme as").fill("E2E brand");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("saved-theme").filter({ hasText: "E2E brand" })).toBeVisible();

  await page.getByRole("tab", { name: "Theme", exact: true }).click();
  await page.getByRole("button", { name: "Reset to Kard's defaults" }).click();
  await expect(webview(page).locator("[data-page-title]")).toHaveText("Rewards");
  await page.getByRole("tab", { name: "Saved themes" }).click();
  await page.getByTestId("saved-theme").filter({ hasText: "E2E brand" }).getByRole("button", { name: "Apply" }).click();
  await expect(webview(page).locator("[data-page-title]")).toHaveText("Mes récompenses");

  await page.getByRole("button", { name: "Delete the theme E2E brand" }).click();
  await page.getByRole("button", { name: "Delete theme" }).click();
  await expect(page.getByTestId("saved-theme")).toHaveCount(0);
});
