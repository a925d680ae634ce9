import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";
export type DemoRole = "admin" | "operator" | "support" | "viewer";

/** Signs in through the login form as the demo account of `role`. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(`${role}@demo.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: new RegExp(`Account menu for ${role}@demo.test`) })).toBeVisible();
}
