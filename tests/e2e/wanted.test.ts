import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { artifactsDir, launchChromium } from "../helpers/chromium";
import { startFakeServer, type FakeServer } from "../helpers/fake-indexer";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const GB = 1024 ** 3;
const shots = path.join(artifactsDir, "screenshots");
const titles = [
  "Fight.Club.1999.HDCAM.x264-BAD",
  "Fight.Club.1999.1080p.BluRay.x264-FLUX",
  "Fight.Club.1999.720p.BluRay.x264-SMALL",
  "Fight.Club.1999.1080p.WEB-DL.DD5.1.H.264-NTb",
];
const item = (
  title: string,
  i: number,
) => `<item><title>${title}</title><guid>g${i}</guid><link>http://127.0.0.1/${i}.torrent</link><size>${(6 + i) * GB}</size>
<pubDate>Mon, 02 Nov 2026 10:00:00 +0000</pubDate><torznab:attr name="seeders" value="${40 + i}"/><torznab:attr name="peers" value="50"/><torznab:attr name="category" value="2040"/></item>`;
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><title>fake</title>${titles.map(item).join("")}</channel></rss>`;
const caps = `<?xml version="1.0" encoding="UTF-8"?><caps><searching><search available="yes" supportedParams="q"/><movie-search available="yes" supportedParams="q,imdbid,tmdbid"/><tv-search available="yes" supportedParams="q,season,ep"/></searching><categories><category id="2000" name="Movies"/></categories></caps>`;

describe("wanted and judged interactive search in a real browser", () => {
  let fake: FakeTmdb;
  let indexer: FakeServer;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let movieId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-wanted-"));

  const api = async (method: string, url: string, data?: unknown) => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    for (const file of [
      "Movies/Fight Club (1999)/Fight Club (1999) WEBDL-720p.mkv",
      "TV/Game of Thrones/Season 1/Game.of.Thrones.S01E01.720p.HDTV.x264-CTU.mkv",
    ]) {
      mkdirSync(path.dirname(path.join(media, file)), { recursive: true });
      writeFileSync(path.join(media, file), "");
    }
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    indexer = await startFakeServer((r) => ({
      headers: { "content-type": "application/rss+xml" },
      body: r.url.searchParams.get("t") === "caps" ? caps : feed,
    }));
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
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await indexer?.close();
    rmSync(media, { recursive: true, force: true });
  });

  it("says so when nothing is wanted yet", async () => {
    await page.goto(`${app.baseUrl}/wanted`);
    await page.getByText("Nothing wanted yet").waitFor();
  });

  it("lists missing episodes and files below the cutoff, each linking to its item", async () => {
    const movies = await api("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: path.join(media, "Movies"),
      monitorNew: false,
    });
    const tv = await api("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(media, "TV"),
      monitorNew: false,
    });
    movieId = (
      await api("POST", "/api/v1/movies", {
        tmdbId: 550,
        libraryId: movies.id,
        qualityProfileId: "hd-1080p",
        monitored: true,
      })
    ).id;
    await api("POST", "/api/v1/series", {
      tmdbId: 1399,
      libraryId: tv.id,
      qualityProfileId: "hd-1080p",
      monitor: "all",
    });
    await api("POST", `/api/v1/libraries/${movies.id}/scan`);
    await api("POST", `/api/v1/libraries/${tv.id}/scan`);
    await expect
      .poll(async () => (await api("GET", "/api/v1/wanted/cutoff")).total, { timeout: 60_000, interval: 500 })
      .toBe(2);

    await page.goto(`${app.baseUrl}/wanted`);
    const missing = page.getByRole("list", { name: "Missing" });
    await expect.poll(() => missing.getByRole("listitem").count()).toBe(9);
    await expect.poll(() => missing.getByRole("listitem").first().textContent()).toContain("Game of Thrones S01E10");
    await page.screenshot({ path: path.join(shots, "wanted-missing-1440-light.png") });

    await page.getByRole("link", { name: "Cutoff unmet" }).click();
    await page.waitForURL(/tab=cutoff/);
    const below = page.getByRole("list", { name: "Below the cutoff" });
    await below.getByText("WEBDL-720p · cutoff Bluray-1080p").waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, "wanted-cutoff-390-light.png") });
    await below.getByRole("link", { name: "Fight Club" }).click();
    await page.waitForURL(new RegExp(`/movies/${movieId}$`));
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("judges interactive search results by the movie's profile and file: ranked, with reasons", async () => {
    await api("POST", "/api/v1/indexers", {
      kind: "torznab",
      name: "Fake tracker",
      baseUrl: indexer.url,
      apiKey: "k",
      timeoutMs: 3000,
    });
    await page.goto(`${app.baseUrl}/movies/${movieId}`);
    await page
      .getByRole("button", { name: /search indexers/i })
      .first()
      .click();
    const table = page.locator("table");
    await table.locator("[data-decision=accepted]").first().waitFor();
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.first().textContent()).toContain("Fight.Club.1999.1080p.BluRay.x264-FLUX");
    expect(await rows.first().textContent()).toContain("Accepted #1");
    const cam = rows.filter({ hasText: "HDCAM" });
    await cam.getByText("2 reasons").click();
    await cam.getByText('CAM is not wanted in the profile "HD-1080p"').waitFor();
    await page.screenshot({ path: path.join(shots, "search-decisions-1440-light.png"), fullPage: true });
  });
});
