import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { screenshotsDir, shootAtSizes } from "../helpers/screenshots";

/**
 * The bell at 390 px: events written to the app's outbox by another process (as the worker's own jobs
 * do) become the admin's notifications, and the unread count rises live and clears on read.
 */
describe("notification bell (phone)", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  /** An event as a context would publish it: a row in the events table of the app's database. */
  const publishEvent = (type: string, payload: Record<string, unknown>) => {
    const db = new Database(path.join(app.dataDir, "mydia.db"));
    try {
      db.pragma("busy_timeout = 5000");
      db.prepare("INSERT INTO events (type, payload) VALUES (?, ?)").run(type, JSON.stringify(payload));
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    app = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await createFirstAdmin(page, app.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("shows the unread count rising live and clears it on read", async () => {
    const bell = page.locator('[data-slot="mobile-top-bar"]').getByTestId("notification-bell");
    await bell.waitFor();
    expect(await bell.getByTestId("notification-count").count()).toBe(0);

    publishEvent("download.client.unreachable", { clientId: "c1", clientName: "SABnzbd", message: "refused" });
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 20_000 }).toBe("Notifications, 1 unread");
    publishEvent("download.failed", {
      downloadId: "d1",
      title: "Some.Show.S01E01.1080p-GRP",
      reason: "No video files in the download",
      movieId: null,
      seriesId: null,
      episodeIds: [],
    });
    await expect.poll(() => bell.getByTestId("notification-count").textContent(), { timeout: 20_000 }).toBe("2");

    await bell.click();
    await page.getByRole("heading", { name: "Notifications" }).waitFor();
    await expect.poll(() => page.getByTestId("notification-item").count(), { timeout: 10_000 }).toBe(2);
    await shootAtSizes(page, "notifications-centre");
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect.poll(() => bell.getAttribute("aria-label"), { timeout: 10_000 }).toBe("Notifications, none unread");
    await expect.poll(() => page.locator('[data-testid="notification-item"][data-read="false"]').count()).toBe(0);

    await page.goto(`${app.baseUrl}/settings/notifications`);
    await page.getByText("No channels yet").waitFor();
    await shootAtSizes(page, "notification-channels");
  });
});
