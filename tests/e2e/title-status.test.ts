import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../helpers/app-server";
import { launchChromium } from "../helpers/chromium";
import { startTransmission, type StartedDaemon } from "../helpers/daemons/clients";
import { fixture, startFakeTmdb, type FakeTmdb } from "../helpers/fake-tmdb";
import { createFirstAdmin } from "../helpers/first-admin";
import { shootAtSizes } from "../helpers/screenshots";
import { makeTinyMedia } from "../helpers/tiny-media";
import { until } from "../helpers/until";

const TMDB_KEY = "0123456789abcdef0123456789abcdef";
const DAY = 86_400_000;
const E03 = "Game.of.Thrones.S01E03.720p.HDTV.x264-QUEUED";
const MOVIE = "Fight.Club.1999.1080p.BluRay.x264-QUEUED";

/** Season 1 of the captured series, renumbered, with its episodes' air dates from `firstAir` a week apart. */
function seasonLike(seasonNumber: number, firstAir: Date) {
  const season = structuredClone(fixture("themoviedbapi/tv_seasons/details.json")) as {
    id: number;
    season_number: number;
    air_date: string;
    episodes: { id: number; season_number: number; air_date: string }[];
  };
  season.id += seasonNumber;
  season.season_number = seasonNumber;
  season.air_date = firstAir.toISOString().slice(0, 10);
  season.episodes.forEach((e, i) => {
    e.id += seasonNumber * 1000;
    e.season_number = seasonNumber;
    e.air_date = new Date(firstAir.getTime() + i * 7 * DAY).toISOString().slice(0, 10);
  });
  return season;
}

/**
 * Status at a glance in Chromium: episode states (downloaded with quality and languages, downloading,
 * missing, airing today, unaired, unmonitored), "2/10" season counts, a collapsed unmonitored season,
 * queue rows naming their title, and a title's history; screenshots of the series and movie pages,
 * the queue and the calendar at phone and desktop sizes, light and dark.
 */
