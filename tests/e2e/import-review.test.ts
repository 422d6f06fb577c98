import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";
import { startSyntheticTmdb, type SyntheticTmdb } from "../helpers/synthetic-tmdb";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";

describe("import review in a real browser: accept a suggestion, fix a folder with a search (390 and 1440 px)", () => {
  let tmdb: SyntheticTmdb;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let libraryId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-review-"));

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const movieTitles = async () =>
    (await api<{ items: { title: string }[] }>("GET", "/api/v1/movies?pageSize=50")).items.map((m) => m.title).sort();

  beforeAll(async () => {
    for (const file of [
      "Movies/Heat (1995)/Heat (1995) Bluray-1080p.mkv",
      "Movies/Star Wars (1980)/Star.Wars.1980.720p.BluRay.x264-GRP.mkv",
      "Movies/Mystery Film/mystery.film.mkv",
    ]) {
      mkdirSync(path.dirname(path.join(media, file)), { recursive: true });
      writeFileSync(path.join(media, file), "");
    }
    tmdb = await startSyntheticTmdb([
      { kind: "movie", tmdbId: 949, title: "Heat", year: 1995 },
      { kind: "movie", tmdbId: 11, title: "Star Wars", year: 1977 },
      { kind: "movie", tmdbId: 78, title: "Blade Runner", year: 1982 },
      { kind: "movie", tmdbId: 335984, title: "Blade Runner 2049", year: 2017 },
    ]);
    app = await startApp({
      env: {
        TMDB_BASE_URL: tmdb.url,
        TMDB_IMAGE_BASE_URL: tmdb.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: media,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);
    libraryId = (
      await api<{ id: string }>("POST", "/api/v1/libraries", {
        name: "Movies",
        kind: "movie",
        path: path.join(media, "Movies"),
      })
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await tmdb?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("shows unsure and unmatched folders, accepts a suggestion and fixes a folder with a TMDB search", async () => {
    await api("POST", `/api/v1/libraries/${libraryId}/scan`);
    await expect
      .poll(async () => (await api<{ total: number }>("GET", `/api/v1/libraries/${libraryId}/unmatched`)).total, {
        timeout: 30_000,
      })
      .toBe(2);
    expect(await movieTitles()).toEqual(["Heat"]);
    await page.goto(`${app.baseUrl}/unmatched`);
    const starWars = page.getByRole("region", { name: "Star Wars (1980)" });
    const mystery = page.getByRole("region", { name: "Mystery Film" });
    await starWars.getByText(/Unsure · \d+ %/).waitFor();
    await mystery.getByText("Unmatched", { exact: true }).waitFor();
    await shootAtSizes(page, "import-review");

    await starWars.getByRole("button", { name: "Accept Star Wars (1977)" }).click();
    await starWars.waitFor({ state: "detached", timeout: 20_000 });

    await page.setViewportSize({ width: 390, height: 844 });
    await mystery.getByRole("button", { name: "Fix…" }).click();
    await mystery.getByLabel("Search TMDB for Mystery Film").fill("Blade Runner");
    await mystery.getByRole("button", { name: "Search", exact: true }).click();
    await mystery.getByRole("button", { name: /^Blade Runner \(1982\)/ }).click();
    await page.getByText("Nothing to review in Movies").waitFor({ timeout: 20_000 });
    await shootAtSizes(page, "import-review-done");
    expect(await movieTitles()).toEqual(["Blade Runner", "Heat", "Star Wars"]);
  });
});
