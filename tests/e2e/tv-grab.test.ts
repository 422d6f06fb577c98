import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTorrentSeeder, type TorrentSeeder } from "../integration/downloads/seeded-torrents";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { clientRecordOf, startTransmission, type StartedDaemon } from "../helpers/daemons/clients";
import { FIXTURES } from "../helpers/fake-indexer";
import { startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";
import { startReleaseIndexer, type ReleaseIndexer } from "../helpers/release-indexer";
import { shootAtSizes } from "../helpers/screenshots";
import { until } from "../helpers/until";

/**
 * Manual TV grabs in a real browser against the built app (web + worker), a real Transmission and
 * a local Torznab indexer: an episode row's interactive search → Grab → the worker imports it into
 * the library; a season pack grabbed from the season's own search, for the whole season (the
 * phone's card list, a rejected pack confirmed first). Each at 390 px and 1440 px.
 */
const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const GB = 1024 ** 3;
const SHOW = "Game.of.Thrones";
const season1 = JSON.parse(readFileSync(path.join(FIXTURES, "tmdb/themoviedbapi/tv_seasons/details.json"), "utf8"));

/** TMDB's season 1 again as another season (the captures hold only season 1's episodes). */
const seasonAs = (n: number) => ({
  ...season1,
  id: season1.id + n,
  season_number: n,
  episodes: season1.episodes.map((e: { id: number }) => ({ ...e, id: e.id + n * 1000, season_number: n })),
});

describe("manual TV grabs in a real browser: an episode's search, grab and import; a season pack", () => {
  let transmission: StartedDaemon;
  let seeder: TorrentSeeder;
  let fake: FakeTmdb;
  let indexer: ReleaseIndexer;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let seriesUrl = "";
  let seriesId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-tv-grab-"));

  const api = async (method: string, url: string, data?: unknown) => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  };

  /** A release on the indexer whose data is already in Transmission's folder (it verifies to 100 %). */
  async function list(title: string, files: string[], size: number): Promise<void> {
    const seeded = seeder.seed(
      title,
      Object.fromEntries(files.map((f, i) => [`${f}.mkv`, Buffer.alloc(60_000 + i * 1000, `${f} `)])),
    );
    indexer.add({ title, size, file: Buffer.from(await (await fetch(seeded.url)).arrayBuffer()) });
  }

  const season = (n: number) => page.getByTestId(`season-${n}`);
  async function openSeason(n: number): Promise<Locator> {
    const details = season(n);
    if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
    return details;
  }

  /** Clicks Grab; a rejected release asks first (the reasons, then Grab anyway). */
  async function grab(scope: Locator, title: string, rejected: boolean): Promise<void> {
    await scope.getByRole("button", { name: `Grab ${title}` }).click();
    if (rejected) {
      const confirm = page.getByRole("alertdialog");
      await confirm.getByText("The quality profile rejected it because:").waitFor();
      await confirm.getByRole("button", { name: "Grab anyway" }).click();
    }
    await page.getByText("Sent to Transmission").first().waitFor();
    await scope.getByText("In queue", { exact: true }).first().waitFor();
  }

  beforeAll(async () => {
    mkdirSync(path.join(media, "TV"));
    transmission = await startTransmission();
    seeder = await startTorrentSeeder(transmission.downloadsDir);
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    fake.override("tv/1399/season/2", { status: 200, body: seasonAs(2) });
    fake.override("tv/1399/season/3", { status: 200, body: seasonAs(3) });
    indexer = await startReleaseIndexer("torrent", "tv-key");
    await list(
      `${SHOW}.S01E01.1080p.WEB-DL.DDP5.1.H.264-EPONE`,
      [`${SHOW}.S01E01.1080p.WEB-DL.DDP5.1.H.264-EPONE`],
      2 * GB,
    );
    await list(
      `${SHOW}.S01E02.1080p.WEB-DL.DDP5.1.H.264-EPTWO`,
      [`${SHOW}.S01E02.1080p.WEB-DL.DDP5.1.H.264-EPTWO`],
      2 * GB,
    );
    await list(
      `${SHOW}.S02.1080p.BluRay.x264-PACK`,
      [`${SHOW}.S02E01.1080p.BluRay.x264-PACK`, `${SHOW}.S02E02.1080p.BluRay.x264-PACK`],
      20 * GB,
    );
    await list(`${SHOW}.S01E03.720p.HDTV.x264-FREE`, [`${SHOW}.S01E03.720p.HDTV.x264-FREE`], GB);
    // Far too small for ten hours of Bluray: rejected, grabbed only once confirmed.
    await list(
      `${SHOW}.S03.720p.BluRay.x264-TINY`,
      [`${SHOW}.S03E01.720p.BluRay.x264-TINY`, `${SHOW}.S03E02.720p.BluRay.x264-TINY`],
      200_000,
    );
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: `${media},${transmission.dir}`,
      },
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await createFirstAdmin(page, app.baseUrl);
    // Set-up through the REST API: the clicking under test is the search and the grab.
    const library = await api("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(media, "TV"),
      monitorNew: false,
    });
    await api("POST", "/api/v1/indexers", {
      kind: "torznab",
      name: "Local Torznab",
      baseUrl: indexer.url,
      apiKey: "tv-key",
      timeoutMs: 3000,
    });
    await api("POST", "/api/v1/download-clients", clientRecordOf(transmission));
    // Nothing monitored: RSS sync and search on add leave the grabs to the user.
    const series = await api("POST", "/api/v1/series", { tmdbId: 1399, libraryId: library.id, monitor: "none" });
    seriesId = series.id;
    seriesUrl = `${app.baseUrl}/tv/${seriesId}`;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await indexer?.close();
    await seeder?.close();
    await transmission?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("searches one episode from its row, grabs it, and the worker imports it into the library", async () => {
    await page.goto(seriesUrl);
    const s1 = await openSeason(1);
    await s1.getByRole("button", { name: "Search indexers for episode 1", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("S01E01 · Winter Is Coming").waitFor();
    const title = `${SHOW}.S01E01.1080p.WEB-DL.DDP5.1.H.264-EPONE`;
    const row = dialog.getByRole("row").filter({ hasText: title });
    await row.locator('[data-decision="accepted"]').waitFor();
    await shootAtSizes(page, "tv-grab-episode-search", { fullPage: false });
    await grab(row, title, false);

    // The worker's monitor sees Transmission done and imports it (Check downloads hurries it).
    const folder = path.join(media, "TV", "Game of Thrones (2011) {tvdb-121361}", "Season 01");
    await until("the episode is imported", async () => {
      if (existsSync(folder) && readdirSync(folder).some((f) => f.includes("S01E01"))) return true;
      await api("POST", "/api/v1/system/tasks/downloads.monitor/run");
      return false;
    });
    expect(readdirSync(folder)).toEqual(["Game of Thrones - S01E01 - Winter Is Coming [WEBDL-1080p]-EPONE.mkv"]);
    await page.keyboard.press("Escape");
    await page.goto(seriesUrl);
    await page.getByTestId("media-files").getByText("S01E01").first().waitFor();
  });

  it("on a phone, searches another episode and grabs it from the card list", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(seriesUrl);
    const s1 = await openSeason(1);
    await s1.getByRole("button", { name: "Search indexers for episode 2", exact: true }).click();
    const cards = page.getByRole("dialog").getByRole("list", { name: "Releases" });
    const title = `${SHOW}.S01E02.1080p.WEB-DL.DDP5.1.H.264-EPTWO`;
    const card = cards.getByRole("listitem").filter({ hasText: title });
    await card.locator('[data-decision="accepted"]').waitFor();
    await grab(card, title, false);
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("grabs a season pack from the season's search for the whole season, at 1440 px and 390 px", async () => {
    await page.goto(seriesUrl);
    const s2 = await openSeason(2);
    await s2.getByRole("button", { name: "Search indexers for Season 2" }).click();
    const pack = `${SHOW}.S02.1080p.BluRay.x264-PACK`;
    const row = s2.getByRole("row").filter({ hasText: pack });
    await row.locator('[data-decision="accepted"]').waitFor();
    await grab(row, pack, false);
    await shootAtSizes(page, "tv-grab-season-pack", {
      fullPage: false,
      before: () => s2.getByRole("region", { name: "Release search" }).evaluate((el) => el.scrollIntoView()),
    });

    await page.setViewportSize({ width: 390, height: 844 });
    const s3 = await openSeason(3);
    await s3.getByRole("button", { name: "Search indexers for Season 3" }).click();
    const tiny = `${SHOW}.S03.720p.BluRay.x264-TINY`;
    const card = s3.getByRole("list", { name: "Releases" }).getByRole("listitem").filter({ hasText: tiny });
    await card.locator('[data-decision="rejected"]').waitFor();
    await grab(card, tiny, true);
    await page.setViewportSize({ width: 1440, height: 900 });

    // Each pack imports as a pack: its episode files into the season's folder, one per episode.
    const show = path.join(media, "TV", "Game of Thrones (2011) {tvdb-121361}");
    const inSeason = (n: number) => {
      const folder = path.join(show, `Season 0${n}`);
      return existsSync(folder) ? readdirSync(folder).sort() : [];
    };
    await until("both packs are imported", async () => {
      if (inSeason(2).length === 2 && inSeason(3).length === 2) return true;
      await api("POST", "/api/v1/system/tasks/downloads.monitor/run");
      return false;
    });
    expect(inSeason(2)).toEqual([
      "Game of Thrones - S02E01 - Winter Is Coming [Bluray-1080p]-PACK.mkv",
      "Game of Thrones - S02E02 - The Kingsroad [Bluray-1080p]-PACK.mkv",
    ]);
    expect(inSeason(3)).toEqual([
      "Game of Thrones - S03E01 - Winter Is Coming [Bluray-720p]-TINY.mkv",
      "Game of Thrones - S03E02 - The Kingsroad [Bluray-720p]-TINY.mkv",
    ]);
  });

  it("grabs a free-text result for the series and episode its name points at, confirmed in a dialog", async () => {
    await page.goto(`${app.baseUrl}/search/releases?q=${encodeURIComponent("Game of Thrones FREE")}`);
    const title = `${SHOW}.S01E03.720p.HDTV.x264-FREE`;
    await page
      .getByRole("row")
      .filter({ hasText: title })
      .getByRole("button", { name: `Grab ${title}` })
      .click();
    const dialog = page.getByRole("dialog", { name: "What is this release for?" });
    await dialog.getByRole("radio", { name: "Game of Thrones (2011)" }).and(dialog.locator(":checked")).waitFor();
    await dialog
      .getByRole("checkbox", { name: /S01E03 Lord Snow/ })
      .and(dialog.locator(":checked"))
      .waitFor();
    await dialog.getByText("1 episode picked").waitFor();
    await shootAtSizes(page, "tv-grab-free-text", { fullPage: false });
    await dialog.getByRole("button", { name: "Grab", exact: true }).click();
    await page.getByText("Sent to Transmission").first().waitFor();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("row").filter({ hasText: title }).getByText("In queue", { exact: true }).waitFor();
  });
});
