import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";

/**
 * System → Backups under `npm start` (#15): Back up now runs on the worker with live state and the
 * list shows it (390 px to desktop); a restore, confirmed, restarts Mydia through its supervisor and
 * the database is back as it was when the backup was taken.
 */
describe("System → Backups", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on("pageerror", (error) => errors.push(error.message));
    await createFirstAdmin(page, app.baseUrl);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("backs up now, lists the backup, and restores it with a restart", async () => {
    await page.goto(`${app.baseUrl}/system/backups`);
    await page.getByText("No backups yet").waitFor();
    await page.getByRole("button", { name: "Back up now" }).click();
    const row = page.getByTestId("backup-row");
    await row.waitFor({ timeout: 60_000 });
    await expect(row.textContent()).resolves.toMatch(/Manual.*SQLite \(online backup\)/);
    const backups = path.join(app.dataDir, "backups");
    expect(existsSync(backups)).toBe(true);
    await shootAtSizes(page, "system-backups");

    // A change after the backup: the schedule keeps 3 instead of 7.
    await page.getByLabel("Scheduled backups kept").fill("3");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Backup schedule saved").waitFor();

    await page.getByRole("button", { name: /^Restore the backup of/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Restore and restart" }).click();
    await page.getByText("Restoring…").waitFor();
    // The supervisor stops the worker, restores, starts both; the page reloads when Mydia answers again.
    await page.getByText(/^Restored: mydia-backup-/).waitFor({ timeout: 120_000 });
    await expect(page.getByLabel("Scheduled backups kept").inputValue()).resolves.toBe("7");
    await expect(page.getByTestId("backup-row").allTextContents()).resolves.toEqual([
      expect.stringMatching(/Before restore/),
      expect.stringMatching(/Manual/),
    ]);
    expect(app.output()).toContain("restore applied: starting the web server and the worker again");
    expect(errors).toEqual([]);
  }, 240_000);
});
