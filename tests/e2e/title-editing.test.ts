import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";
import { until } from "../helpers/until";
import { writeFiles } from "../integration/library/helpers";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const FOLDER = "Fight Club (1999)";
const VIDEO = `${FOLDER}/Fight Club (1999) Bluray-1080p.mkv`;

describe("Editing and removing a title in a real browser (issue 13: items 2 and 4)", () => {
  let fake: FakeTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-title-editing-"));
  const movies = path.join(media, "Movies");
  const movies4k = path.join(media, "Movies 4K");

  const api = async <T = unknown>(method: string, url: string, data?: unknown) => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    return { status: response.status(), body: (await response.json()) as T };
  };

  beforeAll(async () => {
    mkdirSync(movies);
    mkdirSync(movies4k);
    writeFiles(movies, { [VIDEO]: Buffer.alloc(64 * 1024, 3) });
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
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
    const library = (
      await api<{ id: string }>("POST", "/api/v1/libraries", { name: "Movies", kind: "movie", path: movies })
    ).body;
    await api("POST", "/api/v1/libraries", { name: "Movies 4K", kind: "movie", path: movies4k });
    movieId = (
      await api<{ id: string }>("POST", "/api/v1/movies", {
        tmdbId: 550,
        libraryId: library.id,
        qualityProfileId: "hd-1080p",
        monitored: false,
      })
    ).body.id;
    await api("POST", `/api/v1/libraries/${library.id}/scan`);
    await until(
      "the scan found the movie's file",
      async () =>
        (await api<{ items: unknown[] }>("GET", `/api/v1/media-files?movieId=${movieId}`)).body.items.length === 1,
      20_000,
    );
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("changes the profile, the library (files moved, progress shown) and the tags in the Edit dialog", async () => {
    await page.goto(`${app.baseUrl}/movies/${movieId}`);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Edit Fight Club" });
    await dialog.getByLabel("Quality profile").selectOption({ label: "Ultra-HD" });
    await dialog.getByLabel("Library").selectOption({ label: `Movies 4K (${movies4k})` });
    await expect.poll(() => dialog.getByTestId("move-note").textContent()).toContain(movies4k);
    await dialog.getByLabel("Tags").fill("uhd");
    await dialog.getByLabel("Tags").press("Enter");
    await expect.poll(() => dialog.getByRole("button", { name: "Remove tag uhd" }).isVisible()).toBe(true);
    await shootAtSizes(page, "title-edit-dialog", { fullPage: false });
    // A fixed dialog does not widen the page: its own box must fit a phone (long library paths once pushed it out).
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });

    await dialog.getByRole("button", { name: "Save" }).click();
    const progress = page.getByTestId("move-progress");
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toContain("Files moved to Movies 4K");
    expect(await progress.textContent()).toContain("1 of 1 file");
    expect(readFileSync(path.join(movies4k, VIDEO))).toEqual(Buffer.alloc(64 * 1024, 3));
    expect(existsSync(path.join(movies, FOLDER))).toBe(false);
    // The page re-read itself when the move ended: the new library, profile and tag are shown.
    await expect.poll(() => page.getByText(`Movies 4K (${movies4k})`).isVisible()).toBe(true);
    expect(await page.getByText("Ultra-HD", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("uhd", { exact: true }).isVisible()).toBe(true);
    const movie = (
      await api<{ libraryId: string; qualityProfileId: string; tags: string[] }>("GET", `/api/v1/movies/${movieId}`)
    ).body;
    expect(movie).toMatchObject({ qualityProfileId: "ultra-hd", tags: ["uhd"] });
    await shootAtSizes(page, "title-edit-moved");
  });

  it("removes it with its files and 'never add again'; adding it again is refused and search shows it excluded", async () => {
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("checkbox", { name: /Delete its 1 file/ }).click();
    await dialog.getByRole("checkbox", { name: /Never add it again/ }).click();
    await shootAtSizes(page, "title-remove-dialog", { fullPage: false });
    await dialog.getByRole("button", { name: "Remove and delete files" }).click();
    await page.waitForURL(/\/movies$/);
    expect(existsSync(path.join(movies4k, VIDEO))).toBe(false);
    expect(existsSync(path.join(movies4k, ".mydia-recycle"))).toBe(true);

    const again = await api<{ error: { message: string } }>("POST", "/api/v1/movies", { tmdbId: 550 });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/import exclusion list/);

    await page.goto(`${app.baseUrl}/search?q=fight%20club`);
    const excluded = page.getByTestId("excluded");
    await expect.poll(() => excluded.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByRole("button", { name: "Add Fight Club", exact: true }).count()).toBe(0);

    await excluded.click();
    await page.waitForURL(/\/settings\/import-exclusions$/);
    const row = page.getByTestId("exclusion-row");
    await expect.poll(() => row.textContent()).toContain("Fight Club");
    await shootAtSizes(page, "import-exclusions");
    await row.getByRole("button", { name: "Remove Fight Club from the exclusions" }).click();
    await expect.poll(() => page.getByText("No exclusions").isVisible()).toBe(true);

    // The Add exclusion form checks the TMDB id with the server's schema before sending it.
    await page.getByRole("button", { name: "Add exclusion" }).click();
    const add = page.getByRole("dialog", { name: "Exclude a title" });
    await add.getByRole("button", { name: "Exclude" }).click();
    await expect
      .poll(() => add.getByText("Enter the TMDB id: the number in the title's themoviedb.org address").isVisible())
      .toBe(true);
    await add.getByLabel("TMDB id").fill("550");
    await add.getByRole("button", { name: "Exclude" }).click();
    await expect.poll(() => row.textContent()).toContain("Fight Club");
    await row.getByRole("button", { name: "Remove Fight Club from the exclusions" }).click();
    await expect.poll(() => page.getByText("No exclusions").isVisible()).toBe(true);
    expect((await api("POST", "/api/v1/movies", { tmdbId: 550 })).status).toBe(201);
  });
});
