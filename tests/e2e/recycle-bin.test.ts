import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { artifactsDir, launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const shots = path.join(artifactsDir, "screenshots");
const FOLDER = "Fight Club (1999) {tmdb-550}";
const VIDEO = `${FOLDER}/Fight Club (1999) [Bluray-2160p]-GRP.mkv`;
const SUBTITLE = `${FOLDER}/Fight Club (1999) [Bluray-2160p]-GRP.en.srt`;
const BIN = "20261203T090000Z-e2e1";

describe("Activity → Recycle bin in a real browser: empty state, list, restore by keyboard, 390 px and 1440 px", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-recycle-"));
  const root = path.join(media, "Movies");

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const shot = async (name: string) => {
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished),
      ),
    );
    await page.screenshot({ path: path.join(shots, name), fullPage: true });
  };
  const focusedLabel = () =>
    page.evaluate(
      () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? null,
    );

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    mkdirSync(root);
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: media,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await createFirstAdmin(page, app.baseUrl);
    const library = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: root,
      monitorNew: false,
    });
    movieId = (
      await api<{ id: string }>("POST", "/api/v1/movies", { tmdbId: 550, libraryId: library.id, monitored: false })
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("says what the recycle bin is for when it is empty (390 px)", async () => {
    await page.goto(`${app.baseUrl}/activity?tab=recycle`);
    await expect.poll(() => page.getByText("The recycle bin is empty").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "Recycle bin" }).getAttribute("aria-current")).toBe("page");
    await shot("recycle-bin-empty-390.png");
  });

  it("lists recycled files with their place and movie, and restores one with the keyboard only", async () => {
    // What an upgrade leaves in the bin: the old video and its subtitle, with Mydia's manifest.
    const bin = path.join(root, ".mydia-recycle", BIN);
    mkdirSync(path.join(bin, FOLDER), { recursive: true });
    writeFileSync(path.join(bin, VIDEO), "the 2160p video");
    writeFileSync(path.join(bin, SUBTITLE), "1\n00:00:00,000 --> 00:00:01,000\nhi\n");
    const record = (role: string) => ({
      role,
      movieId,
      seriesId: null,
      episodeIds: [],
      quality: role === "video" ? "Bluray-2160p" : null,
      releaseGroup: "GRP",
      edition: null,
      mediaInfo: null,
    });
    writeFileSync(
      path.join(bin, ".mydia-recycled.json"),
      JSON.stringify({
        recycledAt: "2026-12-03T09:00:00.000Z",
        files: [
          { path: VIDEO, record: record("video") },
          { path: SUBTITLE, record: record("subtitle") },
        ],
      }),
    );

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.reload();
    const list = page.getByRole("table", { name: "Recycle bin of Movies" });
    const rows = list.locator("tbody").getByRole("row");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await list.textContent()).toContain("Fight Club");
    expect(await list.textContent()).toContain(VIDEO);
    await shot("recycle-bin-1440.png");

    await page.setViewportSize({ width: 390, height: 844 });
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("recycle-bin-390.png");

    const restore = page.getByRole("button", { name: "Restore Fight Club (1999) [Bluray-2160p]-GRP.mkv" });
    await restore.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("alertdialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(`It goes back to ${VIDEO}`);
    await shot("recycle-bin-restore-dialog-390.png");
    // Radix focuses Cancel first; one Tab reaches Restore.
    await expect.poll(focusedLabel).toBe("Cancel");
    await page.keyboard.press("Tab");
    await expect.poll(focusedLabel).toBe("Restore");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByText(/^Restored Fight Club/).isVisible()).toBe(true);
    await expect.poll(() => rows.count()).toBe(1);
    expect(readFileSync(path.join(root, VIDEO), "utf8")).toBe("the 2160p video");
    expect(existsSync(path.join(bin, VIDEO))).toBe(false);
    // Registered again as the movie's video, with the quality it had.
    const files = await api<{ items: { relativePath: string; role: string; quality: string | null }[] }>(
      "GET",
      `/api/v1/media-files?movieId=${movieId}`,
    );
    expect(files.items).toContainEqual(
      expect.objectContaining({ relativePath: VIDEO, role: "video", quality: "Bluray-2160p" }),
    );
    await shot("recycle-bin-restored-390.png");
  });
});