describe("status at a glance in a real browser", () => {
  let fake: FakeTmdb;
  let transmission: StartedDaemon;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let seriesId = "";
  let movieId = "";
  const media = mkdtempSync(path.join(tmpdir(), "mydia-e2e-status-"));

  const api = async <T = unknown>(method: string, url: string, data?: unknown): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${url}`, {
      method,
      data,
      headers: { origin: app.baseUrl },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const season = (n: number) => page.getByTestId(`season-${n}`);
  const row = (n: number, episode: number) =>
    season(n)
      .getByTestId("episode-row")
      .nth(episode - 1);

  beforeAll(async () => {
    const tiny = makeTinyMedia(path.join(media, "tiny"));
    const folder = path.join(media, "TV", "Game of Thrones (2011)", "Season 01");
    mkdirSync(folder, { recursive: true });
    mkdirSync(path.join(media, "Movies"));
    copyFileSync(tiny.h264, path.join(folder, "Game.of.Thrones.S01E01.1080p.BluRay.x264-GRP.mkv"));
    copyFileSync(tiny.multi, path.join(folder, "Game.of.Thrones.S01E02.1080p.BluRay.x264-GRP.mkv"));
    transmission = await startTransmission();
    fake = await startFakeTmdb({ apiKey: TMDB_KEY });
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    fake.override("tv/1399/season/2", { status: 200, body: seasonLike(2, today) });
    fake.override("tv/1399/season/3", { status: 200, body: seasonLike(3, new Date("2013-03-31T00:00:00Z")) });
    app = await startApp({
      env: {
        TMDB_BASE_URL: fake.url,
        TMDB_IMAGE_BASE_URL: fake.imageUrl,
        TMDB_API_KEY: TMDB_KEY,
        LIBRARY_ALLOWED_ROOTS: `${media},${transmission.dir}`,
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await createFirstAdmin(page, app.baseUrl);

    const tv = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "TV",
      kind: "tv",
      path: path.join(media, "TV"),
      monitorNew: false,
    });
    const movies = await api<{ id: string }>("POST", "/api/v1/libraries", {
      name: "Movies",
      kind: "movie",
      path: path.join(media, "Movies"),
      monitorNew: false,
    });
    seriesId = (await api<{ id: string }>("POST", "/api/v1/series", { tmdbId: 1399, libraryId: tv.id, monitor: "all" }))
      .id;
    movieId = (await api<{ id: string }>("POST", "/api/v1/movies", { tmdbId: 550, libraryId: movies.id })).id;
    const { connection } = transmission;
    await api("POST", "/api/v1/download-clients", {
      kind: "transmission",
      name: "Transmission",
      host: connection.host,
      port: connection.port,
      username: connection.username,
      password: connection.password,
    });
    await api("POST", `/api/v1/libraries/${tv.id}/scan`);
    // Both files matched and read by ffprobe (the languages come from their audio tracks).
    await until("two analyzed episode files", async () => {
      const files = await api<{ items: { role: string; episodeIds: string[]; mediaInfo: unknown }[] }>(
        "GET",
        `/api/v1/media-files?seriesId=${seriesId}`,
      );
      return files.items.filter((f) => f.role === "video" && f.episodeIds.length && f.mediaInfo).length === 2;
    });
    const episodes = await api<{ items: { id: string; seasonNumber: number; episodeNumber: number }[] }>(
      "GET",
      `/api/v1/series/${seriesId}/episodes`,
    );
    const e03 = episodes.items.find((e) => e.seasonNumber === 1 && e.episodeNumber === 3)!.id;
    // Magnets without peers: they stay in the queue.
    await api("POST", "/api/v1/releases/grab", {
      magnet: `magnet:?xt=urn:btih:${"cd".repeat(20)}&dn=${E03}`,
      title: E03,
      episodeIds: [e03],
    });
    await api("POST", "/api/v1/releases/grab", {
      magnet: `magnet:?xt=urn:btih:${"ef".repeat(20)}&dn=${MOVIE}`,
      title: MOVIE,
      movieId,
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fake?.stop();
    await transmission?.stop();
    rmSync(media, { recursive: true, force: true });
  });

  it("shows each episode's state and each season's count; an unmonitored season starts collapsed", async () => {
    await page.goto(`${app.baseUrl}/tv/${seriesId}`);
    // Season 3 unmonitored with its switch; reloaded, it starts collapsed.
    const toggle = page.getByRole("switch", { name: "Monitor season 3" });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("false");
    await expect.poll(() => toggle.isDisabled()).toBe(false);
    await page.reload();
    expect(await season(3).getAttribute("data-monitored")).toBe("false");
    expect(await season(3).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // The newest monitored season that has aired starts open: season 2, airing from today.
    expect(await season(2).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await season(1).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await row(2, 1).getByText("Airing today").waitFor();
    expect(await row(2, 2).getAttribute("data-state")).toBe("unaired");
    expect(await season(2).getByTestId("progress-count").first().textContent()).toBe("0/0");

    // Season 1: two files, one downloading, seven missing; its rows appear once it is opened.
    expect(await season(1).getByTestId("progress-count").first().textContent()).toBe("2/10");
    await season(1).locator("summary").click();
    await row(1, 1).waitFor();
    expect(await row(1, 1).getAttribute("data-state")).toBe("downloaded");
    expect(await row(1, 2).getByTestId("episode-file").textContent()).toMatch(/Bluray-1080p · .+ · ENG, GER/);
    expect(await row(1, 3).getAttribute("data-state")).toBe("downloading");
    expect(await row(1, 4).getAttribute("data-state")).toBe("missing");
    await row(1, 4).getByText("Missing", { exact: true }).waitFor();

    await season(3).locator("summary").click();
    expect(await row(3, 1).getAttribute("data-state")).toBe("unmonitored");

    // The series' history: the grab of S01E03.
    const history = page.getByTestId("title-history-row");
    await history.filter({ hasText: "Grabbed" }).filter({ hasText: "S01E03" }).filter({ hasText: E03 }).waitFor();
    await season(3).locator("summary").click();
    await shootAtSizes(page, "title-status-series");
  });

  it("names the title of each queue row and links to it; the movie page shows its history", async () => {
    await page.goto(`${app.baseUrl}/activity`);
    const episodeRow = page.getByTestId("queue-row").filter({ hasText: E03 });
    const link = episodeRow.getByRole("link", { name: /^Game of Thrones S01E03 · / });
    expect(await link.getAttribute("href")).toBe(`/tv/${seriesId}`);
    const movieLink = page.getByTestId("queue-row").filter({ hasText: MOVIE }).getByRole("link", {
      name: "Fight Club (1999)",
    });
    await shootAtSizes(page, "title-status-queue");
    await movieLink.click();
    await page.waitForURL(`${app.baseUrl}/movies/${movieId}`);
    await page.getByTestId("title-history-row").filter({ hasText: "Grabbed" }).filter({ hasText: MOVIE }).waitFor();
    await page.getByText("Downloading", { exact: true }).first().waitFor();
    await shootAtSizes(page, "title-status-movie");
  });

  it("carries the progress bar and state on posters", async () => {
    await page.goto(`${app.baseUrl}/tv`);
    const card = page.getByTestId("poster-card").filter({ hasText: "Game of Thrones" });
    // Season 1's ten episodes count (season 2 has not aired, season 3 is unmonitored).
    expect(await card.getByTestId("progress-count").textContent()).toBe("2/10");
    expect(await card.getByRole("progressbar").getAttribute("aria-valuetext")).toBe(
      "2 of 10 episodes downloaded: downloading",
    );
    await shootAtSizes(page, "title-status-tv-grid");
    await page.goto(`${app.baseUrl}/movies`);
    await page.getByTestId("poster-card").filter({ hasText: "Fight Club" }).getByText("Downloading").waitFor();
  });

  it("colours the calendar by the same states, with a legend", async () => {
    await page.goto(`${app.baseUrl}/calendar?view=agenda`);
    await page.getByRole("list", { name: "Legend" }).getByText("Airing today").waitFor();
    const today = page.locator('[data-testid="calendar-entry"][data-state="airing"]').first();
    expect(await today.textContent()).toMatch(/Game of Thrones/);
    await page.goto(`${app.baseUrl}/calendar`);
    await shootAtSizes(page, "title-status-calendar");
  });
});
