import type { Page } from "playwright-core";

export const testAdmin = { username: "admin", password: "correct horse battery" };

/**
 * First run through the real /setup page: creates the admin, who is then signed in and lands on the
 * home page's setup checklist; then opens Movies, where the tests using this helper start.
 */
export async function createFirstAdmin(page: Page, baseUrl: string, credentials = testAdmin): Promise<void> {
  await page.goto(`${baseUrl}/setup`);
  await page.getByLabel("Username").fill(credentials.username);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByLabel("Repeat the password").fill(credentials.password);
  await page.getByRole("button", { name: /create admin/i }).click();
  await page.getByRole("heading", { name: "Set up Mydia" }).waitFor();
  await page.goto(`${baseUrl}/movies`);
}
