import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startTransmission, type StartedDaemon } from "../helpers/daemons/clients";
import { makeTorrent } from "../helpers/daemons/make-torrent";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { startReleaseIndexer, type ReleaseIndexer } from "../helpers/release-indexer";
import { screenshotsDir, shootAtSizes } from "../helpers/screenshots";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const RELEASE = "Fight.Club.1999.1080p.WEB-DL.DDP5.1.H.264-WEBGRP";
const admin = { username: "admin", password: "correct horse battery" };

/**
 * #13.8: from an empty install to a first import, led by the home page's checklist: metadata (a TMDB
 * key typed in Settings → Metadata), a library created inside the Add dialog, an indexer and a real
 * Transmission (through the API), then a search that grabs and imports.
 */
describe("first run: the setup checklist leads from an empty install to a first import", () => {
  let fake: FakeTmdb;
  let transmission: StartedDaemon;
  let indexer: ReleaseIndexer;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-first-run-"));

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const step = (id: string) => page.getByTestId(`setup-step-${id}`);
  const doneSteps = () =>
    page
      .locator('[data-testid^="setup-step-"][data-done="true"]')
      .evaluateAll((els) => els.map((e) => e.dataset.testid));

  beforeAll(async () => {
    mkdirSync(screenshotsDir, { recursive: true });
    mkdirSync(path.join(media, "Movies"));
    transmission = await startTransmission();
    // The release's data where Transmission saves, so it verifies to 100 %; its .torrent on the indexer.
    const scratch = path.join(mkdtempSync(path.join(tmpdir(), "mydia-e2e-seed-")), RELEASE);
    mkdirSync(scratch);
    writeFileSync(path.join(scratch, `${RELEASE}.mkv`), randomBytes(200_000));
    const torrent = makeTorrent(scratch);
    mkdirSync(path.join(transmission.downloadsDir, RELEASE));
    copyFileSync(path.join(scratch, `${RELEASE}.mkv`), path.join(transmission.downloadsDir, RELEASE, `${RELEASE}.mkv`));
    rmSync(path.dirname(scratch), { recursive: true, force: true });
    indexer = await startReleaseIndexer("torrent");
    indexer.add({
      title: RELEASE,
      file: torrent.data,
      infoHash: torrent.infoHash,
      size: 8 * 1024 ** 3,
      category: 2040,
    });
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    // No TMDB_API_KEY: the key is typed in, as a new user does.
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        LIBRARY_ALLOWED_ROOTS: `${media},${transmission.dir}`,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await indexer?.close();
    await transmission?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("shows the admin of an empty install four steps to do, each with a link", async () => {
    await page.goto(`${app.baseUrl}/setup`);
    await page.getByLabel("Username").fill(admin.username);
    await page.getByLabel("Password", { exact: true }).fill(admin.password);
    await page.getByLabel("Repeat the password").fill(admin.password);
    await page.getByRole("button", { name: /create admin/i }).click();
    await page.getByRole("heading", { name: "Set up Mydia" }).waitFor();
    expect(await doneSteps()).toEqual([]);
    await step("metadata")
      .getByText(/TMDB API key/)
      .waitFor();
    expect(await step("metadata").getByRole("link").getAttribute("href")).toBe("/settings/metadata");
    expect(await step("library").getByRole("link").getAttribute("href")).toBe("/settings/libraries");
    expect(await step("indexer").getByRole("link").getAttribute("href")).toBe("/settings/indexers");
    expect(await step("download-client").getByRole("link").getAttribute("href")).toBe("/settings/download-clients");
    await shootAtSizes(page, "first-run-checklist");
  });

  it("metadata: a TMDB key saved on a phone, the toast clear of the Save button, and the step is done", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await step("metadata").getByRole("link", { name: "Set up metadata" }).click();
    await page.waitForURL(/\/settings\/metadata$/);
    await page.getByLabel("API key (v3)").fill(TMDB_KEY);
    const save = page.getByRole("button", { name: "Save" });
    // The end of the page: Save sits just above the bottom bar, where toasts used to appear.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await save.click();
    const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Metadata settings saved" });
    await toast.waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-sonner-toast]")].every((t) => t.getAttribute("data-mounted") === "true"),
    );
    // Where the toast comes to rest, after its entry transition.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const [toastBox, saveBox] = [await toast.boundingBox(), await save.boundingBox()];
    const overlaps =
      toastBox!.y < saveBox!.y + saveBox!.height &&
      saveBox!.y < toastBox!.y + toastBox!.height &&
      toastBox!.x < saveBox!.x + saveBox!.width &&
      saveBox!.x < toastBox!.x + toastBox!.width;
    expect(overlaps, `toast ${JSON.stringify(toastBox)} covers Save ${JSON.stringify(saveBox)}`).toBe(false);
    // Save was in the lower half of the screen: the toast went to the top, below the top bar.
    expect(toastBox!.y).toBeLessThan(saveBox!.y);
    expect(toastBox!.y).toBeGreaterThanOrEqual(56);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.baseUrl);
    expect(await doneSteps()).toEqual(["setup-step-metadata"]);
    await step("metadata").getByText("TMDB, with an API key").waitFor();
  });

  it("library: the Add dialog creates the first library inline, with field errors next to the fields", async () => {
    await page.goto(`${app.baseUrl}/search?type=movie`);
    await page.getByLabel("Search movies").fill("Fight Club");
    const result = page.getByTestId("search-result").filter({ hasText: "Fight Club" }).first();
    await result.getByRole("button", { name: "Add Fight Club" }).click();
    const dialog = page.getByRole("dialog");
    const newLibrary = dialog.getByTestId("new-library");
    await newLibrary.getByText("There is no movies library yet").waitFor();
    expect(await dialog.getByLabel("Library name").inputValue()).toBe("Movies");
    // Submitting without a folder: the reason is next to the Folder field, in plain words.
    await dialog.getByRole("button", { name: "Add movie" }).click();
    await dialog.locator("#new-library-path-error").filter({ hasText: "choose a folder" }).waitFor();
    expect(await dialog.locator("#new-library-path").getAttribute("aria-invalid")).toBe("true");
    // The folder picker: the allowed folders, then Movies inside the media folder.
    await newLibrary.getByRole("button", { name: media, exact: true }).click();
    await newLibrary.getByRole("button", { name: "Movies", exact: true }).click();
    await expect.poll(() => dialog.getByLabel("Folder", { exact: true }).inputValue()).toBe(path.join(media, "Movies"));
    // Once a folder is picked, the old complaint is gone.
    expect(await dialog.getByText("choose a folder").count()).toBe(0);
    await dialog.getByLabel("Quality profile").selectOption({ label: "HD-1080p" });
    await shootAtSizes(page, "first-run-add-dialog", { fullPage: false });
    await dialog.getByRole("button", { name: "Add movie" }).click();
    await page.waitForURL(/\/movies\/[\w-]+$/);
    movieId = page.url().split("/").pop()!;
    await page.getByRole("heading", { name: "Fight Club" }).waitFor();
    const libraries = await api<{ items: { name: string; kind: string; path: string }[] }>("GET", "/api/v1/libraries");
    expect(libraries.items.map(({ name, kind, path }) => ({ name, kind, path }))).toEqual([
      { name: "Movies", kind: "movie", path: path.join(media, "Movies") },
    ]);
    await page.goto(app.baseUrl);
    expect(await doneSteps()).toEqual(["setup-step-metadata", "setup-step-library"]);
    await step("library")
      .getByText(`Movies (${path.join(media, "Movies")})`)
      .waitFor();
  });

  it("indexer and download client: each step turns done, then the checklist is gone", async () => {
    await api("POST", "/api/v1/indexers", {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: indexer.url,
      apiKey: indexer.apiKey,
      timeoutMs: 3000,
    });
    await page.reload();
    expect(await doneSteps()).toEqual(["setup-step-metadata", "setup-step-library", "setup-step-indexer"]);
    await step("indexer").getByText("1 indexer: Local Torznab").waitFor();
    const { connection } = transmission;
    await api("POST", "/api/v1/download-clients", {
      kind: "transmission",
      name: "Transmission",
      host: connection.host,
      port: connection.port,
      username: connection.username,
      password: connection.password,
    });
    // All four done: the home page is the plain one again (Movies).
    await page.goto(app.baseUrl);
    await page.waitForURL(/\/movies$/);
  });

  it("a search grabs the release into Transmission and the first import lands in the new library", async () => {
    await api("POST", "/api/v1/commands", { name: "MovieSearch", movieIds: [movieId] });
    const library = path.join(media, "Movies");
    const imported = () =>
      readdirSync(library, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".mkv"));
    await expect
      .poll(
        async () => {
          await api("POST", "/api/v1/system/tasks/downloads.monitor/run");
          return imported().length;
        },
        { timeout: 90_000, interval: 2000 },
      )
      .toBe(1);
    expect(imported()[0]).toMatch(/^Fight Club \(1999\).*\/Fight Club \(1999\).*WEBDL-1080p.*\.mkv$/);
    expect(indexer.downloads()).toBe(1);
    await page.goto(`${app.baseUrl}/movies/${movieId}`);
    await page.getByTestId("media-files").getByText("WEBDL-1080p", { exact: true }).waitFor();
  });
});
